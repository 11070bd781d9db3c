package no.iaverk.cases;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import no.iaverk.cases.Activity.Channel;
import no.iaverk.cases.Activity.Status;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.NotFoundException;
import no.iaverk.shared.PlausibleDates;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contact log of a case: what was planned and held with the enterprise, by whom, with whom. */
@Service
@Transactional(readOnly = true)
public class Activities {

    static final int MAX_NOTE = 2000;
    static final BigDecimal MAX_ADVISER_HOURS = new BigDecimal("999.9");

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final OwningUnit owningUnit;
    private final Clock clock;

    Activities(JdbcClient jdbc, CaseStore store, OwningUnit owningUnit, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.owningUnit = owningUnit;
        this.clock = clock;
    }

    /** Registers an activity on an open case of the user's unit that the user owns or follows. */
    @Transactional
    public Activity register(long caseId, NewActivity activity, CurrentUser user) {
        CaseWork.require(store.state(caseId, false), user, owningUnit);
        var errors = new InvalidFieldsException.Collector();
        check(errors, caseId, activity, "");
        errors.throwIfAny();
        return get(caseId, insert(caseId, activity, user));
    }

    /** Stores a validated activity, registered now with the user as its owner; returns its id. */
    long insert(long caseId, NewActivity activity, CurrentUser user) {
        return jdbc.sql("""
                insert into activity (case_id, collaboration_id, starts_at, channel, service_area, participant_roles,
                    unit_count, adviser_hours, status, note, owner, owner_name, created_at)
                values (:caseId, :collaborationId, :startsAt, :channel, :area, :participants, :units, :hours, :status,
                    :note, :owner, :ownerName, :now)
                returning id
                """)
                .param("caseId", caseId)
                .param("collaborationId", activity.collaborationId())
                .param("startsAt", Timestamp.from(instant(activity.startsAt())))
                .param("channel", activity.channel().name())
                .param(
                        "area",
                        activity.serviceArea() == null
                                ? null
                                : activity.serviceArea().name())
                .param(
                        "participants",
                        activity.participants() == null
                                ? new String[0]
                                : activity.participants().stream()
                                        .distinct()
                                        .map(Enum::name)
                                        .toArray(String[]::new))
                .param("units", activity.unitCount())
                .param("hours", activity.adviserHours())
                .param("status", (activity.status() == null ? Status.DONE : activity.status()).name())
                .param(
                        "note",
                        activity.note() == null || activity.note().isBlank()
                                ? null
                                : activity.note().trim())
                .param("owner", user.username())
                .param("ownerName", user.displayName())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    /** Marks a planned activity held or cancelled (or planned again); the one who registered it or the case's owner. */
    @Transactional
    public Activity setStatus(long caseId, long id, Status status, CurrentUser user) {
        Activity activity = get(caseId, id);
        CaseState state = store.state(caseId, false);
        owningUnit.require(state.unitCode(), user);
        if (!statusChangeableBy(activity, state.owner(), user)) {
            throw new ForbiddenException("Bare den som registrerte aktiviteten eller eieren av saken kan endre den.");
        }
        jdbc.sql("update activity set status = :status where id = :id")
                .param("status", status.name())
                .param("id", id)
                .update();
        return get(caseId, id);
    }

    /** Whether the user may mark the activity held or cancelled: the rule {@link #setStatus} enforces, for the pages. */
    public boolean mayChangeStatus(IaCase iaCase, Activity activity, CurrentUser user) {
        return owningUnit.isMember(iaCase.unitCode(), user) && statusChangeableBy(activity, iaCase.owner(), user);
    }

    private static boolean statusChangeableBy(Activity activity, @Nullable String caseOwner, CurrentUser user) {
        return activity.owner().equals(user.username()) || user.username().equals(caseOwner);
    }

    public Activity get(long caseId, long id) {
        return list("where a.case_id = :caseId and a.id = :id", caseId, id).stream()
                .findFirst()
                .orElseThrow(() -> new ActivityNotFound(caseId, id));
    }

    /** The case's activities, newest first. */
    public List<Activity> forCase(long caseId) {
        return list("where a.case_id = :caseId order by a.starts_at desc, a.id desc", caseId, 0);
    }

    /** The user's planned activities whose time has passed: flagged until marked held or cancelled. */
    public List<Activity> overdue(CurrentUser user) {
        return jdbc.sql(SELECT + " where a.owner = :owner and a.status = 'PLANNED' and a.starts_at < :now"
                        + " order by a.starts_at")
                .param("owner", user.username())
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> activity(rs))
                .list();
    }

