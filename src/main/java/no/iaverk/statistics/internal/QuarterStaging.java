package no.iaverk.statistics.internal;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import no.iaverk.shared.CopyStream;
import no.iaverk.statistics.Category;
import no.iaverk.statistics.internal.DvhRecord.Figures;
import no.iaverk.statistics.internal.DvhValidator.Accepted;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where accepted records go while the files are read, inside the import's transaction. Enterprise rows stream (COPY)
 * straight into a new table that becomes the quarter's partition, completed on the way with the metadata, which is
 * read first and held in memory (one small entry per enterprise of the quarter). Category rows stream into a temporary
 * table.
 */
final class QuarterStaging implements AutoCloseable {

    static final String FIGURES =
            "persons, lost, possible, graded_lost, lost_a, lost_b, lost_c, lost_d, lost_e, lost_f";
    static final String LOAD_TABLE = "sick_leave_enterprise_load";

    /** What virksomhet_metadata.json says of an enterprise; held by index into {@link #metadataRows}. */
    record Metadata(
            String orgNumber,
            long position,
            @Nullable String sector,
            @Nullable String industry,
            @Nullable String naceCode,
            @Nullable String rectype) {}

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    /** Sized for a national quarter (about 230 000 enterprises), so the tables never grow on the way. */
    private final OrgNumberTable metadata = new OrgNumberTable(1 << 18);

    private final List<Metadata> metadataRows = new ArrayList<>(1 << 18);
    /** Organisation number to the position of its enterprise row in the file. */
    private final OrgNumberTable enterprises = new OrgNumberTable(1 << 18);

    private @Nullable CopyStream open;
    private @Nullable DvhFile openFor;
    private boolean loadTableCreated;

    QuarterStaging(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        jdbc.sql("""
                create temporary table stage_category (
                    category text, code text, persons integer, lost numeric, possible numeric, graded_lost numeric,
                    lost_a numeric, lost_b numeric, lost_c numeric, lost_d numeric, lost_e numeric, lost_f numeric
                ) on commit drop""").update();
    }

    /** Starts taking one file's records; the previous file's COPY is finished first. */
    void begin(DvhFile file) {
        finish();
        String copy = switch (file) {
            case VIRKSOMHET -> {
                createLoadTable();
                yield "copy " + LOAD_TABLE + " (period, org_number, " + FIGURES
                        + ", sector, industry, nace_code, rectype) from stdin";
            }
            case VIRKSOMHET_METADATA, PUBLISERINGSDATO -> null;
            default -> "copy stage_category (category, code, " + FIGURES + ") from stdin";
        };
        if (copy != null) {
            open = CopyStream.open(dataSource, copy);
        }
        openFor = file;
    }

    /**
     * The position of an earlier record in this import for the same key (organisation number), if any; the first
     * one counts and later ones are rejected.
     */
    @Nullable
    Long earlier(DvhFile file, String key, long position) {
        if (file == DvhFile.VIRKSOMHET) {
            int before = enterprises.putIfAbsent(key, (int) position);
            return before < 0 ? null : (long) before;
        }
        Metadata before = metadata(key);
        return before == null ? null : before.position();
    }

    private @Nullable Metadata metadata(String orgNumber) {
        int index = metadata.get(orgNumber);
        return index < 0 ? null : metadataRows.get(index);
    }

    void add(DvhRecord record, Accepted accepted) {
        if (openFor == null) {
            return;
        }
        Figures figures = accepted.figures();
        switch (openFor) {
            case VIRKSOMHET -> {
                Metadata meta = metadata(accepted.key());
                Object[] row = new Object[16];
                row[0] = accepted.quarter().period();
                row[1] = accepted.key();
                System.arraycopy(figures(figures), 0, row, 2, 10);
                row[12] = first(accepted.sector(), meta == null ? null : meta.sector());
                row[13] = first(accepted.industry(), meta == null ? null : meta.industry());
                row[14] = first(accepted.naceCode(), meta == null ? null : meta.naceCode());
                row[15] = first(accepted.rectype(), meta == null ? null : meta.rectype());
                copy().row(row);
            }
            case VIRKSOMHET_METADATA -> {
                metadata.putIfAbsent(accepted.key(), metadataRows.size());
                metadataRows.add(new Metadata(
                        accepted.key(),
                        record.position,
                        accepted.sector(),
                        accepted.industry(),
                        accepted.naceCode(),
                        accepted.rectype()));
            }
            case PUBLISERINGSDATO -> {}
            default -> {
                Category category = openFor.category;
                Object[] row = new Object[12];
                row[0] = category == null ? null : category.name();
                row[1] = accepted.key();
                System.arraycopy(figures(figures), 0, row, 2, 10);
                copy().row(row);
            }
        }
    }

    void finish() {
        if (open != null) {
            open.finish();
            open = null;
        }
        openFor = null;
    }

    boolean loadTableCreated() {
        return loadTableCreated;
    }

    /** For an import with metadata but no enterprise rows: the metadata as a temporary table to update from. */
    void stageMetadata() {
        jdbc.sql("create temporary table stage_metadata (org_number char(9), sector text, industry text,"
                        + " nace_code text, rectype text) on commit drop")
                .update();
        try (CopyStream copy = CopyStream.open(
                dataSource, "copy stage_metadata (org_number, sector, industry, nace_code, rectype) from stdin")) {
            metadataRows.forEach(meta ->
                    copy.row(meta.orgNumber(), meta.sector(), meta.industry(), meta.naceCode(), meta.rectype()));
            copy.finish();
        }
    }

    boolean hasMetadata() {
        return !metadataRows.isEmpty();
    }

    @Override
    public void close() {
        if (open != null) {
            open.close();
        }
    }

    private void createLoadTable() {
        if (!loadTableCreated) {
            jdbc.sql("create table " + LOAD_TABLE + " (like sick_leave_enterprise including defaults"
                            + " including constraints)")
                    .update();
            loadTableCreated = true;
        }
    }

    private CopyStream copy() {
        if (open == null) {
            throw new IllegalStateException("no COPY open");
        }
        return open;
    }

    private static @Nullable String first(@Nullable String value, @Nullable String fallback) {
        return value != null ? value : fallback;
    }

    private static Object[] figures(@Nullable Figures figures) {
        Object[] values = new Object[10];
        if (figures == null) {
            return values;
        }
        values[0] = figures.persons();
        values[1] = Micros.format(figures.lost());
        values[2] = Micros.format(figures.possible());
        values[3] = figures.gradedLost() == null ? null : Micros.format(figures.gradedLost());
        Long[] durations = figures.lostByDuration();
        for (int i = 0; i < durations.length; i++) {
            values[4 + i] = durations[i] == null ? null : Micros.format(durations[i]);
        }
        return values;
    }
}
