package no.iaverk.demo.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * {@code backup FILE} and {@code restore FILE} for the embedded database in {@code iaverk.embedded.data-dir}. They run
 * before (and without) the application context: a running iaverk holds its data directory, and a second context on it
 * would stop at that lock. A running server is backed up through a connection of its own plus the files of its data
 * directory (same machine); a stopped one is started for the backup and stopped again. A restore unpacks into an empty
 * data directory and starts the server once, so it recovers from the WAL in the archive before anyone uses it.
 */
public final class DatabaseBackupCommand {

    public static final List<String> NAMES = List.of("backup", "restore");

    private DatabaseBackupCommand() {}

    /** Runs {@code backup} or {@code restore} with its arguments; returns the exit code. */
    public static int run(String name, List<String> args, Environment environment, PrintStream out) {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            out.println("Bruk: java -jar iaverk.jar " + name + " FIL");
            return 2;
        }
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            out.println("iaverk bruker en ekstern PostgreSQL (spring.datasource.url). Ta sikkerhetskopi av den med"
                    + " pg_dump og gjenopprett med pg_restore; se README, «Running in production».");
            return 2;
        }
        Path dataDirectory = Path.of(environment.getProperty("iaverk.embedded.data-dir", "./data/pg"))
                .toAbsolutePath()
                .normalize();
        Path file = Path.of(args.get(0)).toAbsolutePath().normalize();
        try {
            return name.equals("backup") ? backup(dataDirectory, file, out) : restore(dataDirectory, file, out);
        } catch (IllegalStateException | UncheckedIOException e) {
            out.println("Feil: " + e.getMessage());
            return 1;
        }
    }

    static int backup(Path dataDirectory, Path archive, PrintStream out) {
        if (!Files.exists(dataDirectory.resolve("postgresql.conf"))) {
            out.println("Feil: det finnes ingen database i " + dataDirectory + " (iaverk.embedded.data-dir).");
            return 1;
        }
        if (Files.exists(archive)) {
            out.println("Feil: " + archive + " finnes allerede; velg et nytt filnavn.");
            return 1;
        }
        OnlineBackup.Written written;
        Optional<Integer> runningPort = runningPort(dataDirectory);
        if (runningPort.isPresent()) {
            out.println("Tar sikkerhetskopi av den kjørende databasen i " + dataDirectory + " ...");
            try (Connection connection = connect(dataDirectory, runningPort.get())) {
                written = OnlineBackup.write(connection, archive);
            } catch (SQLException e) {
                throw new IllegalStateException("Kunne ikke koble til databasen: " + e.getMessage(), e);
            }
        } else {
            out.println("Starter databasen i " + dataDirectory + " for sikkerhetskopien ...");
            try (EmbeddedServer server = EmbeddedServer.start(dataDirectory, 0, false, out::println);
                    Connection connection = connect(dataDirectory, server.port())) {
                written = OnlineBackup.write(connection, archive);
            } catch (SQLException e) {
                throw new IllegalStateException("Kunne ikke koble til databasen: " + e.getMessage(), e);
            }
        }
        out.printf(
                "Sikkerhetskopi skrevet til %s: %d filer, %d MB før komprimering (WAL fra %s).%n",
                archive, written.files(), written.bytes() >> 20, written.startWal());
        return 0;
    }

    static int restore(Path dataDirectory, Path archive, PrintStream out) {
        if (!Files.isRegularFile(archive)) {
            out.println("Feil: finner ikke sikkerhetskopien " + archive + ".");
            return 1;
        }
        BackupRestore.requireEmpty(dataDirectory);
        long files = BackupRestore.unpack(archive, dataDirectory);
        out.println(
                "Pakket ut " + files + " filer til " + dataDirectory + "; starter databasen så den gjenoppretter ...");
        try (EmbeddedServer server = EmbeddedServer.start(dataDirectory, 0, false, out::println);
                Connection connection = connect(dataDirectory, server.port());
                var sql = connection.createStatement();
                var databases = sql.executeQuery("select count(*) from pg_database where not datistemplate")) {
            databases.next();
            out.println("Gjenopprettet: databasen startet og har " + databases.getLong(1) + " databaser."
                    + " Start iaverk med iaverk.embedded.data-dir=" + dataDirectory + ".");
            return 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Databasen startet, men svarer ikke: " + e.getMessage(), e);
        }
    }

    /** The port of a live server on the directory, from its {@code postmaster.pid} (line 4). */
    private static Optional<Integer> runningPort(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            if (lines.size() < 4) {
                return Optional.empty();
            }
            boolean alive = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                    .map(ProcessHandle::isAlive)
                    .orElse(false);
            return alive ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Connection connect(Path dataDirectory, int port) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", EmbeddedServer.USER);
        properties.setProperty("password", ServerPassword.read(ServerPassword.file(dataDirectory)));
        return DriverManager.getConnection("jdbc:postgresql://localhost:%d/postgres".formatted(port), properties);
    }
}
