package no.iaverk.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import no.iaverk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code backup} and {@code restore} of the embedded database: the test database (with the demo's register,
 * statistics, cases and surveys) is backed up while it runs, restored into an empty data directory, and a server
 * started there holds the same rows. The restored copy is then backed up again both while its server runs and while it
 * is stopped, the way an operator runs the commands.
 */
@IntegrationTest
class EmbeddedBackupTest {

    /** Tables whose rows must come back exactly: register, statistics, cases and surveys. */
    static final List<String> TABLES = List.of(
            "enterprise",
            "sick_leave_enterprise",
            "sick_leave_category",
            "ia_case",
            "case_event",
            "collaboration",
            "activity",
            "survey",
            "survey_answer",
            "survey_response");

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    @BeforeEach
    void demoData() {
        DemoFixture.load(context);
    }

    @Test
    void a_backup_of_the_running_database_restores_into_an_empty_directory_with_the_same_rows() throws Exception {
        Map<String, String> original = fingerprints(jdbc);
        assertThat(original.get("ia_case")).doesNotStartWith("0 ");
        assertThat(original.get("sick_leave_enterprise")).doesNotStartWith("0 ");
        assertThat(original.get("survey_response")).doesNotStartWith("0 ");

        Path archive = temp.resolve("iaverk-backup.zip");
        try (Connection connection = dataSource.getConnection()) {
            OnlineBackup.write(connection, archive);
        }
        // What happens after the backup is not in it.
        jdbc.sql("create table written_after_the_backup (x int)").update();
        try {
            restoreAndBackUpAgain(archive, original);
        } finally {
            jdbc.sql("drop table written_after_the_backup").update();
        }
    }

    private void restoreAndBackUpAgain(Path archive, Map<String, String> original) throws Exception {
        Path restored = temp.resolve("restored");
        var output = new ByteArrayOutputStream();
        assertThat(DatabaseBackupCommand.restore(restored, archive, print(output)))
                .as(output.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("Gjenopprettet");
        assertThat(restored.resolve("backup_label")).doesNotExist(); // recovery is over: the server renamed it

        try (EmbeddedServer server = EmbeddedServer.start(restored, 0, false, message -> {})) {
            assertThat(fingerprints(server)).isEqualTo(original);
            assertThat(tableExists(server, "written_after_the_backup")).isFalse();

            // The operator's command on a running server: through its port and password file.
            Path whileRunning = temp.resolve("while-running.zip");
            assertThat(DatabaseBackupCommand.backup(restored, whileRunning, print(output)))
                    .isZero();
            assertThat(output.toString(StandardCharsets.UTF_8)).contains("kjørende databasen");
            assertThat(restoredAgain(whileRunning, "second")).isEqualTo(original);
        }

        // ... and on a stopped one, which it starts for the backup and stops again.
        Path whileStopped = temp.resolve("while-stopped.zip");
        assertThat(DatabaseBackupCommand.backup(restored, whileStopped, print(output)))
                .isZero();
        assertThat(restored.resolve("postmaster.pid")).doesNotExist();
        assertThat(restoredAgain(whileStopped, "third")).isEqualTo(original);
    }

    @Test
    void a_restore_refuses_a_directory_that_is_not_empty_and_a_file_that_is_no_backup() throws Exception {
        Path occupied = temp.resolve("occupied");
        Files.createDirectories(occupied);
        Files.writeString(occupied.resolve("PG_VERSION"), "17\n");
        Path notABackup = temp.resolve("notes.zip");
        Files.write(notABackup, new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        var output = new ByteArrayOutputStream();

        assertThat(DatabaseBackupCommand.run(
                        "restore", List.of(notABackup.toString()), environment(occupied), print(output)))
                .isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("ikke tom");
        assertThat(occupied.resolve("PG_VERSION")).hasContent("17");

        Path empty = temp.resolve("empty");
        assertThat(DatabaseBackupCommand.run(
                        "restore", List.of(notABackup.toString()), environment(empty), print(output)))
                .isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("backup_label mangler");
    }

    @Test
    void a_backup_refuses_an_external_database_and_points_to_pg_dump() {
        var output = new ByteArrayOutputStream();
        var environment = environment(temp.resolve("pg"));
        environment.setProperty("spring.datasource.url", "jdbc:postgresql://db.example/iaverk");

        assertThat(DatabaseBackupCommand.run("backup", List.of("x.zip"), environment, print(output)))
                .isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("pg_dump");
    }

    private Map<String, String> restoredAgain(Path archive, String directory) throws Exception {
        Path target = temp.resolve(directory);
        BackupRestore.unpack(archive, target);
        try (EmbeddedServer server = EmbeddedServer.start(target, 0, false, message -> {})) {
            return fingerprints(server);
        }
    }

    private static Map<String, String> fingerprints(EmbeddedServer server) throws Exception {
        try (Connection connection = connect(server)) {
            return fingerprints(JdbcClient.create(
                    new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true)));
        }
    }

    private static boolean tableExists(EmbeddedServer server, String table) throws Exception {
        try (Connection connection = connect(server);
                var sql = connection.createStatement();
                var result = sql.executeQuery("select to_regclass('" + table + "') is not null")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    private static Connection connect(EmbeddedServer server) throws Exception {
        var properties = new Properties();
        properties.setProperty("user", EmbeddedServer.USER);
        properties.setProperty("password", server.password());
        return DriverManager.getConnection(server.jdbcUrl(EmbeddedPostgresEnvironment.DATABASE), properties);
    }

    /** Per table: its row count and an MD5 of all its rows in a fixed order. */
    private static Map<String, String> fingerprints(JdbcClient jdbc) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (String table : TABLES) {
            fingerprints.put(
                    table,
                    jdbc.sql("select count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                                    + " from " + table + " t")
                            .query(String.class)
                            .single());
        }
        return fingerprints;
    }

    private static org.springframework.mock.env.MockEnvironment environment(Path dataDirectory) {
        return new org.springframework.mock.env.MockEnvironment()
                .withProperty("iaverk.embedded.data-dir", dataDirectory.toString());
    }

    private static PrintStream print(ByteArrayOutputStream output) {
        return new PrintStream(output, true, StandardCharsets.UTF_8);
    }
}
