package no.iaverk.imports;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of imports. Every write commits on its own, outside the import's transaction, so progress is visible
 * while the import runs (on any instance) and a failed import is still recorded.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class ImportRuns {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportRuns(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long start(String kind, String source, String startedBy) {
        return jdbc.sql("""
                insert into import_run (kind, source, started_by, status) values (:kind, :source, :startedBy, 'RUNNING')
                returning id
                """)
                .param("kind", kind)
                .param("source", source)
                .param("startedBy", startedBy)
                .query(Long.class)
                .single();
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
