package no.iaverk.statistics.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import javax.sql.DataSource;
import no.iaverk.shared.CopyStream;
import no.iaverk.statistics.Category;
import no.iaverk.statistics.internal.DvhRecord.Duration;
import no.iaverk.statistics.internal.DvhRecord.Figures;
import no.iaverk.statistics.internal.DvhValidator.Accepted;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Temporary tables, inside the import's transaction, that the accepted records stream into (COPY) while the files are
 * read. They are dropped at commit; the quarter's tables are built from them afterwards in a few set-based steps.
 */
final class QuarterStaging implements AutoCloseable {

    static final String FIGURES =
            "persons, lost, possible, graded_lost, lost_a, lost_b, lost_c, lost_d, lost_e, lost_f";

    private final DataSource dataSource;
    private @Nullable CopyStream open;
    private @Nullable DvhFile openFor;

    QuarterStaging(JdbcClient jdbc, DataSource dataSource) {
        this.dataSource = dataSource;
        jdbc.sql("""
                create temporary table stage_enterprise (
                    position bigint, line bigint, org_number char(9), persons integer, lost numeric, possible numeric,
                    graded_lost numeric, lost_a numeric, lost_b numeric, lost_c numeric, lost_d numeric, lost_e numeric,
                    lost_f numeric, sector text, industry text, nace_code text, rectype text
                ) on commit drop""").update();
        jdbc.sql("""
                create temporary table stage_metadata (
                    position bigint, line bigint, org_number char(9), sector text, industry text, nace_code text,
                    rectype text
                ) on commit drop""").update();
        jdbc.sql("""
                create temporary table stage_category (
                    category text, code text, persons integer, lost numeric, possible numeric, graded_lost numeric,
                    lost_a numeric, lost_b numeric, lost_c numeric, lost_d numeric, lost_e numeric, lost_f numeric
                ) on commit drop
                """).update();
    }

    /** Starts streaming one file's records; the previous file's COPY is finished first. */
    void begin(DvhFile file) {
        finish();
        String copy = switch (file) {
            case VIRKSOMHET ->
                "copy stage_enterprise (position, line, org_number, " + FIGURES
                        + ", sector, industry, nace_code, rectype) from stdin";
            case VIRKSOMHET_METADATA ->
                "copy stage_metadata (position, line, org_number, sector, industry,"
                        + " nace_code, rectype) from stdin";
            case PUBLISERINGSDATO -> null;
            default -> "copy stage_category (category, code, " + FIGURES + ") from stdin";
        };
        if (copy != null) {
            open = CopyStream.open(dataSource, copy);
            openFor = file;
        }
    }

    void add(DvhRecord record, Accepted accepted) {
        if (open == null || openFor == null) {
            return;
        }
        Figures figures = accepted.figures();
        switch (openFor) {
            case VIRKSOMHET ->
                open.row(concat(
                        new Object[] {record.position, record.line, accepted.key()}, figures(figures), new Object[] {
                            accepted.sector(), accepted.industry(), accepted.naceCode(), accepted.rectype()
                        }));
            case VIRKSOMHET_METADATA ->
                open.row(
                        record.position,
                        record.line,
                        accepted.key(),
                        accepted.sector(),
                        accepted.industry(),
                        accepted.naceCode(),
                        accepted.rectype());
            default -> {
                Category category = openFor.category;
                open.row(concat(
                        new Object[] {category == null ? null : category.name(), accepted.key()}, figures(figures)));
            }
        }
    }

    void finish() {
        if (open != null) {
            open.finish();
            open = null;
            openFor = null;
        }
    }

    @Override
    public void close() {
        if (open != null) {
            open.close();
        }
    }

    private static Object[] figures(@Nullable Figures figures) {
        if (figures == null) {
            return new Object[10];
        }
        EnumMap<Duration, BigDecimal> durations = figures.lostByDuration();
        return new Object[] {
            figures.persons(),
            figures.lost(),
            figures.possible(),
            figures.gradedLost(),
            durations.get(Duration.A),
            durations.get(Duration.B),
            durations.get(Duration.C),
            durations.get(Duration.D),
            durations.get(Duration.E),
            durations.get(Duration.F)
        };
    }

    private static Object[] concat(Object[]... parts) {
        int length = 0;
        for (Object[] part : parts) {
            length += part.length;
        }
        Object[] all = new Object[length];
        int at = 0;
        for (Object[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
