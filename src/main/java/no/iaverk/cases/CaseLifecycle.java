package no.iaverk.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.shared.ConflictException;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.shared.PlausibleDates;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a case's lifecycle, as a pure function from (state, command, who, when) to the event that records the
 * change, or an exception that says why not: 400 for a malformed command, 403 for the wrong person, 409 for a move the
 * state does not allow.
 */
final class CaseLifecycle {

    /** A closed case can be reopened (BACK) this long after it was closed; then it is locked. */
    static final Duration REOPEN_WINDOW = Duration.ofDays(10);

    static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    /** How the case's collaborations stand, for COMPLETE. */
    record Collaborations(int active, int completed) {}

    private CaseLifecycle() {}

    static CaseEvent decide(
            CaseState state, CaseCommand command, CurrentUser actor, Instant now, Collaborations collaborations) {
        if (command.type() == null) {
            throw new InvalidRequestException("Hendelsen mangler type.");
        }
        if (command.expectedVersion() == null) {
            throw new InvalidRequestException("Hendelsen mangler expectedVersion (sakens versjon slik du så den).");
        }
        if (command.expectedVersion() != state.version()) {
            throw new StaleVersion(command.expectedVersion(), state.version());
        }
        CaseEventType type = command.type();
        CaseStatus target = switch (type) {
            case STARTED -> throw new InvalidRequestException("En sak startes med POST /api/cases.");
            case TRANSFERRED ->
                throw new InvalidRequestException("En sak overføres med POST /api/cases/{id}/transfer.");
            case TAKE_OWNERSHIP -> takeOwnership(state, actor);
            case FOLLOW -> follow(state, actor, true);
            case UNFOLLOW -> follow(state, actor, false);
            case BACK -> back(state, actor, now);
            case TO_CONTACTING, TO_MAPPING, TO_ASSISTING -> forward(state, type, actor);
            case COMPLETE -> complete(state, actor, collaborations);
            case NOT_RELEVANT -> notRelevant(state, command, actor);
        };
        LocalDate reassessAfter = target.open() ? null : reassessAfter(command, now);
        boolean withReason = type == CaseEventType.NOT_RELEVANT;
        return new CaseEvent(
                state.version() + 1,
                type,
                target,
                actor.username(),
                actor.displayName(),
                actor.role(),
                actor.unitCode(),
                now,
                withReason ? command.reason() : null,
                withReason ? List.copyOf(command.justifications()) : List.of(),
                reassessAfter,
                null,
                null,
                null);
    }

    /** The commands a person sends, in the order the case page offers them. */
    private static final List<CaseEventType> PERSON_COMMANDS = List.of(
            CaseEventType.TAKE_OWNERSHIP,
            CaseEventType.TO_CONTACTING,
            CaseEventType.TO_MAPPING,
            CaseEventType.TO_ASSISTING,
            CaseEventType.COMPLETE,
            CaseEventType.BACK,
            CaseEventType.NOT_RELEVANT,
            CaseEventType.FOLLOW,
            CaseEventType.UNFOLLOW);

    /**
     * The commands {@link #decide} would accept from this person now, so a page offers exactly those. COMPLETE is asked
     * as if the collaborations allowed it: whether they do is the adviser's to fix, and the refusal says how.
     */
    static List<CaseEventType> permitted(CaseState state, CurrentUser actor, Instant now) {
        var finished = new Collaborations(0, 1);
        List<CaseEventType> permitted = new ArrayList<>();
        for (CaseEventType type : PERSON_COMMANDS) {
            // A well-formed command of the type: only who and the state decide.
            var probe = type == CaseEventType.NOT_RELEVANT
                    ? new CaseCommand(
                            type,
                            state.version(),
                            ClosingReason.ENTERPRISE_DECLINES,
                            List.of(Justification.NO_ANSWER),
                            null)
                    : CaseCommand.of(type, state.version());
            if (accepts(() -> decide(state, probe, actor, now, finished))) {
                permitted.add(type);
            }
        }
        return permitted;
    }

