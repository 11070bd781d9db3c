package no.iaverk.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import no.iaverk.shared.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One kind of import run the same way from every entry point (service, command line, API, admin upload, run page):
 * it takes its turn ({@link ImportRuns#begin}), reports progress and the outcome to the history, and runs now or in the
 * background. Made by {@link ImportRunner#pipeline}.
 */
public final class ImportPipeline<R extends ImportReport> {

    /** The kind's own work: read the sources, store them, and return the report. */
    @FunctionalInterface
    public interface Job<R> {
        R run(List<ImportSource> sources, long runId, ImportProgress progress);
    }

    private static final Logger log = LoggerFactory.getLogger(ImportPipeline.class);

    /** A run as its page shows it: the history's row and the kind's report as JSON, once there is one. */
    public record RunPage(ImportRun run, @Nullable JsonNode report) {}

    private final ImportKind kind;
    private final Job<R> job;
    private final Consumer<R> succeeded;
    private final ImportRuns runs;
    private final Executor executor;
    private final JsonMapper json;
    private final ImportMetrics metrics;

    ImportPipeline(
            ImportKind kind,
            Job<R> job,
            Consumer<R> succeeded,
            ImportRuns runs,
            Executor executor,
            JsonMapper json,
            ImportMetrics metrics) {
        this.kind = kind;
        this.job = job;
        this.succeeded = succeeded;
        this.runs = runs;
        this.executor = executor;
        this.json = json;
        this.metrics = metrics;
    }

    /**
     * Imports now and returns the report; throws what the job throws when nothing could be imported, and
     * {@link ImportAlreadyRunning} (409) at once while another import of the kind runs: imports of a kind take turns,
     * on every instance.
     */
    public R run(List<ImportSource> sources, String startedBy, ImportProgress progress) {
        try (RunningImport running = runs.begin(kind.code(), names(sources), startedBy, kind.busyMessage())) {
            return execute(running.id(), sources, progress);
        }
    }

    /**
     * Starts an import in the background and returns its run id, to follow in {@link ImportRuns}; {@code afterwards}
     * runs when it is over, whatever the outcome, also when it could not begin.
     */
    public long start(List<ImportSource> sources, String startedBy, Runnable afterwards) {
        RunningImport running;
        try {
            running = runs.begin(kind.code(), names(sources), startedBy, kind.busyMessage());
        } catch (RuntimeException e) {
            afterwards.run();
            throw e;
        }
        Runnable task = () -> {
            try (running) {
                execute(running.id(), sources, ImportProgress.NONE);
            } catch (RuntimeException e) {
                log.warn("{} import {} failed: {}", kind.code(), running.id(), e.getMessage());
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

    /** Imports uploaded files now (the API): their own streams, no copies; an upload without a file is a 400. */
    public R runUploaded(List<MultipartFile> files, String startedBy) {
        return run(sources(files), startedBy, ImportProgress.NONE);
    }

    /**
     * Starts an import of uploaded files in the background (the admin page) and returns the run's id. The files are
     * copied to a temporary folder first, because the request's own copies go away with the request; the folder is
     * deleted when the import is over.
     */
    public long startUploaded(List<MultipartFile> files, String startedBy) {
        sources(files); // refuses an empty upload before anything is copied
        Path folder = temporaryFolder();
        List<ImportSource> copies = new ArrayList<>();
        try {
            for (MultipartFile file : files) {
                if (!file.isEmpty()) {
                    Path copy = folder.resolve("fil-" + copies.size());
                    file.transferTo(copy);
                    copies.add(new ImportSource(name(file), () -> Files.newInputStream(copy)));
                }
            }
        } catch (IOException e) {
            FileSystemUtils.deleteRecursively(folder.toFile());
            throw new UncheckedIOException(e);
        }
        return start(copies, startedBy, () -> FileSystemUtils.deleteRecursively(folder.toFile()));
    }

    /** The run of this kind with the id, for its page; 404 when there is none. */
    public RunPage page(long id) {
        ImportRun run = find(id);
        return new RunPage(run, run.reportJson() == null ? null : json.readTree(run.reportJson()));
    }

    /** The run of this kind with the id; 404 when there is none. */
    public ImportRun find(long id) {
        return runs.find(id)
                .filter(run -> run.kind().equals(kind.code()))
                .orElseThrow(() -> new ImportRunNotFound(kind, id));
    }

    /** The latest runs of this kind, newest first. */
    public List<ImportRun> latest(int limit) {
        return runs.latest(kind.code(), limit);
    }

    private List<ImportSource> sources(List<MultipartFile> files) {
        var sources = files.stream()
                .filter(file -> !file.isEmpty())
                .map(file -> new ImportSource(name(file), file::getInputStream))
                .toList();
        if (sources.isEmpty()) {
            throw new InvalidRequestException(kind.noFilesMessage());
        }
        return sources;
    }

    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "opplastet fil" : name;
    }

    private Path temporaryFolder() {
        try {
            return Files.createTempDirectory("iaverk-" + kind.code().toLowerCase(Locale.ROOT) + "-import-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private R execute(long runId, List<ImportSource> sources, ImportProgress progress) {
        long started = System.nanoTime();
        try {
            R report = job.run(sources, runId, read -> {
                runs.progress(runId, read);
                progress.recordsRead(read);
            });
            runs.succeeded(runId, report.recordsRead(), report.summary(), report);
            succeeded.accept(report);
            metrics.succeeded(kind, report, System.nanoTime() - started);
            return report;
        } catch (RuntimeException | Error e) {
            runs.failed(runId, e);
            metrics.failed(kind, System.nanoTime() - started);
            throw e;
        }
    }

    private static String names(List<ImportSource> sources) {
        return sources.stream().map(ImportSource::name).collect(Collectors.joining(", "));
    }
}