    private static final String SELECT = """
            select a.*, a.status = 'PLANNED' and a.starts_at < :now as overdue from activity a
            """;

    private List<Activity> list(String where, long caseId, long id) {
        return jdbc.sql(SELECT + where)
                .param("caseId", caseId)
                .param("id", id)
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> activity(rs))
                .list();
    }

    /**
     * Checks an activity's fields into {@code errors}, each under {@code prefix} + its name (an import names the row it
     * came in).
     */
    void check(InvalidFieldsException.Collector errors, long caseId, NewActivity activity, String prefix) {
        boolean plausible = activity.startsAt() == null
                || PlausibleDates.plausible(activity.startsAt().toLocalDate());
        errors.check(activity.startsAt() != null, prefix + "startsAt", "Dato og klokkeslett mangler.")
                .check(plausible, prefix + "startsAt", PlausibleDates.message("Datoen"))
                .check(activity.channel() != null, prefix + "channel", "Velg kanal.")
                .check(
                        activity.unitCount() == null || activity.unitCount() > 0,
                        prefix + "unitCount",
                        "Antall enheter må være minst 1.")
                .check(
                        activity.unitCount() == null || activity.channel() == Channel.GATHERING,
                        prefix + "unitCount",
                        "Antall enheter registreres bare for kurs og samlinger.")
                .check(
                        activity.adviserHours() == null
                                || (activity.adviserHours().signum() >= 0
                                        && activity.adviserHours().compareTo(MAX_ADVISER_HOURS) <= 0
                                        && activity.adviserHours()
                                                        .stripTrailingZeros()
                                                        .scale()
                                                <= 1),
                        prefix + "adviserHours",
                        "Rådgivertimer må være mellom 0 og 999,9, med høyst én desimal.")
                .check(
                        activity.note() == null || activity.note().length() <= MAX_NOTE,
                        prefix + "note",
                        "Notatet kan ha høyst %d tegn.".formatted(MAX_NOTE))
                .check(
                        activity.status() != Status.DONE
                                || activity.startsAt() == null
                                || !plausible
                                || !instant(activity.startsAt()).isAfter(clock.instant()),
                        prefix + "status",
                        "En aktivitet fram i tid kan ikke være gjennomført ennå.");
        if (activity.collaborationId() != null) {
            boolean ours = jdbc.sql("select exists (select 1 from collaboration where id = :id and case_id = :caseId)")
                    .param("id", activity.collaborationId())
                    .param("caseId", caseId)
                    .query(Boolean.class)
                    .single();
            errors.check(ours, prefix + "collaborationId", "Samarbeidet hører ikke til saken.");
        }
    }

    private static Instant instant(LocalDateTime local) {
        return local.atZone(CaseLifecycle.ZONE).toInstant();
    }

    private static Activity activity(ResultSet rs) throws SQLException {
        String area = rs.getString("service_area");
        return new Activity(
                rs.getLong("id"),
                rs.getLong("case_id"),
                (Long) rs.getObject("collaboration_id"),
                LocalDateTime.ofInstant(rs.getTimestamp("starts_at").toInstant(), CaseLifecycle.ZONE),
                Channel.valueOf(rs.getString("channel")),
                area == null ? null : Collaboration.ServiceArea.valueOf(area),
                CaseStore.strings(rs.getArray("participant_roles")).stream()
                        .map(Activity.Participant::valueOf)
                        .toList(),
                (Integer) rs.getObject("unit_count"),
                rs.getBigDecimal("adviser_hours"),
                Status.valueOf(rs.getString("status")),
                rs.getString("note"),
                rs.getString("owner"),
                rs.getString("owner_name"),
                rs.getBoolean("overdue"));
    }

    static class ActivityNotFound extends NotFoundException {
        ActivityNotFound(long caseId, long id) {
            super("Fant ikke aktivitet %d i sak %d.".formatted(id, caseId));
        }
    }
}
