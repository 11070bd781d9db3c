package no.iaverk.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL session-level advisory locks for imports, held on a connection of their own for as long as the import
 * runs. They live in the database, so they serialise imports across every instance, and they vanish with the session
 * when a process dies, so a run whose lock nobody holds was interrupted.
 */
@Component
class ImportLocks {

    /** First keys of the two-key advisory locks: arbitrary, only distinct from other users' (Flyway uses one key). */
    static final int KIND_LOCKS = 0x1A_0001;

    static final int RUN_LOCKS = 0x1A_0002;

    private static final Logger log = LoggerFactory.getLogger(ImportLocks.class);
    private static final Executor SAME_THREAD = Runnable::run;

    private final DataSource dataSource;

    ImportLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Takes the kind's lock (or throws {@link ImportAlreadyRunning} at once) and records the run, taking its lock in the
     * same transaction, so no other session ever sees the run without its lock.
     */
    RunningImport begin(String kind, String source, String startedBy, String busyMessage) {
        Connection session = connection();
        boolean handedOver = false;
        try {
            session.setAutoCommit(true);
            if (!tryLock(session, KIND_LOCKS, kind.hashCode())) {
                throw new ImportAlreadyRunning(busyMessage);
            }
            session.setAutoCommit(false);
            long id;
            try (PreparedStatement insert = session.prepareStatement("""
                    insert into import_run (kind, source, started_by, status) values (?, ?, ?, 'RUNNING')
                    returning id""")) {
                insert.setString(1, kind);
                insert.setString(2, source);
                insert.setString(3, startedBy);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
            }
            try (PreparedStatement lock = session.prepareStatement("select pg_advisory_lock(?, ?)")) {
                lock.setInt(1, RUN_LOCKS);
                lock.setInt(2, Math.toIntExact(id));
                lock.execute();
            }
            session.commit();
            session.setAutoCommit(true);
            handedOver = true;
            return new RunningImport(id, session);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not begin an import of " + kind, e);
        } finally {
            if (!handedOver) {
                release(session);
            }
        }
    }

    private static boolean tryLock(Connection session, int space, int key) throws SQLException {
        try (PreparedStatement lock = session.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            lock.setInt(1, space);
            lock.setInt(2, key);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /**
     * Unlocks everything the session holds and gives the connection back to the pool. A pooled connection must never
     * go back with a lock, so one that cannot be unlocked is aborted instead.
     */
    static void release(Connection session) {
        try {
            if (!session.getAutoCommit()) {
                session.rollback();
                session.setAutoCommit(true);
            }
            try (var unlock = session.createStatement()) {
                unlock.execute("select pg_advisory_unlock_all()");
            }
            session.close();
        } catch (SQLException e) {
            log.warn("Could not release an import's locks; dropping its connection: {}", e.getMessage());
            try {
                session.abort(SAME_THREAD);
                session.close(); // the pool sees a dead connection and evicts it
            } catch (SQLException ignored) {
                // The connection is gone either way, and its locks with it.
            }
        }
    }

    private Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("No connection for an import's locks", e);
        }
    }
}
