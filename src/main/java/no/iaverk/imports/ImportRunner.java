package no.iaverk.imports;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way imports run: each kind (register, statistics) makes its {@link ImportPipeline} here, and its service,
 * command-line command, API, admin upload and run page all go through it.
 */
@Service
public class ImportRunner {

    private final ImportRuns runs;
    private final Executor executor;
    private final JsonMapper json;
    private final ImportMetrics metrics;

    ImportRunner(
            ImportRuns runs,
            @Qualifier("applicationTaskExecutor") Executor executor,
            JsonMapper json,
            MeterRegistry meters) {
        this.runs = runs;
        this.executor = executor;
        this.json = json;
        this.metrics = new ImportMetrics(meters);
    }

    /**
     * A pipeline for imports of {@code kind}: {@code busyMessage} answers a second import while one runs (409),
     * {@code job} does the kind's work, and {@code succeeded} follows once the history records the success.
     */
    public <R extends ImportReport> ImportPipeline<R> pipeline(
            ImportKind kind, ImportPipeline.Job<R> job, Consumer<R> succeeded) {
        return new ImportPipeline<>(kind, job, succeeded, runs, executor, json, metrics);
    }
}
