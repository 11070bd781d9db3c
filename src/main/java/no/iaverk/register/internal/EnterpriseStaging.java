package no.iaverk.register.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The set-based half of a register import, inside the import's transaction: records are copied (COPY) into a
 * temporary staging table as they are read, then merged into {@code enterprise} in one statement.
 */
final class EnterpriseStaging {

    record MergeCounts(long staged, long inserted, long updated) {}

    record Duplicate(String orgNumber, long occurrences) {}

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final StringBuilder batch = new StringBuilder(1 << 20);
    private long sequence;

    EnterpriseStaging(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        jdbc.sql(
                        "create temporary table register_stage (seq bigint not null, like enterprise including defaults) on commit drop")
                .update();
    }

    void add(EnterpriseRow row) {
        batch.append(++sequence);
        for (Object value : row.values()) {
            batch.append('\t');
            CopyText.append(batch, value);
        }
        batch.append('\n');
    }

    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        try {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(
                    "copy register_stage (seq, " + EnterpriseRow.COLUMNS + ") from stdin",
                    new StringReader(batch.toString()));
            batch.setLength(0);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY til registerets mellomlager feilet", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Same organisation number more than once in this import; the last one read is the one kept. */
    List<Duplicate> duplicates() {
        return jdbc.sql("""
                select org_number, count(*) as occurrences from register_stage
                group by org_number having count(*) > 1 order by org_number
                """).query(Duplicate.class).list();
    }

    /**
     * Upserts the staged rows. A row whose columns from the file are all unchanged is not touched, so re-importing
     * the same file changes nothing. Sub-units then take their sector from their legal unit.
     */
    MergeCounts merge() {
        flush();
        var counts = jdbc.sql("""
                with staged as (
                    select distinct on (org_number) * from register_stage order by org_number, seq desc
                ), upserted as (
                    insert into enterprise as e (%1$s)
                    select %1$s from staged
                    on conflict (org_number) do update set
                        %2$s,
                        sector = case when excluded.sub_unit then e.sector else excluded.sector end,
                        changed_at = now()
                    where (%3$s) is distinct from (%4$s)
                    returning (xmax = 0) as inserted
                )
                select (select count(*) from staged) as staged,
                       count(*) filter (where inserted) as inserted,
                       count(*) filter (where not inserted) as updated
                from upserted
                """.formatted(
                        EnterpriseRow.COLUMNS,
                        FROM_FILE.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(",\n")),
                        prefixed("e"),
                        prefixed("excluded")))
                .query(MergeCounts.class)
                .single();
        jdbc.sql("""
                update enterprise child set sector = parent.sector, changed_at = now()
                from enterprise parent
                where child.sub_unit and child.parent_org_number = parent.org_number
                  and child.sector is distinct from parent.sector
                """).update();
        return counts;
    }

    /**
     * The columns whose values come from the file. A sub-unit's sector is inherited and a person's programme
     * assignment is not the file's business, so neither counts as a change.
     */
    private static final List<String> FROM_FILE = Stream.of(EnterpriseRow.COLUMNS.split(",\\s*"))
            .filter(column -> !column.equals("org_number") && !column.equals("sector"))
            .toList();

    private static String prefixed(String alias) {
        return FROM_FILE.stream().map(column -> alias + "." + column).collect(Collectors.joining(", "));
    }
}