    /** Only a superuser starts an assessment (of an enterprise without an open case, which the store enforces). */
    static void requireStart(CurrentUser actor) {
        requireRole(actor, Role.SUPERUSER, "Bare en superbruker kan starte en vurdering.");
    }

    /** A caseworker (or more) starts a trial's case when enrolling an enterprise. */
    static void requireTrialStart(CurrentUser actor) {
        requireRole(actor, Role.CASEWORKER, "Bare saksbehandlere kan melde virksomheter inn i et forsøk.");
    }

    /** Whether the person may start an assessment of an enterprise that has these cases. */
    static boolean startPermitted(List<CaseSummary> casesOfEnterprise, CurrentUser actor) {
        return accepts(() -> requireStart(actor))
                && casesOfEnterprise.stream().noneMatch(c -> c.status().open());
    }

    /** Whether {@link #transfer} would move the case to the person's own unit. */
    static boolean transferPermitted(CaseState state, CurrentUser actor, Instant now) {
        return actor.unitCode() != null && accepts(() -> transfer(state, actor.unitCode(), actor, now));
    }

    private static boolean accepts(Runnable decision) {
        try {
            decision.run();
            return true;
        } catch (InvalidRequestException | ConflictException | ForbiddenException refused) {
            return false;
        }
    }

    /**
     * A superuser of the receiving unit takes an open case over to that unit (the only way a case changes unit); 403
     * for anyone else, 409 when the case is closed or already there.
     */
    static CaseEvent transfer(CaseState state, String toUnit, CurrentUser actor, Instant now) {
        if (!actor.has(Role.SUPERUSER) || !toUnit.equals(actor.unitCode())) {
            throw new ForbiddenException("Bare en superbruker i enheten som skal overta saken, kan overføre den dit.");
        }
        if (state.unitCode().equals(toUnit)) {
            throw new Refused("Saken tilhører allerede denne enheten.");
        }
        requireOpen(state);
        return new CaseEvent(
                state.version() + 1,
                CaseEventType.TRANSFERRED,
                state.status(),
                actor.username(),
                actor.displayName(),
                actor.role(),
                actor.unitCode(),
                now,
                null,
                List.of(),
                null,
                state.unitCode(),
                toUnit,
                null);
    }

    private static CaseStatus takeOwnership(CaseState state, CurrentUser actor) {
        requireRole(actor, Role.CASEWORKER, "Bare saksbehandlere kan ta eierskap i en sak.");
        requireOpen(state);
        if (state.ownedBy(actor.username())) {
            throw new Refused("Du eier allerede saken.");
        }
        return state.status();
    }

    private static CaseStatus follow(CaseState state, CurrentUser actor, boolean follow) {
        requireRole(actor, Role.CASEWORKER, "Bare saksbehandlere kan følge en sak.");
        if (follow) {
            requireOpen(state);
            if (state.ownedBy(actor.username())) {
                throw new Refused("Du eier saken og følger den allerede.");
            }
            if (state.followers().contains(actor.username())) {
                throw new Refused("Du følger allerede saken.");
            }
        } else if (!state.followers().contains(actor.username())) {
            throw new Refused("Du følger ikke saken.");
        }
        return state.status();
    }

    private static CaseStatus forward(CaseState state, CaseEventType type, CurrentUser actor) {
        requireOwnerMoves(state, actor);
        if (state.status() != type.source()) {
            throw new Refused("En sak kan bare gå til «%s» fra «%s». Saken er «%s»."
                    .formatted(
                            CaseTexts.status(type.target()),
                            CaseTexts.status(type.source()),
                            CaseTexts.status(state.status())));
        }
        return type.target();
    }

