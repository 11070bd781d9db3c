package no.iaverk.imports;

import java.util.List;
import java.util.Optional;
import no.iaverk.shared.ConflictException;
import no.iaverk.shared.ContentTooLargeException;
import no.iaverk.shared.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of imports. Every write commits on its own, outside the import's transaction, so progress is visible
 * while the import runs (on any instance) and a failed import is still recorded.
 *
 * <p>Imports of one kind take turns: {@link #begin} refuses a second one while the first runs, on any instance. A run
 * still marked as running whose process died (a crash, kill -9, a power cut) is marked as interrupted at the next
 * start or the next import; its transaction was rolled back with the session, so it changed nothing.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class ImportRuns {

    static final String INTERRUPTED =
            "Importen ble avbrutt før den var ferdig (serveren stoppet). Ingenting fra denne importen er lagret.";
    static final String UNEXPECTED =
            "Importen feilet på grunn av en feil hos oss. Ingenting er importert. Feilen er logget på serveren.";

    private static final Logger log = LoggerFactory.getLogger(ImportRuns.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ImportLocks locks;

    ImportRuns(JdbcClient jdbc, JsonMapper json, ImportLocks locks) {
        this.jdbc = jdbc;
        this.json = json;
        this.locks = locks;
    }

    /**
     * Records a new run of {@code kind} and holds its locks until the returned handle is closed; throws
     * {@link ImportAlreadyRunning} with {@code busyMessage} (409) when an import of the kind runs already.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public RunningImport begin(String kind, String source, String startedBy, String busyMessage) {
        markInterrupted();
        return locks.begin(kind, source, startedBy, busyMessage);
    }

    /**
     * Marks as failed every run still marked as running whose lock no session holds: its process is gone. A run of a
     * live import, on this instance or another, keeps its lock and is left alone.
     */
    @EventListener(ApplicationReadyEvent.class)
    public int markInterrupted() {
        int interrupted = jdbc.sql("""
                update import_run r set status = 'FAILED', finished_at = now(), summary = :summary
                where r.status = 'RUNNING'
                  and not exists (
                      select 1 from pg_locks l
                      where l.locktype = 'advisory' and l.granted
                        and l.database = (select oid from pg_database where datname = current_database())
                        and l.classid::bigint = :space and l.objid::bigint = r.id and l.objsubid = 2)
                """)
                .param("summary", INTERRUPTED)
                .param("space", ImportLocks.RUN_LOCKS)
                .update();
        if (interrupted > 0) {
            log.warn("Marked {} interrupted import run(s) as failed", interrupted);
        }
        return interrupted;
    }

    public void progress(long id, long recordsRead) {
        jdbc.sql("update import_run set records_read = :records where id = :id")
                .param("records", recordsRead)
                .param("id", id)
                .update();
    }

    public void succeeded(long id, long recordsRead, String summary, Object report) {
        finish(id, ImportRun.Status.SUCCEEDED, recordsRead, summary, json.writeValueAsString(report));
    }

    public void failed(long id, String reason) {
        finish(id, ImportRun.Status.FAILED, null, reason, null);
    }

    /**
     * Records why the run failed. Our own exceptions carry a message written for the person who imports; anything else
     * (a database error, a bug) is logged in full and recorded only as a general reason, so the history never shows
     * SQL, process ids or stack traces.
     */
    public void failed(long id, Throwable error) {
        boolean forPeople = error instanceof InvalidRequestException
                || error instanceof ConflictException
                || error instanceof ContentTooLargeException;
        if (!forPeople) {
            log.error("Import run {} failed", id, error);
        }
        String message = error.getMessage();
        failed(id, forPeople && message != null ? message : UNEXPECTED);
    }

    private void finish(
            long id, ImportRun.Status status, @Nullable Long recordsRead, String summary, @Nullable String report) {
        jdbc.sql("""
                update import_run set status = :status, finished_at = now(), summary = :summary,
                    records_read = coalesce(:records, records_read), report = cast(:report as jsonb)
                where id = :id
                """)
                .param("status", status.name())
                .param("records", recordsRead)
                .param("summary", summary)
                .param("report", report)
                .param("id", id)
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<ImportRun> find(long id) {
        return jdbc.sql(SELECT.formatted("report::text") + " where id = :id")
                .param("id", id)
                .query(ImportRun.class)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<ImportRun> latest(String kind, int limit) {
        return jdbc.sql(SELECT.formatted("null") + " where kind = :kind order by started_at desc, id desc limit :limit")
                .param("kind", kind)
                .param("limit", limit)
                .query(ImportRun.class)
                .list();
    }

    /** The history list leaves the (possibly large) report out. */
    private static final String SELECT = """
            select id, kind, source, started_by, started_at, finished_at, status, records_read, summary,
                   %s as report_json
            from import_run""";
}
