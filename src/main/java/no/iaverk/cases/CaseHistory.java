package no.iaverk.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.NavUnits;
import no.iaverk.security.Role;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.OrgNumber;
import no.iaverk.shared.PlausibleDates;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases recorded afterwards: a centre's earlier cases (an import) and the demo's assistance history. An admin records a
 * case as opened on a past date ({@link #open}), its collaborations ({@link CollaborationHistory}) and how it ended
 * ({@link #close}). Every status change is decided by the same lifecycle rules as a person's command, dated when it
 * happened; the log names the admin as the actor and keeps when it was recorded ({@link CaseEvent#recordedAt()}), so
 * history is never mistaken for work done at the time. Admins record for any unit: an import is national work.
 */
@Service
@Transactional
public class CaseHistory {

    private static final Logger log = LoggerFactory.getLogger(CaseHistory.class);

    /** What the log shows of a past day: noon, so the date is the same in every zone the pages might show it in. */
    private static final LocalTime TIME_OF_DAY = LocalTime.NOON;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final Cases cases;
    private final Collaborations collaborations;
    private final NavUnits navUnits;
    private final Clock clock;

    CaseHistory(
            JdbcClient jdbc,
            CaseStore store,
            Cases cases,
            Collaborations collaborations,
            NavUnits navUnits,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.cases = cases;
        this.collaborations = collaborations;
        this.navUnits = navUnits;
        this.clock = clock;
    }

    /**
     * Records a case opened on a past date by a unit: started, owned by the admin, contacted and mapped that day (what
     * happened in between is not known), so that its collaborations can be recorded next.
     */
    public IaCase open(HistoricalCase history, CurrentUser user) {
        requireAdmin(user);
        LocalDate today = today();
        var errors = new InvalidFieldsException.Collector()
                .check(
                        history.orgNumber() != null && OrgNumber.isValid(history.orgNumber()),
                        "orgNumber",
                        "Ugyldig organisasjonsnummer «%s».".formatted(history.orgNumber()))
                .check(
                        history.unitCode() != null
                                && navUnits.find(history.unitCode()).isPresent(),
                        "unitCode",
                        "Ukjent enhet «%s».".formatted(history.unitCode()))
                .check(
                        history.background() != null,
                        "background",
                        "Oppgi bakgrunnen: CENTRE_INITIATIVE eller ENTERPRISE_REQUEST.")
                .check(history.openedOn() != null, "openedOn", "Datoen saken ble åpnet mangler.");
        checkPast(errors, "openedOn", "Datoen saken ble åpnet", history.openedOn(), today);
        errors.throwIfAny();
        String org = history.orgNumber();
        Boolean deleted = jdbc.sql("select deleted from register_enterprise where org_number = :org")
                .param("org", org)
                .query(Boolean.class)
                .optional()
                .orElseThrow(() -> new Cases.UnknownEnterprise(org));
        if (deleted) {
            throw new Refused("Virksomheten %s er slettet i Enhetsregisteret.".formatted(org));
        }
        Instant at = at(history.openedOn());
        // The starting event's unit is the case's unit (CaseState): the admin records it for the centre that had it.
        var started = new CaseEvent(
                1,
                CaseEventType.STARTED,
                CaseStatus.ASSESSING,
                user.username(),
                user.displayName(),
                user.role(),
                history.unitCode(),
                at,
                null,
                List.of(),
                null,
                null,
                null,
                recordedAt(at));
        long id;
        try {
            id = store.create(org, history.unitCode(), history.background(), started);
        } catch (DuplicateKeyException e) {
            throw new Refused("Virksomheten %s har allerede en åpen sak.".formatted(org));
        }
        for (CaseEventType step :
                List.of(CaseEventType.TAKE_OWNERSHIP, CaseEventType.TO_CONTACTING, CaseEventType.TO_MAPPING)) {
            apply(id, store.state(id, true), CaseCommand.of(step, 0), user, history.openedOn());
        }
        log.info("History: case {} recorded as opened {} for unit {}", id, history.openedOn(), history.unitCode());
        return getCase(id);
    }

    /** Records how a case ended on a past date, under the lifecycle's rules (COMPLETE needs a completed collaboration). */
    public IaCase close(long caseId, HistoricalClosing closing, CurrentUser user) {
        requireAdmin(user);
        CaseState state = store.state(caseId, true);
        var errors = new InvalidFieldsException.Collector()
                .check(
                        closing.type() == CaseEventType.COMPLETE || closing.type() == CaseEventType.NOT_RELEVANT,
                        "type",
                        "En sak i historikk avsluttes med COMPLETE eller NOT_RELEVANT.")
                .check(closing.closedOn() != null, "closedOn", "Datoen saken ble avsluttet mangler.");
        checkPast(errors, "closedOn", "Datoen saken ble avsluttet", closing.closedOn(), today());
        checkNotBefore(errors, "closedOn", closing.closedOn(), state);
        errors.throwIfAny();
        apply(
                caseId,
                state,
                new CaseCommand(closing.type(), 0, closing.reason(), closing.justifications(), null),
                user,
                closing.closedOn());
        log.info("History: case {} recorded as closed {} ({})", caseId, closing.closedOn(), closing.type());
        return getCase(caseId);
    }

    /**
     * Appends the event the lifecycle decides for {@code command} as if given on {@code date} (never before the case's
     * last change), recorded now. The command's version is the case's own: history is written under the case lock.
     */
    void apply(long caseId, CaseState state, CaseCommand command, CurrentUser user, LocalDate date) {
        Instant at = at(date);
        if (at.isBefore(state.changedAt())) {
            at = state.changedAt();
        }
        var versioned = new CaseCommand(
                command.type(), state.version(), command.reason(), command.justifications(), command.reassessAfter());
        CaseEvent decided = CaseLifecycle.decide(state, versioned, user, at, collaborations.tally(caseId));
        CaseEvent event = new CaseEvent(
                decided.version(),
                decided.type(),
                decided.status(),
                decided.actor(),
                decided.actorName(),
                decided.actorRole(),
                decided.actorUnit(),
                decided.occurredAt(),
                decided.reason(),
                decided.justifications(),
                decided.reassessAfter(),
                decided.fromUnit(),
                decided.toUnit(),
                recordedAt(decided.occurredAt()));
        if (!store.append(caseId, event, state.apply(event))) {
            throw new CaseLifecycle.StaleVersion(event.version() - 1, state.version());
        }
    }

    /** 403 for anyone but an admin: recording history is an import task. */
    static void requireAdmin(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException("Bare en administrator kan registrere historikk.");
        }
    }

    /** A plausible date that is not in the future. */
    static void checkPast(
            InvalidFieldsException.Collector errors,
            String field,
            String label,
            @Nullable LocalDate date,
            LocalDate today) {
        PlausibleDates.check(errors, field, label, date);
        errors.check(date == null || !date.isAfter(today), field, "%s kan ikke ligge fram i tid.".formatted(label));
    }

    /** History never goes back before the case was opened: its log is in the order things happened. */
    static void checkNotBefore(
            InvalidFieldsException.Collector errors, String field, @Nullable LocalDate date, CaseState state) {
        LocalDate last = state.changedAt().atZone(CaseLifecycle.ZONE).toLocalDate();
        errors.check(
                date == null || !date.isBefore(last),
                field,
                "Datoen kan ikke være før sakens siste endring (%s).".formatted(DAY.format(last)));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(CaseLifecycle.ZONE));
    }

    /** The moment a past day stands for in the log; today's noon that has not come yet is now. */
    Instant at(LocalDate date) {
        Instant noon = date.atTime(TIME_OF_DAY).atZone(CaseLifecycle.ZONE).toInstant();
        Instant now = clock.instant();
        return noon.isAfter(now) ? now : noon;
    }

    private Instant recordedAt(Instant occurredAt) {
        Instant now = clock.instant();
        return now.isBefore(occurredAt) ? occurredAt : now;
    }

    private IaCase getCase(long id) {
        return cases.get(id);
    }
}
