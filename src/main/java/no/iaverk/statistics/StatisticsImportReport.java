package no.iaverk.statistics;

import java.time.Instant;
import java.util.List;
import no.iaverk.imports.ImportProblem;
import no.iaverk.imports.ImportReport;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;

/**
 * What a statistics import did: the quarter it was for, per file how many records were read, kept and rejected, every
 * rejection and warning (a problem's key is the organisation number or category code), the categories it had to
 * compute from enterprise rows because no file gave them, and whether the quarter is now published.
 */
public record StatisticsImportReport(
        @Nullable Quarter quarter,
        List<FileSummary> files,
        long recordsRead,
        long accepted,
        long rejected,
        List<ImportProblem> rejections,
        List<ImportProblem> warnings,
        List<Category> computedCategories,
        List<Quarter> publicationCalendar,
        @Nullable Instant publicationDate,
        boolean published,
        long durationMillis)
        implements ImportReport {

    public record FileSummary(String file, String kind, long read, long accepted, long rejected) {}

    /** For people (the import history, the command line): the quarter as the pages write it, «3. kvartal 2024». */
    @Override
    public String summary() {
        return "%s: %d lest, %d godtatt, %d avvist, %d advarsler%s"
                .formatted(
                        quarter == null ? "kalender" : quarter.quarter() + ". kvartal " + quarter.year(),
                        recordsRead,
                        accepted,
                        rejected,
                        warnings.size(),
                        published ? ", publisert" : "");
    }

    /** The same report once publication has been decided. */
    public StatisticsImportReport withPublication(@Nullable Instant date, boolean isPublished) {
        return new StatisticsImportReport(
                quarter,
                files,
                recordsRead,
                accepted,
                rejected,
                rejections,
                warnings,
                computedCategories,
                publicationCalendar,
                date,
                isPublished,
                durationMillis);
    }
}
