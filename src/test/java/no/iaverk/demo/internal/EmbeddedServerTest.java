package no.iaverk.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server on a data directory of its own (not the tests' shared one): its password, the upgrade of a
 * directory from before passwords, and starting over a server or a pid file a killed process left behind. The whole
 * kill -9 story with real child JVMs is {@link EmbeddedCrashRecoveryTest}.
 */
class EmbeddedServerTest {

    @TempDir
    Path temp;

    private EmbeddedServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void every_connection_needs_the_generated_password_which_only_the_owner_may_read() throws Exception {
        Path directory = temp.resolve("pg");
        server = EmbeddedServer.start(directory, 0, true, System.out::println);

        Path file = directory.resolve(ServerPassword.FILE);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file).strip()).isEqualTo(server.password()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(Files.exists(ServerPassword.pending(directory))).isFalse();
        assertThat(ServerPassword.trustsAnyone(directory)).isFalse();

        assertThatThrownBy(() -> connect(server, null)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> connect(server, "feil")).isInstanceOf(SQLException.class);
        try (Connection connection = connect(server, server.password())) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    @Test
    void a_directory_from_before_passwords_is_upgraded_and_keeps_its_data() throws Exception {
        Path directory = temp.resolve("old");
        // How iaverk created data directories before: zonky's initdb trusts every local connection.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        .start();
                Connection connection = old.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create table kept (id int); insert into kept values (42)");
        }
        assertThat(ServerPassword.trustsAnyone(directory)).isTrue();

        server = EmbeddedServer.start(directory, 0, false, System.out::println);

        assertThat(ServerPassword.trustsAnyone(directory)).isFalse();
        assertThat(Files.getPosixFilePermissions(directory.resolve(ServerPassword.FILE)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> connect(server, null)).isInstanceOf(SQLException.class);
        try (Connection connection = connect(server, server.password());
                var rows = connection.createStatement().executeQuery("select id from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void a_server_left_running_by_a_killed_process_is_stopped_and_the_data_survives() throws Exception {
        Path directory = temp.resolve("orphan");
        server = EmbeddedServer.start(directory, 0, false, System.out::println);
        try (Connection connection = connect(server, server.password());
                var statement = connection.createStatement()) {
            statement.execute("create table kept (id int); insert into kept values (7)");
        }
        Path postgres = Path.of(ProcessHandle.of(postmasterPid(directory))
                .orElseThrow()
                .info()
                .command()
                .orElseThrow());
        server.close();
        server = null;
        // What a JVM killed with -9 leaves: a server nobody owns, still holding the directory.
        long orphan = startWithoutOwner(postgres, directory);
        assertThat(ProcessHandle.of(orphan))
                .hasValueSatisfying(process -> assertThat(process.isAlive()).isTrue());

        server = EmbeddedServer.start(directory, 0, false, System.out::println);

        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(postmasterPid(directory)).isNotEqualTo(orphan);
        try (Connection connection = connect(server, server.password());
                var rows = connection.createStatement().executeQuery("select id from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(7);
        }
    }

    @Test
    void a_stale_pid_file_does_not_block_the_start_whether_its_process_is_dead_or_not_postgres() throws Exception {
        Path directory = temp.resolve("stale");
        server = EmbeddedServer.start(directory, 0, false, System.out::println);
        server.close();
        server = null;

        Process ended = new ProcessBuilder("true").start();
        ended.waitFor(30, TimeUnit.SECONDS);
        writePidFile(directory, ended.pid());
        server = EmbeddedServer.start(directory, 0, false, System.out::println);
        server.close();
        server = null;

        // A reused pid: this very JVM, alive but no PostgreSQL. PostgreSQL alone would refuse to start.
        writePidFile(directory, ProcessHandle.current().pid());
        server = EmbeddedServer.start(directory, 0, false, System.out::println);
        try (Connection connection = connect(server, server.password())) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    @Test
    void a_directory_whose_server_a_live_process_owns_is_not_touched() {
        Path directory = temp.resolve("owned");
        server = EmbeddedServer.start(directory, 0, false, System.out::println);

        assertThatThrownBy(() -> EmbeddedServer.start(directory, 0, false, System.out::println))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("brukes av en annen iaverk-prosess");
    }

    static Connection connect(EmbeddedServer server, String password) throws SQLException {
        var properties = new Properties();
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(server.jdbcUrl("postgres"), properties);
    }

    static long postmasterPid(Path directory) throws Exception {
        return Long.parseLong(
                Files.readAllLines(directory.resolve("postmaster.pid")).get(0).strip());
    }

    /** pg_ctl starts the server as a daemon, as zonky does, but no JVM of ours holds it. */
    static long startWithoutOwner(Path postgres, Path directory) throws Exception {
        var command = new java.util.ArrayList<String>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as zonky does: pg_ctl refuses to run as root
        }
        command.addAll(
                List.of(postgres.resolveSibling("pg_ctl").toString(), "-D", directory.toString(), "-w", "start"));
        Process start = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(start.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(start.exitValue()).isZero();
        return postmasterPid(directory);
    }

    /** The lines PostgreSQL writes; only the first (the pid) and the second (the directory) matter here. */
    static void writePidFile(Path directory, long pid) throws Exception {
        Files.writeString(
                directory.resolve("postmaster.pid"),
                "%d%n%s%n1700000000%n5432%n/tmp%nlocalhost%n  1234567         0%nready   %n".formatted(pid, directory));
    }
}
