package no.iaverk.imports;

import java.sql.Connection;

/**
 * An import that has begun: its run id, and the database session that holds its locks (one for its kind, so imports
 * of a kind take turns; one for the run, so the run counts as alive exactly while that session lives). Close it when
 * the import is done, whatever the outcome.
 */
public final class RunningImport implements AutoCloseable {

    private final long id;
    private final Connection session;

    RunningImport(long id, Connection session) {
        this.id = id;
        this.session = session;
    }

    public long id() {
        return id;
    }

    /** Releases the locks; after this, another import of the kind may begin. */
    @Override
    public void close() {
        ImportLocks.release(session);
    }
}
