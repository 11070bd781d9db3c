package no.iaverk.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import no.iaverk.cases.Collaboration.MilestoneKind;
import no.iaverk.cases.Collaboration.Status;
import no.iaverk.cases.Collaborations.MilestoneChoice;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.InvalidFieldsException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a past collaboration in one go, as an import of a centre's earlier work does (and the demo, through the same
 * path): its fields with a start and planned end in the past, how it stands with its actual end, its dated milestones,
 * its plan and the activities held. Admins only; the same field rules as a collaboration created now, except that the
 * dates lie in the past. The case moves on to "assisting" when the assistance started, dated then.
 */
@Service
@Transactional
public class CollaborationHistory {

    private static final Logger log = LoggerFactory.getLogger(CollaborationHistory.class);

    private final CaseStore store;
    private final Collaborations collaborations;
    private final CollaborationRules rules;
    private final Activities activities;
    private final CaseHistory caseHistory;

    CollaborationHistory(
            CaseStore store,
            Collaborations collaborations,
            CollaborationRules rules,
            Activities activities,
            CaseHistory caseHistory) {
        this.store = store;
        this.collaborations = collaborations;
        this.rules = rules;
        this.activities = activities;
        this.caseHistory = caseHistory;
    }

    /**
     * Records the collaboration in an open case that is mapped or assisted (a case recorded with {@link
     * CaseHistory#open}); all or nothing. Field errors name {@code collaboration.<field>}, {@code status}, {@code
     * endedOn}, {@code milestones.<kind>}, {@code plan.<service>} and {@code activities[i].<field>}.
     */
    public Collaboration record(long caseId, HistoricalCollaboration history, CurrentUser user) {
        CaseHistory.requireAdmin(user);
        CaseState state = store.state(caseId, true);
        if (!state.status().open() || !Collaborations.acceptsNew(state.status())) {
            throw new Refused("Historikk for samarbeid registreres i en åpen sak som kartlegges eller får bistand."
                    + " Saken er «%s».".formatted(CaseTexts.status(state.status())));
        }
        validate(caseId, history, state);
        NewCollaboration fields = history.collaboration();
        long id = collaborations.insert(caseId, fields, user);
        for (MilestoneChoice milestone : milestones(history)) {
            collaborations.upsertMilestone(id, milestone.kind(), milestone.date(), milestone.notRelevant());
        }
        if (!list(history.plan()).isEmpty()) {
            collaborations.writePlan(id, null, list(history.plan()));
        }
        for (NewActivity activity : list(history.activities())) {
            activities.insert(caseId, activity.in(id), user);
        }
        if (history.status() != Status.ACTIVE) {
            collaborations.end(id, history.status(), caseHistory.at(history.endedOn()));
        }
        if (state.status() == CaseStatus.MAPPING) {
            caseHistory.apply(
                    caseId, state, CaseCommand.of(CaseEventType.TO_ASSISTING, 0), user, assistanceStarted(history));
        }
        log.info("History: collaboration {} recorded in case {} ({})", id, caseId, history.status());
        return collaborations.get(caseId, id);
    }

    private void validate(long caseId, HistoricalCollaboration history, CaseState state) {
        LocalDate today = caseHistory.today();
        var errors = new InvalidFieldsException.Collector();
        NewCollaboration fields = history.collaboration();
        if (fields == null) {
            errors.check(false, "collaboration", "Samarbeidet mangler.");
            errors.throwIfAny();
            return;
        }
        rules.check(
                errors,
                fields,
                CollaborationRules.Purpose.HISTORY,
                store.header(caseId).orgNumber(),
                "collaboration.");
        CaseHistory.checkNotBefore(errors, "collaboration.startDate", fields.startDate(), state);
        Status status = history.status();
        LocalDate ended = history.endedOn();
        errors.check(status != null, "status", "Oppgi status: ACTIVE, COMPLETED eller CANCELLED.")
                .check(
                        status != Status.ACTIVE || ended == null,
                        "endedOn",
                        "Et aktivt samarbeid har ingen faktisk sluttdato.")
                .check(
                        status == null || status == Status.ACTIVE || ended != null,
                        "endedOn",
                        "Et fullført eller avbrutt samarbeid må ha en faktisk sluttdato.");
        CaseHistory.checkPast(errors, "endedOn", "Faktisk sluttdato", ended, today);
        errors.check(
                ended == null || fields.startDate() == null || !ended.isBefore(fields.startDate()),
                "endedOn",
                "Faktisk sluttdato kan ikke være før startdatoen.");
        LocalDate latest = ended != null ? ended : today;
        boolean rowsComplete = list(history.milestones()).stream().allMatch(m -> m != null && m.kind() != null)
                && list(history.activities()).stream().allMatch(Objects::nonNull)
                && list(history.plan()).stream().allMatch(Objects::nonNull);
        if (!rowsComplete) {
            // The rows' own checks need them whole.
            errors.check(false, "rows", "Tomme rader, eller milepæler uten type (kind).");
            errors.throwIfAny();
        }
        for (MilestoneChoice milestone : milestones(history)) {
            String field = "milestones." + milestone.kind();
            CollaborationRules.checkMilestone(errors, milestone);
            CaseHistory.checkNotBefore(errors, field, milestone.date(), state);
            errors.check(
                    milestone.date() == null || !milestone.date().isAfter(latest),
                    field,
                    "Milepælen kan ikke være etter %s.".formatted(ended != null ? "sluttdatoen" : "i dag"));
        }
        rules.checkPlan(errors, null, list(history.plan()));
        List<NewActivity> held = list(history.activities());
        for (int i = 0; i < held.size(); i++) {
            NewActivity activity = held.get(i);
            String prefix = "activities[%d].".formatted(i);
            activities.check(errors, caseId, activity, prefix);
            errors.check(
                    activity.status() != Activity.Status.PLANNED,
                    prefix + "status",
                    "Aktiviteter i historikk er gjennomført (DONE) eller avlyst (CANCELLED).");
            LocalDateTime startsAt = activity.startsAt();
            CaseHistory.checkNotBefore(
                    errors, prefix + "startsAt", startsAt == null ? null : startsAt.toLocalDate(), state);
            errors.check(
                    startsAt == null || !startsAt.toLocalDate().isAfter(latest),
                    prefix + "startsAt",
                    "Aktiviteten kan ikke være etter %s.".formatted(ended != null ? "sluttdatoen" : "i dag"));
        }
        errors.throwIfAny();
    }

    /** When the assistance started: the milestone when dated, else the collaboration's start (as the evaluation reads). */
    private static LocalDate assistanceStarted(HistoricalCollaboration history) {
        return milestones(history).stream()
                .filter(m -> m.kind() == MilestoneKind.ASSISTANCE_STARTED && m.date() != null)
                .map(MilestoneChoice::date)
                .findFirst()
                .orElse(history.collaboration().startDate());
    }

    private static List<MilestoneChoice> milestones(HistoricalCollaboration history) {
        return list(history.milestones()).stream()
                .map(HistoricalCollaboration.Milestone::choice)
                .toList();
    }

    private static <T> List<T> list(@Nullable List<T> items) {
        return items == null ? List.of() : items;
    }
}
