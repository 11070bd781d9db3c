package no.iaverk.statistics;

import static no.iaverk.statistics.StatisticsFixtures.enterprise;
import static no.iaverk.statistics.StatisticsFixtures.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import no.iaverk.IntegrationTest;
import no.iaverk.imports.ImportAlreadyRunning;
import no.iaverk.imports.ImportProgress;
import no.iaverk.imports.ImportRun;
import no.iaverk.imports.ImportRuns;
import no.iaverk.imports.ImportSource;
import no.iaverk.shared.Quarter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Imports of statistics take turns: a second one while one runs is refused with 409, never a deadlock. */
@IntegrationTest
class ConcurrentStatisticsImportTest {

    static final Quarter Q = Quarter.of(2024, 2);
    static final String A = "910000004";
    static final String B = "910000012";

    @Autowired
    StatisticsImport statisticsImport;

    @Autowired
    ImportRuns runs;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        StatisticsFixtures.clear(jdbc);
    }

    @Test
    void a_second_import_while_one_runs_is_refused_with_409_and_the_first_completes() throws Exception {
        String quarter = StatisticsFixtures.array(enterprise(A, Q, 20, 60, 1000), enterprise(B, Q, 8, 10, 400));
        var opened = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        // The first import holds its file open until the test lets it go, so the second surely meets it running.
        var held = new ImportSource("virksomhet.json", () -> {
            opened.countDown();
            await(release);
            return new ByteArrayInputStream(quarter.getBytes(StandardCharsets.UTF_8));
        });
        var first =
                CompletableFuture.supplyAsync(() -> statisticsImport.run(List.of(held), "test", ImportProgress.NONE));
        assertThat(opened.await(2, TimeUnit.MINUTES)).isTrue();

        assertThat(mvc.post()
                        .uri("/api/statistics/imports")
                        .multipart()
                        .file(new MockMultipartFile(
                                "files",
                                "virksomhet.json",
                                "application/json",
                                quarter.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("admin", "demo")))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("En import av sykefraværsstatistikk pågår allerede. Prøv igjen når den er ferdig.");
        assertThatThrownBy(() -> statisticsImport.start(
                        files().with("virksomhet.json", enterprise(A, Q, 1, 1, 10))
                                .asJsonFiles(),
                        "test",
                        () -> {}))
                .isInstanceOf(ImportAlreadyRunning.class);

        release.countDown();
        assertThat(first.get(2, TimeUnit.MINUTES).accepted()).isEqualTo(2);
        assertThat(runs.latest(StatisticsImport.KIND, 1))
                .singleElement()
                .extracting(ImportRun::status)
                .isEqualTo(ImportRun.Status.SUCCEEDED);
        // Once the first is done, the next may begin.
        assertThat(StatisticsFixtures.run(
                                statisticsImport,
                                files().with("virksomhet.json", enterprise(A, Q, 20, 30, 1000))
                                        .asJsonFiles())
                        .accepted())
                .isEqualTo(1);
    }

    @Test
    void two_imports_of_the_same_quarter_at_once_never_deadlock_one_wins_or_they_take_turns() throws Exception {
        long before = jdbc.sql("select coalesce(max(id), 0) from import_run")
                .query(Long.class)
                .single();
        var barrier = new CyclicBarrier(2);
        List<CompletableFuture<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            var sources = files().with(
                            "virksomhet.json", enterprise(A, Q, 20, 60 + i, 1000), enterprise(B, Q, 8, 10, 400))
                    .asZip("2024K2.zip");
            outcomes.add(CompletableFuture.supplyAsync(() -> {
                try {
                    barrier.await(2, TimeUnit.MINUTES);
                    StatisticsFixtures.run(statisticsImport, List.of(sources));
                    return "imported";
                } catch (ImportAlreadyRunning e) {
                    return "refused";
                } catch (Exception e) {
                    return "failed: " + e;
                }
            }));
        }

        List<String> results = new ArrayList<>();
        for (var outcome : outcomes) {
            results.add(outcome.get(2, TimeUnit.MINUTES));
        }
        assertThat(results).allMatch(result -> result.equals("imported") || result.equals("refused"));
        assertThat(results).contains("imported");
        // A refused import never got a run; every run it did get succeeded.
        assertThat(runs.latest(StatisticsImport.KIND, 5).stream()
                        .filter(run -> run.id() > before)
                        .toList())
                .hasSize((int) results.stream().filter("imported"::equals).count())
                .allSatisfy(run -> assertThat(run.status()).isEqualTo(ImportRun.Status.SUCCEEDED));
    }

    @Test
    void an_unexpected_failure_is_recorded_without_sql_or_exception_text() {
        var failing = new ImportSource("virksomhet.json", () -> {
            throw new CannotAcquireLockException(
                    "PreparedStatementCallback; SQL [drop table if exists sick_leave_enterprise_p20242]; ERROR:"
                            + " deadlock detected Detail: Process 4242 waits for AccessExclusiveLock");
        });

        assertThatThrownBy(() -> StatisticsFixtures.run(statisticsImport, List.of(failing)))
                .isInstanceOf(CannotAcquireLockException.class);

        assertThat(runs.latest(StatisticsImport.KIND, 1)).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(ImportRun.Status.FAILED);
            assertThat(run.summary())
                    .startsWith("Importen feilet på grunn av en feil hos oss")
                    .doesNotContain("SQL", "ERROR", "Process", "Exception", "drop table");
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(2, TimeUnit.MINUTES)) {
                throw new UncheckedIOException(new java.io.IOException("never released"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
