package no.iaverk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The cluster's helpers on the real PostgreSQL: a job's lock and its record of runs, and LISTEN/NOTIFY. */
@SpringBootTest
class SingleRunTest {

    @Autowired
    SingleRun singleRun;

    @Autowired
    DatabaseNotifications notifications;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void noRunsYet() {
        jdbc.sql("delete from shared_job_run where job like 'test.%'").update();
    }

    @Test
    void a_job_whose_lock_another_instance_holds_is_skipped() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        // Another instance: a connection of its own holding the job's lock.
        try (Connection other = dataSource.getConnection();
                PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, SingleRun.key("test.locked"));
            lock.execute();

            assertThat(singleRun.run("test.locked", "0 15 3 * * *", runs::incrementAndGet))
                    .isFalse();

            try (PreparedStatement unlock = other.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, SingleRun.key("test.locked"));
                unlock.execute();
            }
        }
        assertThat(runs).hasValue(0);
        assertThat(singleRun.run("test.locked", "0 15 3 * * *", runs::incrementAndGet))
                .isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void the_same_firing_seen_again_runs_once_and_the_next_firing_runs_again() {
        AtomicInteger runs = new AtomicInteger();

        assertThat(singleRun.run("test.nightly", "0 15 3 * * *", runs::incrementAndGet))
                .isTrue();
        assertThat(singleRun.run("test.nightly", "0 15 3 * * *", runs::incrementAndGet))
                .isFalse();
        // A day later (as the record says): the next night's firing.
        jdbc.sql("update shared_job_run set last_run_at = last_run_at - interval '1 day' where job = 'test.nightly'")
                .update();
        assertThat(singleRun.run("test.nightly", "0 15 3 * * *", runs::incrementAndGet))
                .isTrue();

        assertThat(runs).hasValue(2);
        assertThat(jdbc.sql("select runs from shared_job_run where job = 'test.nightly'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void a_job_that_fails_leaves_no_record_and_runs_at_the_next_firing() {
        try {
            singleRun.run("test.failing", "0 15 3 * * *", () -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // The scheduler logs it.
        }
        assertThat(jdbc.sql("select count(*) from shared_job_run where job = 'test.failing'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void the_gap_is_half_the_schedule_and_a_job_turned_off_has_none() {
        Instant now = Instant.parse("2026-06-01T10:00:30Z");
        assertThat(SingleRun.halfPeriod("0 * * * * *", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SingleRun.halfPeriod("0 */5 * * * *", now))
                .isEqualTo(Duration.ofMinutes(2).plusSeconds(30));
        assertThat(SingleRun.halfPeriod("-", now)).isZero();
        assertThat(SingleRun.key("cases.auto-close")).isEqualTo(SingleRun.key("cases.auto-close"));
        assertThat(SingleRun.key("cases.auto-close")).isNotEqualTo(SingleRun.key("surveys.expiry"));
    }

    @Test
    void notifications_arrive_after_commit_and_again_after_the_connection_was_cut() throws Exception {
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        AtomicInteger reconnects = new AtomicInteger();
        notifications.listen("test_channel", new DatabaseNotifications.Listener() {
            @Override
            public void notified(String payload) {
                heard.add(payload);
            }

            @Override
            public void reconnected() {
                reconnects.incrementAndGet();
            }
        });
        String first = notifyUntilHeard(heard, "first");
        assertThat(first).isEqualTo("first");

        // Cut every instance's listening connection, as a database restart or a network failure would.
        jdbc.sql("select pg_terminate_backend(pid)::text from pg_stat_activity"
                        + " where application_name = 'iaverk-notifications'")
                .query(String.class)
                .list();

        assertThat(notifyUntilHeard(heard, "second")).isEqualTo("second");
        assertThat(reconnects.get()).isPositive();
    }

    /** Sends until the listener hears it: the LISTEN may still be on its way, or the connection coming back. */
    private String notifyUntilHeard(BlockingQueue<String> heard, String payload) throws InterruptedException {
        for (int attempt = 0; attempt < 120; attempt++) {
            jdbc.sql("select pg_notify('test_channel', :payload)::text")
                    .param("payload", payload)
                    .query(String.class)
                    .single();
            String got = heard.poll(500, TimeUnit.MILLISECONDS);
            if (payload.equals(got)) {
                heard.clear();
                return got;
            }
        }
        return "never heard";
    }
}
