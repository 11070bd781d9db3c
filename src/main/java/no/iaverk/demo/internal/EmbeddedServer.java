package no.iaverk.demo.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL on one data directory, started safely: an orphaned server of the directory is stopped first
 * ({@link OrphanedServer}), and every connection needs the directory's password ({@link ServerPassword}). A new
 * directory gets its password from initdb; one from before passwords is upgraded on its first start.
 */
final class EmbeddedServer implements AutoCloseable {

    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedServer(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /** {@code warn} gets what an operator should know; it runs before logging is set up, so the caller logs it. */
    static EmbeddedServer start(Path dataDirectory, int port, boolean ephemeral, Consumer<String> warn) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            OrphanedServer.stopIfRunning(directory, warn);
            boolean initialised = Files.exists(directory.resolve("postgresql.conf"));
            Path pending = ServerPassword.pending(directory);
            Path file = ServerPassword.file(directory);
            String password;
            EmbeddedPostgres.Builder builder = builder(directory, port, ephemeral);
            if (!initialised) {
                password = ServerPassword.generate();
                ServerPassword.write(pending, password);
                // zonky runs "initdb -A trust ..." and appends these; the later --auth wins, so no moment trusts
                // anyone.
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", pending.toString());
            } else {
                if (!Files.exists(file) && Files.exists(pending)) {
                    ServerPassword.moveIntoPlace(pending, directory); // a first start that was cut short
                }
                if (!Files.exists(file)) {
                    if (!ServerPassword.trustsAnyone(directory)) {
                        throw new IllegalStateException(
                                "Passordfilen %s mangler, så iaverk kan ikke koble til databasen i %s."
                                        .formatted(file, directory));
                    }
                    ServerPassword.write(file, ServerPassword.generate());
                }
                password = ServerPassword.read(file);
            }
            EmbeddedPostgres postgres =
                    builder.setConnectConfig("password", password).start();
            if (!initialised) {
                ServerPassword.moveIntoPlace(pending, directory);
            }
            var server = new EmbeddedServer(postgres, password);
            if (ServerPassword.trustsAnyone(directory)) {
                warn.accept("The embedded PostgreSQL in %s let local connections in without a password; from now on it"
                                .formatted(directory)
                        + " requires the one in " + file);
                server.requirePassword(directory);
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke starte innebygd PostgreSQL i " + directory, e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path directory, int port, boolean ephemeral) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("work_mem", "32MB")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("temp_buffers", "64MB")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("password_encryption", "scram-sha-256");
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
        return builder;
    }

    /** A directory from before passwords: give postgres the password, then let nobody in without it. */
    private void requirePassword(Path directory) {
        log.warn(
                "The embedded PostgreSQL in {} let local connections in without a password; it now requires one",
                directory);
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            // The password is URL-safe base64 (checked when read), so it needs no escaping in the literal.
            statement.execute("alter role " + USER + " password '" + password + "'");
            ServerPassword.writeHba(directory);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Kunne ikke sette passord på innebygd PostgreSQL i " + directory, e);
        }
    }

    void createDatabaseIfMissing(String database) {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            var existing = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!existing.next()) {
                statement.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Kunne ikke opprette databasen " + database, e);
        }
    }

    String jdbcUrl(String database) {
        return postgres.getJdbcUrl(USER, database);
    }

    String password() {
        return password;
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL: {}", e.getMessage());
        }
    }
}
