package no.iaverk.cases;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import no.iaverk.security.Role;
import no.iaverk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes a case's log and the state derived from it. The log is only ever appended to. */
@Component
class CaseStore {

    /** What a case is about, fixed at its start. */
    record Header(
            long id,
            String orgNumber,
            String enterpriseName,
            String unitCode,
            Background background,
            Instant createdAt) {}

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Header header(long id) {
        return jdbc.sql("""
                select c.id, c.org_number, coalesce(r.name, c.org_number) as name, c.unit_code, c.background,
                       c.created_at
                from ia_case c left join register_enterprise r on r.org_number = c.org_number
                where c.id = :id
                """)
                .param("id", id)
                .query((rs, row) -> new Header(
                        rs.getLong("id"),
                        rs.getString("org_number"),
                        rs.getString("name"),
                        rs.getString("unit_code"),
                        Background.valueOf(rs.getString("background")),
                        rs.getTimestamp("created_at").toInstant()))
                .optional()
                .orElseThrow(() -> new CaseNotFound(id));
    }

    /** The state as the log makes it; with {@code lock}, the case row is locked until the transaction ends. */
    CaseState state(long id, boolean lock) {
        if (lock) {
            jdbc.sql("select id from ia_case where id = :id for update")
                    .param("id", id)
                    .query(Long.class)
                    .optional()
                    .orElseThrow(() -> new CaseNotFound(id));
        }
        List<CaseEvent> events = events(id);
        if (events.isEmpty()) {
            throw new CaseNotFound(id);
        }
        return CaseState.replay(events);
    }

    List<CaseEvent> events(long id) {
        return jdbc.sql("select * from case_event where case_id = :id order by version")
                .param("id", id)
                .query((rs, row) -> event(rs))
                .list();
    }

    long create(String orgNumber, String unitCode, Background background, CaseEvent started) {
        long id = jdbc.sql("""
                insert into ia_case (org_number, unit_code, background, status, version, created_at, changed_at)
                values (:org, :unit, :background, :status, :version, :at, :at) returning id
                """)
                .param("org", orgNumber)
                .param("unit", unitCode)
                .param("background", background.name())
                .param("status", started.status().name())
                .param("version", started.version())
                .param("at", Timestamp.from(started.occurredAt()))
                .query(Long.class)
                .single();
        insert(id, started);
        return id;
    }

    /** Appends the event and stores the state it leads to, unless someone else got there first. */
    boolean append(long id, CaseEvent event, CaseState state) {
        int updated = jdbc.sql("""
                update ia_case set unit_code = :unit, status = :status, owner = :owner, owner_name = :ownerName,
                       followers = :followers, version = :version, changed_at = :changedAt, closed_at = :closedAt,
                       reassess_after = :reassessAfter
                where id = :id and version = :expected
                """)
                .param("id", id)
                .param("expected", event.version() - 1)
                .param("unit", state.unitCode())
                .param("status", state.status().name())
                .param("owner", state.owner())
                .param("ownerName", state.ownerName())
                .param("followers", state.followers().stream().sorted().toArray(String[]::new))
                .param("version", state.version())
                .param("changedAt", Timestamp.from(state.changedAt()))
                .param("closedAt", state.closedAt() == null ? null : Timestamp.from(state.closedAt()))
                .param("reassessAfter", state.reassessAfter())
                .update();
        if (updated == 1) {
            insert(id, event);
        }
        return updated == 1;
    }

    private void insert(long id, CaseEvent event) {
        jdbc.sql("""
                insert into case_event (case_id, version, type, status, actor, actor_name, actor_role, actor_unit,
                                        occurred_at, reason, justifications, reassess_after, from_unit, to_unit,
                                        recorded_at)
                values (:id, :version, :type, :status, :actor, :actorName, :role, :unit, :at, :reason,
                        :justifications, :reassessAfter, :fromUnit, :toUnit, :recordedAt)
                """)
                .param("id", id)
                .param("version", event.version())
                .param("type", event.type().name())
                .param("status", event.status().name())
                .param("actor", event.actor())
                .param("actorName", event.actorName())
                .param("role", event.actorRole().name())
                .param("unit", event.actorUnit())
                .param("at", Timestamp.from(event.occurredAt()))
                .param("reason", event.reason() == null ? null : event.reason().name())
                .param(
                        "justifications",
                        event.justifications().stream().map(Enum::name).toArray(String[]::new))
                .param("reassessAfter", event.reassessAfter())
                .param("fromUnit", event.fromUnit())
                .param("toUnit", event.toUnit())
                .param("recordedAt", event.recordedAt() == null ? null : Timestamp.from(event.recordedAt()))
                .update();
    }

    private static CaseEvent event(ResultSet rs) throws SQLException {
        String reason = rs.getString("reason");
        Timestamp recorded = rs.getTimestamp("recorded_at");
        return new CaseEvent(
                rs.getInt("version"),
                CaseEventType.valueOf(rs.getString("type")),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getString("actor"),
                rs.getString("actor_name"),
                Role.valueOf(rs.getString("actor_role")),
                rs.getString("actor_unit"),
                rs.getTimestamp("occurred_at").toInstant(),
                reason == null ? null : ClosingReason.valueOf(reason),
                strings(rs.getArray("justifications")).stream()
                        .map(Justification::valueOf)
                        .toList(),
                rs.getObject("reassess_after", LocalDate.class),
                rs.getString("from_unit"),
                rs.getString("to_unit"),
                recorded == null ? null : recorded.toInstant());
    }

    static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static class CaseNotFound extends NotFoundException {
        CaseNotFound(long id) {
            super("Fant ikke sak " + id + ".");
        }
    }
}
