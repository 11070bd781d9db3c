package no.iaverk.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import no.iaverk.imports.ImportProgress;
import no.iaverk.imports.ImportSource;
import no.iaverk.register.EnterpriseRegister;
import no.iaverk.register.RegisterImport;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.StatisticsImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Fills an empty database with the demo register (Brønnøysund-format files shipped in the jar) and generated sick-leave
 * statistics for it, through the same imports a user runs, three years of assistance history and demo cases through
 * the case services. A database that already holds enterprises is left alone, so nothing a user entered is overwritten.
 *
 * <p>The history is made in an honest order: the assisted enterprises are chosen from the generator's figures before any
 * effect (high published sick leave makes a pick likely, as at the centres), then the statistics are written with the
 * planted effect ({@code iaverk.demo.planted-effect}, synthetic) and imported, then the cases are recorded.
 *
 * <p>It runs before the web server opens its port (a lifecycle phase ahead of the server's), so nobody can log in to
 * empty lists while the demo is still loading: the browser waits for the server instead.
 */
@Component
@ConditionalOnBooleanProperty("iaverk.demo.enabled")
class DemoDataLoader implements SmartLifecycle {

    /** Ahead of the web server, which starts at {@code SMART_LIFECYCLE_PHASE - 1024}. */
    static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;

    static final List<String> REGISTER_FILES = List.of("demo/brreg/enheter.json.gz", "demo/brreg/underenheter.json.gz");
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** Six years: quarters −8…+8 around starts spread over the last three. */
    static final int DEMO_QUARTERS = 24;

    static final long SEED = 2024;

    private final EnterpriseRegister register;
    private final RegisterImport registerImport;
    private final StatisticsImport statisticsImport;
    private final DemoCases demoCases;
    private final DemoHistory demoHistory;
    private final DemoTrial demoTrial;
    private final double plantedEffect;
    private final Clock clock;

    DemoDataLoader(
            EnterpriseRegister register,
            RegisterImport registerImport,
            StatisticsImport statisticsImport,
            DemoCases demoCases,
            DemoHistory demoHistory,
            DemoTrial demoTrial,
            @Value("${iaverk.demo.planted-effect:-1.0}") double plantedEffect,
            Clock clock) {
        this.register = register;
        this.registerImport = registerImport;
        this.statisticsImport = statisticsImport;
        this.demoCases = demoCases;
        this.demoHistory = demoHistory;
        this.demoTrial = demoTrial;
        this.plantedEffect = plantedEffect;
        this.clock = clock;
    }

    private volatile boolean started;

    @Override
    public void start() {
        if (!started) {
            load();
            started = true;
        }
    }

    @Override
    public void stop() {}

    @Override
    public boolean isRunning() {
        return started;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    void load() {
        if (!register.isEmpty()) {
            log.info("The database already holds enterprises; demo data is not loaded");
            return;
        }
        var sources = REGISTER_FILES.stream()
                .map(path -> new ImportSource(path, () -> new ClassPathResource(path).getInputStream()))
                .toList();
        var report = registerImport.run(sources, "demo", ImportProgress.NONE);
        log.info("Demo register loaded: {}", report.summary());
        List<AssistanceSelection.Assistance> assisted = demoHistory.choose(SEED);
        loadStatistics(DemoHistory.effect(assisted, plantedEffect));
        DemoHistory.Recorded history = demoHistory.record(assisted, SEED);
        log.info(
                "Demo history recorded: {} collaborations covering {} workplaces, planted effect {} percentage points"
                        + " (synthetic)",
                history.collaborations(),
                history.workplaces(),
                plantedEffect);
        log.info("Demo cases made: {}", demoCases.create());
        log.info("Demo trial running with {} enterprises enrolled", demoTrial.create());
    }

    /**
     * Generates {@value #DEMO_QUARTERS} quarters of statistics for the demo register, up to the last quarter that has
     * ended, with the planted effect on the assisted workplaces, and imports them one by one as NAV's files. Quarters
     * whose publication date has passed are published on import; the newest may still be waiting for its date, as it
     * would in real life.
     */
    void loadStatistics(PlantedEffect effect) {
        Quarter last = Quarter.of(
                        LocalDate.now(clock).getYear(), (LocalDate.now(clock).getMonthValue() - 1) / 3 + 1)
                .previous();
        List<Quarter> quarters = Quarter.range(last.minus(DEMO_QUARTERS - 1), last);
        Path folder = temporaryFolder();
        try {
            new StatisticsGenerator().generate(register::forEachWorkplace, quarters, SEED, folder, line -> {}, effect);
            for (Quarter quarter : quarters) {
                var report =
                        statisticsImport.run(files(folder.resolve(quarter.toString())), "demo", ImportProgress.NONE);
                log.info("Demo statistics loaded: {}", report.summary());
            }
        } finally {
            FileSystemUtils.deleteRecursively(folder.toFile());
        }
    }

    private static List<ImportSource> files(Path quarterFolder) {
        try (Stream<Path> files = Files.list(quarterFolder)) {
            return files.sorted().map(ImportSource::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("iaverk-demo-statistics-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
