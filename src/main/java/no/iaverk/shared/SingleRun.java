package no.iaverk.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job on one instance only, when several run against one PostgreSQL. Every instance's scheduler fires
 * the job; each asks PostgreSQL for the job's advisory lock ({@code pg_try_advisory_xact_lock}, a stable key per job
 * name) in a short transaction of its own, and the job's work joins that transaction. An instance that does not get the
 * lock skips the firing: another one is running it. An instance that gets it after the other has finished skips too,
 * when the job ran less than half a schedule period ago ({@code shared_job_run}): the same firing, seen a little later
 * by a slower instance, does not run twice.
 */
@Component
public class SingleRun {

    private static final Logger log = LoggerFactory.getLogger(SingleRun.class);

    /** Names the instance in {@code shared_job_run}, for an operator asking who ran a job last. */
    private static final String INSTANCE = UUID.randomUUID().toString().substring(0, 8);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    SingleRun(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Runs {@code work} for one firing of the job scheduled by {@code cron} (Spring cron; "-" never fires, so any gap
     * will do), unless another instance runs it now or ran it for this firing. Returns whether it ran here.
     */
    public boolean run(String job, String cron, Runnable work) {
        Duration gap = halfPeriod(cron, clock.instant());
        Boolean ran = ownTransaction.execute(status -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                    .param("key", key(job))
                    .query(Boolean.class)
                    .single();
            if (!locked) {
                log.debug("Job {} runs on another instance; skipped here", job);
                return false;
            }
            Instant now = clock.instant();
            @Nullable
            Instant last = jdbc.sql("select last_run_at from shared_job_run where job = :job")
                    .param("job", job)
                    .query(Instant.class)
                    .optional()
                    .orElse(null);
            if (last != null && last.isAfter(now.minus(gap))) {
                log.debug("Job {} ran at {} on another instance; skipped here", job, last);
                return false;
            }
            jdbc.sql("""
                    insert into shared_job_run (job, last_run_at, last_run_by) values (:job, :now, :instance)
                    on conflict (job) do update set last_run_at = excluded.last_run_at,
                        last_run_by = excluded.last_run_by, runs = shared_job_run.runs + 1
                    """)
                    .param("job", job)
                    .param("now", java.sql.Timestamp.from(now))
                    .param("instance", INSTANCE)
                    .update();
            work.run();
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }

    /**
     * Waits, inside the caller's transaction, until no other instance holds the job's lock, and holds it until the
     * transaction ends: work that must not run beside the job (publishing by hand beside the publication check).
     */
    public void waitForTurn(String job) {
        jdbc.sql("select pg_advisory_xact_lock(:key)::text")
                .param("key", key(job))
                .query(String.class)
                .single();
    }

    /**
     * Runs {@code work} while holding the job's lock on a connection of its own, outside any transaction (the work
     * may span several transactions of its own): waits for another instance's run to end first, then runs.
     */
    public <T> T exclusively(String job, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            advisory(connection, "select pg_advisory_lock(?)", job);
            try {
                return work.get();
            } finally {
                advisory(connection, "select pg_advisory_unlock(?)", job);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take or release the lock of " + job, e);
        }
    }

    private static void advisory(Connection connection, String sql, String job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key(job));
            statement.execute();
        }
    }

    /** The advisory lock's key: a stable 64-bit number from the job's name (CRC-32 beside a fixed tag). */
    static long key(String job) {
        CRC32 crc = new CRC32();
        crc.update(job.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return (0x1A7E_0000L << 32) | crc.getValue();
    }

    /** Half the time between the cron's next two firings: shorter than any real period, longer than clock skew. */
    static Duration halfPeriod(String cron, Instant now) {
        if ("-".equals(cron)) {
            return Duration.ZERO;
        }
        CronExpression expression = CronExpression.parse(cron);
        ZonedDateTime first = Objects.requireNonNull(expression.next(now.atZone(ZoneId.systemDefault())));
        ZonedDateTime second = Objects.requireNonNull(expression.next(first));
        return Duration.between(first, second).dividedBy(2);
    }
}
