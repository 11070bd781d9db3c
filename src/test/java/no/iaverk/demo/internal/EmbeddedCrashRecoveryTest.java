package no.iaverk.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import no.iaverk.BrregJson;
import no.iaverk.IaverkApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of an import, with the application in child JVMs on a data directory of their own: the next
 * start stops the PostgreSQL the killed JVM left running, marks the interrupted run as failed, and what was imported
 * before is intact. The import reads a named pipe the test feeds, so "the middle" is exact, not a matter of timing.
 */
class EmbeddedCrashRecoveryTest {

    static final long WAIT_MINUTES = 5; // a guard against hanging forever on a stuck child, not a time limit

    @TempDir
    Path temp;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        children.forEach(Process::destroyForcibly);
        // Whatever happened, leave no server running on the temporary directory.
        OrphanedServer.stopIfRunning(temp.resolve("pg").toAbsolutePath(), System.out::println);
    }

    @Test
    void after_kill_9_mid_import_the_next_start_works_and_the_earlier_data_is_intact() throws Exception {
        Path pipe = temp.resolve("enheter.json");
        Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "needs mkfifo (POSIX)");
        List<String> numbers = orgNumbers(12);
        Path first = write("first.json", units(numbers.subList(0, 3)));
        Path third = write("third.json", units(numbers.subList(9, 12)));

        assertThat(runToEnd("import-register", first.toString())).isZero();

        // The second import reads from the pipe: a few records, then it waits for more until it is killed.
        Process killed = start("import-register", pipe.toString());
        var progress = new CountDownLatch(1);
        var output = new CopyOnWriteArrayList<String>();
        follow(killed, output, progress);
        var feeding = new Thread(() -> feed(pipe, units(numbers.subList(3, 9))));
        feeding.setDaemon(true);
        feeding.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(WAIT_MINUTES);
        while (!progress.await(1, TimeUnit.SECONDS) && killed.isAlive() && System.nanoTime() < deadline) {
            // waiting for the first records to arrive
        }
        assertThat(progress.getCount())
                .as("the import reports progress; output: %s", output)
                .isZero();
        killed.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(killed.waitFor(WAIT_MINUTES, TimeUnit.MINUTES)).isTrue();
        feeding.interrupt();
        Path directory = temp.resolve("pg").toAbsolutePath();
        long orphan = EmbeddedServerTest.postmasterPid(directory);
        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive))
                .as("the killed JVM's PostgreSQL still runs")
                .isPresent();

        assertThat(runToEnd("import-register", third.toString()))
                .as("the next start works")
                .isZero();

        try (EmbeddedServer server = EmbeddedServer.start(directory, 0, false, System.out::println);
                Connection connection = java.sql.DriverManager.getConnection(
                        server.jdbcUrl(EmbeddedPostgresEnvironment.DATABASE), "postgres", server.password());
                var statement = connection.createStatement()) {
            var runs = new ArrayList<String>();
            try (var rows =
                    statement.executeQuery("select status, coalesce(summary, '') from import_run order by id")) {
                while (rows.next()) {
                    runs.add(rows.getString(1) + ": " + rows.getString(2));
                }
            }
            assertThat(runs).hasSize(3);
            assertThat(runs.get(0)).startsWith("SUCCEEDED");
            assertThat(runs.get(1)).startsWith("FAILED").contains("avbrutt");
            assertThat(runs.get(2)).startsWith("SUCCEEDED");
            var stored = new ArrayList<String>();
            try (var rows = statement.executeQuery("select org_number from enterprise order by org_number")) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
            var expected = new ArrayList<>(numbers.subList(0, 3));
            expected.addAll(numbers.subList(9, 12));
            assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private Process start(String... command) throws IOException {
        var line = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-Diaverk.embedded.ephemeral=false",
                "-Diaverk.embedded.data-dir=" + temp.resolve("pg").toAbsolutePath(),
                "-Diaverk.register.progress-every=1",
                IaverkApplication.class.getName()));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        children.add(process);
        return process;
    }

    private int runToEnd(String... command) throws Exception {
        Process process = start(command);
        var output = new CopyOnWriteArrayList<String>();
        follow(process, output, new CountDownLatch(1));
        assertThat(process.waitFor(WAIT_MINUTES, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("exit code; output: %s", output).isZero();
        return process.exitValue();
    }

    /** Collects the child's output and counts down {@code progress} at its first "poster lest". */
    private static void follow(Process process, List<String> output, CountDownLatch progress) {
        Thread reader = new Thread(() -> {
            try (var lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.add(line);
                    if (line.contains("poster lest")) {
                        progress.countDown();
                    }
                }
            } catch (IOException e) {
                // the child is gone
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** Writes the records but never the end of the list, and keeps the pipe open: the reader waits for more. */
    private static void feed(Path pipe, String records) {
        try (OutputStream out = Files.newOutputStream(pipe)) {
            out.write(records.substring(0, records.lastIndexOf(']')).getBytes(StandardCharsets.UTF_8));
            out.write(",\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(WAIT_MINUTES));
        } catch (IOException e) {
            // the reader was killed: a broken pipe is expected
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content);
    }

    private static String units(List<String> numbers) {
        return BrregJson.array(numbers.stream()
                .map(number -> BrregJson.legalUnit(number, "ENHET " + number, "AS", "2100", "4601"))
                .toArray(String[]::new));
    }

    /** Valid organisation numbers (MOD11) from 910000000 up. */
    static List<String> orgNumbers(int count) {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        return IntStream.iterate(91_000_000, base -> base + 1)
                .mapToObj(base -> {
                    String digits = String.valueOf(base);
                    int sum = 0;
                    for (int i = 0; i < 8; i++) {
                        sum += (digits.charAt(i) - '0') * weights[i];
                    }
                    int check = 11 - sum % 11;
                    return check == 10 ? null : digits + (check == 11 ? 0 : check);
                })
                .filter(java.util.Objects::nonNull)
                .limit(count)
                .toList();
    }
}
