package no.iaverk.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.iaverk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ImportRunsTest {

    static final String KIND = "TEST";

    @Autowired
    ImportRuns runs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_run_left_running_by_a_dead_process_is_marked_interrupted_and_a_live_one_is_left_alone() {
        try (RunningImport live = runs.begin(KIND, "y.json", "test", "opptatt")) {
            // What a process killed mid-import leaves behind: the row, but no session holding its lock.
            long orphan = jdbc.sql("""
                    insert into import_run (kind, source, started_by, status)
                    values ('TEST', 'x.json', 'test', 'RUNNING') returning id""").query(Long.class).single();

            assertThat(runs.markInterrupted()).isEqualTo(1);

            assertThat(runs.find(orphan)).hasValueSatisfying(run -> {
                assertThat(run.status()).isEqualTo(ImportRun.Status.FAILED);
                assertThat(run.finishedAt()).isNotNull();
                assertThat(run.summary()).contains("avbrutt");
            });
            assertThat(runs.find(live.id()))
                    .hasValueSatisfying(run -> assertThat(run.status()).isEqualTo(ImportRun.Status.RUNNING));
            runs.succeeded(live.id(), 0, "ferdig", java.util.Map.of());
        }
    }

    @Test
    void imports_of_a_kind_take_turns_and_the_lock_is_free_again_when_the_first_is_done() {
        try (RunningImport first = runs.begin(KIND, "a.json", "test", "En import pågår allerede.")) {
            assertThatThrownBy(() -> runs.begin(KIND, "b.json", "test", "En import pågår allerede."))
                    .isInstanceOf(ImportAlreadyRunning.class)
                    .hasMessage("En import pågår allerede.");
            // Another kind is not held up.
            try (RunningImport other = runs.begin("OTHER", "c.json", "test", "opptatt")) {
                assertThat(other.id()).isNotEqualTo(first.id());
                runs.failed(other.id(), "test");
            }
            runs.failed(first.id(), "test");
        }
        try (RunningImport next = runs.begin(KIND, "b.json", "test", "En import pågår allerede.")) {
            runs.failed(next.id(), "test");
        }
    }

    @Test
    void the_history_shows_a_general_reason_for_an_unexpected_error_and_our_own_message_otherwise() {
        try (RunningImport running = runs.begin(KIND, "a.json", "test", "opptatt")) {
            runs.failed(running.id(), new IllegalStateException("ERROR: deadlock detected; SQL [select 1]"));
            assertThat(runs.find(running.id()).orElseThrow().summary())
                    .isEqualTo(ImportRuns.UNEXPECTED)
                    .doesNotContain("SQL");
        }
        try (RunningImport running = runs.begin(KIND, "a.json", "test", "opptatt")) {
            runs.failed(running.id(), new no.iaverk.shared.InvalidRequestException("Filen a.json er tom."));
            assertThat(runs.find(running.id()).orElseThrow().summary()).isEqualTo("Filen a.json er tom.");
        }
    }
}
