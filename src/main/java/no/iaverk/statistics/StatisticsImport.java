package no.iaverk.statistics;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import no.iaverk.imports.ImportProgress;
import no.iaverk.imports.ImportRuns;
import no.iaverk.imports.ImportSource;
import no.iaverk.statistics.internal.StatisticsImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Imports one quarter of NAV's sick-leave statistics (the JSON files, or a zip of them) in one transaction, then
 * publishes it if its publication date has come. Every import is recorded in the import history with its report.
 */
@Service
public class StatisticsImport {

    public static final String KIND = "STATISTICS";
    private static final Logger log = LoggerFactory.getLogger(StatisticsImport.class);

    private final StatisticsImporter importer;
    private final Publication publication;
    private final ImportRuns runs;
    private final Executor executor;

    StatisticsImport(
            StatisticsImporter importer,
            Publication publication,
            ImportRuns runs,
            @Qualifier("applicationTaskExecutor") Executor executor) {
        this.importer = importer;
        this.publication = publication;
        this.runs = runs;
        this.executor = executor;
    }

    /** Imports now and returns the report; throws {@link StatisticsImportFailed} when nothing could be imported. */
    public StatisticsImportReport run(List<ImportSource> sources, String startedBy, ImportProgress progress) {
        long runId = runs.start(KIND, names(sources), startedBy);
        return execute(runId, sources, progress);
    }

    /** Starts an import in the background and returns its run id, to follow in {@link ImportRuns}. */
    public long start(List<ImportSource> sources, String startedBy, Runnable afterwards) {
        long runId = runs.start(KIND, names(sources), startedBy);
        executor.execute(() -> {
            try {
                execute(runId, sources, ImportProgress.NONE);
            } catch (RuntimeException e) {
                log.warn("Statistics import {} failed: {}", runId, e.getMessage());
            } finally {
                afterwards.run();
            }
        });
        return runId;
    }

    private StatisticsImportReport execute(long runId, List<ImportSource> sources, ImportProgress progress) {
        try {
            StatisticsImportReport report = importer.importFiles(sources, runId, read -> {
                runs.progress(runId, read);
                progress.recordsRead(read);
            });
            if (report.quarter() != null) {
                boolean published = publication.afterImport(report.quarter());
                report = report.withPublication(
                        publication.dueDate(report.quarter()).orElse(null), published);
            }
            runs.succeeded(runId, report.recordsRead(), report.summary(), report);
            return report;
        } catch (RuntimeException | Error e) {
            runs.failed(runId, e instanceof StatisticsImportFailed ? e.getMessage() : "Importen feilet: " + e);
            throw e;
        }
    }

    private static String names(List<ImportSource> sources) {
        return sources.stream().map(ImportSource::name).collect(Collectors.joining(", "));
    }
}
