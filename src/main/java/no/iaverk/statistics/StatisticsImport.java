package no.iaverk.statistics;

import java.util.List;
import no.iaverk.imports.ImportKind;
import no.iaverk.imports.ImportPipeline;
import no.iaverk.imports.ImportProgress;
import no.iaverk.imports.ImportRunner;
import no.iaverk.imports.ImportSource;
import no.iaverk.statistics.internal.StatisticsImporter;
import org.springframework.stereotype.Service;

/**
 * Imports one quarter of NAV's sick-leave statistics (the JSON files, or a zip of them) in one transaction, then
 * publishes it if its publication date has come. Every import is recorded in the import history with its report.
 */
@Service
public class StatisticsImport {

    public static final String KIND = "STATISTICS";
    static final String BUSY = "En import av sykefraværsstatistikk pågår allerede. Prøv igjen når den er ferdig.";
    private static final ImportKind IMPORT_KIND = new ImportKind(
            KIND,
            BUSY,
            "Velg en zip-fil (feltet «file») eller NAVs JSON-filer (feltet «files») å importere.",
            "statistikkimport");

    private final StatisticsImporter importer;
    private final Publication publication;
    private final ImportPipeline<StatisticsImportReport> pipeline;

    StatisticsImport(StatisticsImporter importer, Publication publication, ImportRunner runner) {
        this.importer = importer;
        this.publication = publication;
        this.pipeline = runner.pipeline(IMPORT_KIND, this::importAndPublish, report -> {});
    }

    /**
     * Imports now and returns the report; throws {@link StatisticsImportFailed} when nothing could be imported, and
     * {@link no.iaverk.imports.ImportAlreadyRunning} (409) at once while another import of the kind runs: imports of a
     * kind take turns, on every instance.
     */
    public StatisticsImportReport run(List<ImportSource> sources, String startedBy, ImportProgress progress) {
        return pipeline.run(sources, startedBy, progress);
    }

    /** Starts an import in the background and returns its run id, to follow in the import history. */
    public long start(List<ImportSource> sources, String startedBy, Runnable afterwards) {
        return pipeline.start(sources, startedBy, afterwards);
    }

    /** The uploads, the run pages and the history of statistics imports go through the same pipeline. */
    public ImportPipeline<StatisticsImportReport> pipeline() {
        return pipeline;
    }

    private StatisticsImportReport importAndPublish(List<ImportSource> sources, long runId, ImportProgress progress) {
        StatisticsImportReport report = importer.importFiles(sources, runId, progress);
        if (report.quarter() != null) {
            boolean published = publication.afterImport(report.quarter());
            report =
                    report.withPublication(publication.dueDate(report.quarter()).orElse(null), published);
        }
        return report;
    }
}
