package no.iaverk.register;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import no.iaverk.imports.ImportProgress;
import no.iaverk.imports.ImportRuns;
import no.iaverk.imports.ImportSource;
import no.iaverk.imports.RunningImport;
import no.iaverk.register.internal.RegisterImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports Brønnøysund's bulk files (enheter and underenheter, plain or gzipped, in any mix) into the register. One
 * import is one transaction: it changes everything it reports, or, if a file is malformed, nothing at all. Every
 * import is recorded in the import history with its report.
 */
@Service
public class RegisterImport {

    public static final String KIND = "REGISTER";
    static final String BUSY = "En import av enhetsregisteret pågår allerede. Prøv igjen når den er ferdig.";
    private static final Logger log = LoggerFactory.getLogger(RegisterImport.class);

    private final RegisterImporter importer;
    private final ImportRuns runs;
    private final Executor executor;
    private final ApplicationEventPublisher events;

    RegisterImport(
            RegisterImporter importer,
            ImportRuns runs,
            @Qualifier("applicationTaskExecutor") Executor executor,
            ApplicationEventPublisher events) {
        this.importer = importer;
        this.runs = runs;
        this.executor = executor;
        this.events = events;
    }

    /**
     * Imports now and returns the report; throws {@link RegisterImportFailed} when nothing could be imported, and
     * {@link no.iaverk.imports.ImportAlreadyRunning} (409) at once while another import of the kind runs: imports of a
     * kind take turns, on every instance.
     */
    public RegisterImportReport run(List<ImportSource> sources, String startedBy, ImportProgress progress) {
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
                log.warn("Register import {} failed: {}", running.id(), e.getMessage());
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

    private RegisterImportReport execute(long runId, List<ImportSource> sources, ImportProgress progress) {
        try {
            RegisterImportReport report = importer.importAll(sources, read -> {
                runs.progress(runId, read);
                progress.recordsRead(read);
            });
            runs.succeeded(runId, report.recordsRead(), report.summary(), report);
            events.publishEvent(RegisterChanged.all());
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
