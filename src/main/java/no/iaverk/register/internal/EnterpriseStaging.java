package no.iaverk.register.internal;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import no.iaverk.shared.CopyStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The set-based half of a register import, inside the import's transaction: records stream (COPY) into a temporary
 * staging table while they are read, then are merged into {@code enterprise} in one statement.
 */
final class EnterpriseStaging implements AutoCloseable {

    record MergeCounts(long staged, long inserted, long updated) {}

    record Duplicate(String orgNumber, long occurrences) {}

    private static final Logger log = LoggerFactory.getLogger(EnterpriseStaging.class);

    private final JdbcClient jdbc;
    private final long bulkThreshold;
    private final CopyStream copy;
    private long sequence;

    /**
     * From {@code bulkThreshold} new rows on, when they outnumber the rows already there, the secondary indexes and
     * foreign keys are dropped for the merge and built again after it: building an index once is far cheaper than
     * growing it a row at a time. It locks the table for the rest of the import, which is harmless when the table was
     * (nearly) empty.
     */
    EnterpriseStaging(JdbcClient jdbc, DataSource dataSource, long bulkThreshold) {
        this.jdbc = jdbc;
        this.bulkThreshold = bulkThreshold;
        jdbc.sql("create temporary table register_stage (seq bigint not null, like enterprise including defaults)"
                        + " on commit drop")
                .update();
        this.copy = CopyStream.open(dataSource, "copy register_stage (seq, " + EnterpriseRow.COLUMNS + ") from stdin");
    }

    void add(EnterpriseRow row) {
        Object[] values = row.values();
        Object[] withSequence = new Object[values.length + 1];
        withSequence[0] = ++sequence;
        System.arraycopy(values, 0, withSequence, 1, values.length);
        copy.row(withSequence);
    }

    /** Ends the COPY; the staged rows can then be checked and merged. */
    void finishStaging() {
        copy.finish();
        jdbc.sql("analyze register_stage").update();
    }

    @Override
    public void close() {
        copy.close();
    }

    /** Same organisation number more than once in this import; the last one read is the one kept. */
    List<Duplicate> duplicates() {
        return jdbc.sql("""
                select org_number, count(*) as occurrences from register_stage
                group by org_number having count(*) > 1 order by org_number
                """).query(Duplicate.class).list();
    }

    /**
     * Upserts the staged rows that are new or differ from what is stored, so re-importing the same file touches
     * nothing. A sub-unit gets its legal unit's sector on the way in, from this import or from the register; sub-units
     * outside the import follow a legal unit whose sector changed in a pass afterwards.
     */
    MergeCounts merge(boolean hasDuplicates) {
        String staged = hasDuplicates
                ? "(select distinct on (org_number) * from register_stage order by org_number, seq desc)"
                : "register_stage";
        long stagedRows = count("select count(*) from " + staged + " s");
        long newRows = count("select count(*) from " + staged
                + " s where not exists (select 1 from enterprise e where e.org_number = s.org_number)");
        long existing = count("select count(*) from enterprise");
        var bulk = newRows >= bulkThreshold && newRows > existing ? TableDefinitions.drop(jdbc, "enterprise") : null;
        long started = System.currentTimeMillis();

        var counts = jdbc.sql("""
                with staged as (select * from %1$s s),
                resolved as (
                    select s.*, case when s.sub_unit then coalesce(staged_parent.sector, stored_parent.sector)
                                     else s.sector end as resolved_sector
                    from staged s
                    left join staged staged_parent
                           on s.sub_unit and staged_parent.org_number = s.parent_org_number
                    left join enterprise stored_parent
                           on s.sub_unit and stored_parent.org_number = s.parent_org_number
                ), changed as (
                    select r.* from resolved r left join enterprise e on e.org_number = r.org_number
                    where e.org_number is null or (%2$s, e.sector) is distinct from (%3$s, r.resolved_sector)
                ), upserted as (
                    insert into enterprise as e (%4$s)
                    select %5$s from changed r
                    on conflict (org_number) do update set %6$s, changed_at = now()
                    returning (xmax = 0) as inserted
                )
                select count(*) filter (where inserted) as inserted,
                       count(*) filter (where not inserted) as updated
                from upserted
                """.formatted(
                                staged,
                                prefixed("e"),
                                prefixed("r"),
                                EnterpriseRow.COLUMNS,
                                EnterpriseRow.COLUMNS.replace(" sector,", " resolved_sector,"),
                                Stream.concat(FROM_FILE.stream(), Stream.of("sector"))
                                        .map(c -> c + " = excluded." + c)
                                        .collect(Collectors.joining(",\n"))))
                .query((rs, row) -> new MergeCounts(stagedRows, rs.getLong("inserted"), rs.getLong("updated")))
                .single();
        log.debug(
                "Merged {} staged rows in {} ms (bulk: {})",
                stagedRows,
                System.currentTimeMillis() - started,
                bulk != null);
        jdbc.sql("""
                update enterprise child set sector = parent.sector, changed_at = now()
                from enterprise parent
                where child.sub_unit and child.parent_org_number = parent.org_number
                  and child.sector is distinct from parent.sector
                """).update();
        if (bulk != null) {
            started = System.currentTimeMillis();
            bulk.restore();
            log.debug("Rebuilt indexes and foreign keys in {} ms", System.currentTimeMillis() - started);
        }
        return counts;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /**
     * The columns whose values come from the file, less the sector, which is resolved for sub-units; a person's
     * programme assignment is not the file's business and is not among them.
     */
    private static final List<String> FROM_FILE = Stream.of(EnterpriseRow.COLUMNS.split(",\\s*"))
            .filter(column -> !column.equals("org_number") && !column.equals("sector"))
            .toList();

    private static String prefixed(String alias) {
        return FROM_FILE.stream().map(column -> alias + "." + column).collect(Collectors.joining(", "));
    }
}
