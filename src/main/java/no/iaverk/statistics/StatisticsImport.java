package no.iaverk.statistics;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import no.iaverk.imports.ImportProgress;
import no.iaverk.imports.ImportRuns;
import no.iaverk.imports.ImportSource;
import no.iaverk.imports.RunningImport;
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
    static final String BUSY = "En import av sykefraværsstatistikk pågår allerede. Prøv igjen når den er ferdig.";
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

    /**
     * Imports now and returns the report; throws {@link StatisticsImportFailed} when nothing could be imported, and
     * {@link no.iaverk.imports.ImportAlreadyRunning} (409) at once while another import of the kind runs: imports of a
     * kind take turns, on every instance.
     */
    public StatisticsImportReport run(List<ImportSource> sources, String startedBy, ImportProgress progress) {
        try (RunningImport running = runs.begin(KIND, names(sources), startedBy, BUSY)) {
            return execute(running.id(), sources, progress);
        }
    }

    /** Starts an import in the background and returns its run id, to follow in {@link ImportRuns}. */
    public long start(List<ImportSource> sources, String startedBy, Runnable afterwards) {
        RunningImport running;
        try {
            running = runs.begin(KIND, names(sources), startedBy, BUSY);
        } catch (RuntimeException e) {
            afterwards.run();
            throw e;
        }
        Runnable task = () -> {
            try (running) {
                execute(running.id(), sources, ImportProgress.NONE);
            } catch (RuntimeException e) {
                log.warn("Statistics import {} failed: {}", running.id(), e.getMessage());
            } finally {
                afterwards.run();
            }
        };
        try {
            executor.execute(task);
        } catch (RuntimeException e) {
            runs.failed(running.id(), e);
            running.close();
            afterwards.run();
            throw e;
        }
        return running.id();
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
            runs.failed(runId, e);
            throw e;
        }
    }

    private static String names(List<ImportSource> sources) {
        return sources.stream().map(ImportSource::name).collect(Collectors.joining(", "));
    }
}
