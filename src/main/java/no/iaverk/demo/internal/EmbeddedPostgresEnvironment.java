package no.iaverk.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL in-process when no {@code spring.datasource.url} is configured, and hands its JDBC URL to
 * the normal {@code spring.datasource.*} properties, so Hikari and Flyway work exactly as with an external server.
 *
 * <p>One server per JVM: several application contexts (as in tests) share it. Its data directory persists across
 * restarts unless {@code iaverk.embedded.ephemeral} is set. It asks for a password, kept in the data directory (see
 * {@link EmbeddedServer}).
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String DATABASE = "iaverk";
    private static @Nullable EmbeddedServer server;

    private final Log log;

    /** Spring Boot hands in a log that writes once logging is set up; before that, log lines would be lost. */
    public EmbeddedPostgresEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedPostgresEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("iaverk.embedded.enabled", Boolean.class, true)) {
            return;
        }
        EmbeddedServer postgres = startOnce(environment);
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "iaverk-embedded-postgres",
                        Map.of(
                                "spring.datasource.url",
                                postgres.jdbcUrl(DATABASE),
                                "spring.datasource.username",
                                EmbeddedServer.USER,
                                "spring.datasource.password",
                                postgres.password(),
                                "iaverk.embedded.active",
                                "true")));
    }

    private synchronized EmbeddedServer startOnce(ConfigurableEnvironment environment) {
        if (server == null) {
            boolean ephemeral = environment.getProperty("iaverk.embedded.ephemeral", Boolean.class, false);
            Path dataDirectory = ephemeral
                    ? temporaryDirectory()
                    : Path.of(environment.getProperty("iaverk.embedded.data-dir", "./data/pg"));
            int port = environment.getProperty("iaverk.embedded.port", Integer.class, 0);
            EmbeddedServer started = EmbeddedServer.start(dataDirectory, port, ephemeral, log::warn);
            started.createDatabaseIfMissing(DATABASE);
            server = started;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started, dataDirectory, ephemeral)));
        }
        return server;
    }

    private static void stop(EmbeddedServer postgres, Path dataDirectory, boolean ephemeral) {
        postgres.close();
        if (ephemeral) {
            try {
                FileSystemUtils.deleteRecursively(dataDirectory);
                Files.deleteIfExists(ServerPassword.pending(dataDirectory.toAbsolutePath()));
            } catch (IOException e) {
                // The JVM is going down; nothing useful is left to do.
            }
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("iaverk-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
