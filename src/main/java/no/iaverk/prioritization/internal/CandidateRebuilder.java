package no.iaverk.prioritization.internal;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import no.iaverk.register.RegisterChanged;
import no.iaverk.shared.SingleRun;
import no.iaverk.statistics.SnapshotPublished;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the candidates in step with their sources: rebuilt whole when a quarter is published or the register is
 * imported, one row when one enterprise changes. Runs after the source's transaction commits, in the background (a
 * publication is done when its snapshot is; the lists follow some seconds later). A whole rebuild fills a new table,
 * indexes it and swaps it in, so readers keep the previous list until the swap and nothing is bloated.
 */
@Component
@Order(0)
public class CandidateRebuilder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CandidateRebuilder.class);

    static final String TABLE = "priority_candidate";
    static final String NEXT = "priority_candidate_next";
    /** How long the swap waits in line for the old table before giving way to the readers. */
    static final String LOCK_TIMEOUT = "1s";
    /** With a pause of 1, 2, ... 10 seconds between them: about ten minutes of busy lists before giving up. */
    static final int SWAP_ATTEMPTS = 60;

    private static final String SELECT = """
            select coalesce(r.org_number, s.org_number) as org_number,
                   coalesce(r.name, s.org_number) as name,
                   r.municipality_number, r.municipality_name, r.county_number, r.industry, r.nace_code,
                   r.industry_programme, r.sector,
                   coalesce(s.persons, r.employees) as employees,
                   s.org_number is not null as has_statistics,
                   coalesce(s.masked, false) as masked,
                   coalesce(s.masked_quarters > 0 and not s.masked, false) as partly_masked,
                   s.lost, s.possible, s.percent, s.trend, s.benchmark_percent, s.potential
            from (select * from register_workplace where employees > 0 %1$s) r
            full join (select * from sick_leave_snapshot %2$s) s on s.org_number = r.org_number
            """;

    private static final String COLUMNS = "org_number, name, municipality_number, municipality_name, county_number,"
            + " industry, nace_code, industry_programme, sector, employees, has_statistics, masked, partly_masked, lost,"
            + " possible,"
            + " percent, trend, benchmark_percent, potential";

    static final String REBUILD_JOB = "prioritization.rebuild";

    private record Index(String name, String definition) {}

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final SingleRun singleRun;
    private final TransactionTemplate newTransaction;
    private final @Nullable ExecutorService background;

    CandidateRebuilder(
            JdbcClient jdbc,
            DataSource dataSource,
            PlatformTransactionManager transactions,
            SingleRun singleRun,
            @Value("${iaverk.prioritization.rebuild-in-background:true}") boolean inBackground) {
        this.jdbc = jdbc;
        this.singleRun = singleRun;
        this.dataSource = dataSource;
        this.background = inBackground
                ? Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "candidate-rebuild");
                    thread.setDaemon(true);
                    return thread;
                })
                : null;
        this.newTransaction = new TransactionTemplate(transactions);
        newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(SnapshotPublished published) {
        submit(this::rebuild);
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(RegisterChanged changed) {
        if (changed.orgNumber() == null) {
            submit(this::rebuild);
        } else {
            submit(() -> inNewTransaction(() -> refresh(changed.orgNumber())));
        }
    }

    /** In the background, one change at a time so a refresh never races a swap; else right here (tests). */
    private void submit(Runnable work) {
        if (background == null) {
            work.run();
        } else {
            background.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.error("Could not update the prioritisation candidates", e);
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        if (background != null) {
            background.shutdownNow();
        }
    }

    /**
     * A database that has sources but no candidates yet (a new installation, an upgrade) gets them at start. In line
     * with the rebuilds the demo data's imports have asked for already, never beside one.
     */
    @Override
    public void run(ApplicationArguments args) {
        submit(() -> {
            if (!exists("select 1 from priority_candidate") && exists("select 1 from register_workplace")) {
                rebuild();
            }
        });
    }

    /**
     * Rebuilds every candidate: a new table is filled and indexed and committed beside the old one (readers never see
     * it), then swapped in by a short transaction, and vacuumed so index-only scans work at once. One rebuild at a time
     * across instances (they share the next table): one that comes while another instance rebuilds waits for it, then
     * rebuilds from what is committed by then.
     */
    public long rebuild() {
        return singleRun.exclusively(REBUILD_JOB, this::rebuildHere);
    }

    private long rebuildHere() {
        long started = System.currentTimeMillis();
        List<Index> indexes = indexes();
        long rows = newTransaction.execute(status -> fillNext(indexes));
        swapIn(indexes);
        vacuum();
        log.info("Prioritisation candidates rebuilt: {} in {} ms", rows, System.currentTimeMillis() - started);
        return rows;
    }

    private List<Index> indexes() {
        return jdbc.sql("""
                select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
                from pg_index i where i.indrelid = cast(:table as regclass) and not i.indisprimary
                """).param("table", TABLE).query(Index.class).list();
    }

    private long fillNext(List<Index> indexes) {
        jdbc.sql("drop table if exists " + NEXT).update();
        jdbc.sql("create table " + NEXT + " (like " + TABLE + " including defaults including constraints)")
                .update();
        long rows = jdbc.sql("insert into " + NEXT + " (" + COLUMNS + ") " + SELECT.formatted("", ""))
                .update();
        jdbc.sql("alter table " + NEXT + " add primary key (org_number)").update();
        for (Index index : indexes) {
            jdbc.sql(index.definition()
                            .replace(" INDEX " + index.name() + " ", " INDEX " + index.name() + "_next ")
                            .replaceFirst(" ON (\\S+\\.)?" + TABLE + " ", " ON $1" + NEXT + " "))
                    .update();
        }
        return rows;
    }

    /**
     * Dropping the old table needs it to itself, so it waits for the lists being read (an export can stream for a
     * while), and every reader that comes after would wait behind it. So the swap waits at most {@link #LOCK_TIMEOUT}
     * and gives way, and tries again a little later; the lists are served from the old table meanwhile.
     */
    private void swapIn(List<Index> indexes) {
        for (int attempt = 1; ; attempt++) {
            try {
                newTransaction.executeWithoutResult(status -> swap(indexes));
                return;
            } catch (DataAccessException e) {
                if (!lockTimeout(e) || attempt == SWAP_ATTEMPTS) {
                    throw e;
                }
                log.debug("Call lists busy; swap attempt {} gave way", attempt);
                pause(Math.min(attempt, 10) * 1000L);
            }
        }
    }

    private void swap(List<Index> indexes) {
        jdbc.sql("set local lock_timeout = '" + LOCK_TIMEOUT + "'").update();
        jdbc.sql("drop table " + TABLE).update();
        jdbc.sql("alter table " + NEXT + " rename to " + TABLE).update();
        jdbc.sql("alter index " + NEXT + "_pkey rename to " + TABLE + "_pkey").update();
        for (Index index : indexes) {
            jdbc.sql("alter index " + index.name() + "_next rename to " + index.name())
                    .update();
        }
    }

    /** PostgreSQL's lock_not_available, which Spring does not translate into a type of its own. */
    private static boolean lockTimeout(DataAccessException e) {
        return e.getMostSpecificCause() instanceof SQLException sql && "55P03".equals(sql.getSQLState());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to swap in the call lists", e);
        }
    }

    private void vacuum() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("vacuum analyze " + TABLE);
        } catch (SQLException e) {
            // The list works without it, only slower until autovacuum comes by.
            log.warn("Could not vacuum the prioritisation candidates", e);
        }
    }

    private void refresh(String orgNumber) {
        jdbc.sql("delete from priority_candidate where org_number = :org")
                .param("org", orgNumber)
                .update();
        jdbc.sql("insert into priority_candidate (" + COLUMNS + ") "
                        + SELECT.formatted("and org_number = :org", "where org_number = :org"))
                .param("org", orgNumber)
                .update();
    }

    private void inNewTransaction(Runnable work) {
        newTransaction.executeWithoutResult(status -> work.run());
    }

    private boolean exists(String query) {
        return jdbc.sql("select exists (" + query + ")").query(Boolean.class).single();
    }
}
