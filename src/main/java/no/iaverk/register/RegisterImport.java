package no.iaverk.register;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import no.iaverk.imports.ImportProgress;
import no.iaverk.imports.ImportRuns;
import no.iaverk.imports.ImportSource;
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

    /** Imports now and returns the report; throws {@link RegisterImportFailed} when nothing could be imported. */
    public RegisterImportReport run(List<ImportSource> sources, String startedBy, ImportProgress progress) {
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
                log.warn("Register import {} failed: {}", runId, e.getMessage());
            } finally {
                afterwards.run();
            }
        });
        return runId;
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
            runs.failed(runId, e instanceof RegisterImportFailed ? e.getMessage() : "Importen feilet: " + e);
            throw e;
        }
    }

    private static String names(List<ImportSource> sources) {
        return sources.stream().map(ImportSource::name).collect(Collectors.joining(", "));
    }
}