    private static CaseStatus complete(CaseState state, CurrentUser actor, Collaborations collaborations) {
        CaseStatus target = forward(state, CaseEventType.COMPLETE, actor);
        if (collaborations.active() > 0) {
            throw new Refused("Saken kan ikke fullføres mens %d samarbeid er aktive. Fullfør eller avbryt dem først."
                    .formatted(collaborations.active()));
        }
        if (collaborations.completed() == 0) {
            throw new Refused("Saken kan ikke fullføres uten minst ett fullført samarbeid.");
        }
        return target;
    }

    private static CaseStatus notRelevant(CaseState state, CaseCommand command, CurrentUser actor) {
        boolean system = actor.username().equals(Cases.SYSTEM.username());
        if (!system) {
            requireOwnerMoves(state, actor);
        }
        requireOpen(state);
        ClosingReason reason = command.reason();
        if (reason == null || (reason == ClosingReason.SYSTEM && !system)) {
            throw new InvalidRequestException(
                    "«Ikke aktuell» krever en årsak: NAV_DECLINES (NAV starter ikke) eller ENTERPRISE_DECLINES"
                            + " (virksomheten takker nei).");
        }
        List<Justification> justifications = command.justifications();
        if (justifications == null || justifications.isEmpty()) {
            throw new InvalidRequestException("«Ikke aktuell» krever minst én begrunnelse.");
        }
        for (Justification justification : justifications) {
            if (justification == null || justification.reason() != reason) {
                throw new InvalidRequestException("Begrunnelsen «%s» passer ikke til årsaken «%s»."
                        .formatted(
                                justification == null ? "" : CaseTexts.justification(justification),
                                CaseTexts.reason(reason)));
            }
        }
        return CaseStatus.NOT_RELEVANT;
    }

    private static CaseStatus back(CaseState state, CurrentUser actor, Instant now) {
        if (state.owner() != null || state.status().open()) {
            requireOwnerMoves(state, actor);
        } else {
            // An automatically closed case has no owner; a superuser may take it back.
            requireRole(actor, Role.SUPERUSER, "Bare en superbruker kan gjenåpne en sak uten eier.");
        }
        if (state.previous().isEmpty()) {
            throw new Refused("Saken er i sin første status og kan ikke gå tilbake.");
        }
        if (locked(state, now)) {
            throw new Refused(
                    "Saken ble lukket for mer enn %d dager siden og er låst.".formatted(REOPEN_WINDOW.toDays()));
        }
        return state.previous().get(state.previous().size() - 1);
    }

    private static @Nullable LocalDate reassessAfter(CaseCommand command, Instant now) {
        LocalDate date = command.reassessAfter();
        PlausibleDates.requireWithin("reassessAfter", "«Vurderes på nytt etter»", date);
        if (date != null && !date.isAfter(LocalDate.ofInstant(now, ZONE))) {
            throw new InvalidRequestException("«Vurderes på nytt etter» må være en dato etter i dag.");
        }
        return date;
    }

    static boolean locked(CaseState state, Instant now) {
        return !state.status().open()
                && state.closedAt() != null
                && !now.isBefore(state.closedAt().plus(REOPEN_WINDOW));
    }

    private static void requireOwnerMoves(CaseState state, CurrentUser actor) {
        if (state.owner() == null) {
            throw new Refused("Saken har ingen eier. Noen må ta eierskap før status kan endres.");
        }
        if (!state.ownedBy(actor.username())) {
            throw new ForbiddenException("Bare eieren av saken (" + state.ownerName() + ") kan endre status.");
        }
    }

    private static void requireOpen(CaseState state) {
        if (!state.status().open()) {
            throw new Refused("Saken er lukket («%s»).".formatted(CaseTexts.status(state.status())));
        }
    }

    private static void requireRole(CurrentUser actor, Role role, String message) {
        if (!actor.has(role)) {
            throw new ForbiddenException(message);
        }
    }

    /** The case changed since the client read it. */
    static class StaleVersion extends ConflictException {
        StaleVersion(int expected, int actual) {
            super("Saken er endret av noen andre (versjon %d, du så versjon %d). Last den på nytt."
                    .formatted(actual, expected));
        }
    }
}
