package no.iaverk.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.iaverk.cases.Collaboration.MilestoneKind;
import no.iaverk.cases.Collaboration.PlanStatus;
import no.iaverk.cases.Collaboration.Status;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.NotFoundException;
import no.iaverk.shared.PlausibleDates;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The collaborations of a case: created from mapping on, worked on by the owner and followers, completed or cancelled. */
@Service
@Transactional(readOnly = true)
public class Collaborations {

    /** The outcome of completing a collaboration: done, with what the adviser should know. */
    public record Completion(Collaboration collaboration, List<String> warnings) {}

    /** One milestone to save: a date, not relevant, or neither. */
    public record MilestoneChoice(
            MilestoneKind kind, @Nullable LocalDate date, boolean notRelevant) {}

    /** One line of a plan to save. */
    public record PlanChoice(
            String serviceCode,
            boolean included,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable PlanStatus status) {}

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final CollaborationQueries queries;
    private final CollaborationRules rules;
    private final OwningUnit owningUnit;
    private final Clock clock;

    Collaborations(
            JdbcClient jdbc,
            CaseStore store,
            CollaborationQueries queries,
            CollaborationRules rules,
            OwningUnit owningUnit,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.queries = queries;
        this.rules = rules;
        this.owningUnit = owningUnit;
        this.clock = clock;
    }

    @Transactional
    public Collaboration create(long caseId, NewCollaboration fields, CurrentUser user) {
        CaseState state = workableCase(caseId, user);
        if (!acceptsNew(state.status())) {
            throw new Refused("Samarbeid kan opprettes når saken kartlegges eller vi bistår. Saken er «%s»."
                    .formatted(CaseTexts.status(state.status())));
        }
        validate(fields, CollaborationRules.Purpose.CREATE);
        return get(caseId, insert(caseId, fields, user));
    }

    /**
     * Stores a validated collaboration as active, created now by the user; returns its id. In a case enrolled in a trial,
     * the first collaboration after the enrolment records the trial and the arm.
     */
    long insert(long caseId, NewCollaboration fields, CurrentUser user) {
        return jdbc.sql("""
                insert into collaboration (case_id, name, level, unit_org_numbers, initiated_by, service_areas,
                    start_date, planned_end_date, exit_criterion, assistance_form, goals, created_by, created_at,
                    trial_id, trial_arm)
                select :caseId, :name, :level, :units, :initiatedBy, :areas, :start, :end, :exit, :form, :goals,
                    :by, :at, t.trial_id, t.arm
                from (select 1) as one
                left join lateral (
                    select t.trial_id, t.arm from case_trial t
                    where t.case_id = :caseId
                      and not exists (select 1 from collaboration c
                                      where c.case_id = t.case_id and c.trial_id = t.trial_id)
                    order by t.enrolled_at desc limit 1) t on true
                returning id
                """)
                .params(CollaborationRules.columns(fields))
                .param("caseId", caseId)
                .param("by", user.username())
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    /** Collaborations are created while the case is mapped or assisted. */
    static boolean acceptsNew(CaseStatus status) {
        return status == CaseStatus.MAPPING || status == CaseStatus.ASSISTING;
    }

    /** Changes an active collaboration's fields; what is not given keeps its value. */
    @Transactional
    public Collaboration update(long caseId, long id, NewCollaboration changes, CurrentUser user) {
        Collaboration current = active(caseId, id, user);
        var merged = new NewCollaboration(
                changes.name() != null ? changes.name() : current.name(),
                changes.level() != null ? changes.level() : current.level(),
                changes.unitOrgNumbers() != null ? changes.unitOrgNumbers() : current.unitOrgNumbers(),
                changes.initiatedBy() != null ? changes.initiatedBy() : current.initiatedBy(),
                changes.serviceAreas() != null ? changes.serviceAreas() : current.serviceAreas(),
                changes.startDate() != null ? changes.startDate() : current.startDate(),
                changes.plannedEndDate() != null ? changes.plannedEndDate() : current.plannedEndDate(),
                changes.exitCriterion() != null ? changes.exitCriterion() : current.exitCriterion(),
                changes.assistanceForm() != null ? changes.assistanceForm() : current.assistanceForm(),
                changes.goals() != null ? changes.goals() : current.goals());
        validate(merged, CollaborationRules.Purpose.UPDATE);
        jdbc.sql("""
                update collaboration set name = :name, level = :level, unit_org_numbers = :units,
                    initiated_by = :initiatedBy, service_areas = :areas, start_date = :start, planned_end_date = :end,
                    exit_criterion = :exit, assistance_form = :form, goals = :goals
                where id = :id
                """).params(CollaborationRules.columns(merged)).param("id", id).update();
        return get(caseId, id);
    }

    /**
     * Saves several milestones at once (the page's one form): all or none. Errors name each milestone's field as
     * {@code milestones.<kind>}; only milestones that changed are written.
     */
    @Transactional
    public Collaboration setMilestones(long caseId, long id, List<MilestoneChoice> choices, CurrentUser user) {
        Collaboration current = active(caseId, id, user);
        var errors = new InvalidFieldsException.Collector();
        for (MilestoneChoice choice : choices) {
            CollaborationRules.checkMilestone(errors, choice);
        }
        errors.throwIfAny();
        for (MilestoneChoice choice : choices) {
            var now = new Collaboration.Milestone(choice.kind(), choice.date(), choice.notRelevant());
            if (!current.milestones().contains(now)) {
                upsertMilestone(id, choice.kind(), choice.date(), choice.notRelevant());
            }
        }
        return get(caseId, id);
    }

    @Transactional
    public Collaboration setMilestone(
            long caseId, long id, MilestoneKind kind, @Nullable LocalDate date, boolean notRelevant, CurrentUser user) {
        active(caseId, id, user);
        PlausibleDates.requireWithin("date", "Datoen for milepælen", date);
        if (date != null && notRelevant) {
            throw new InvalidFieldsException(Map.of("date", "En milepæl har enten en dato eller er ikke relevant."));
        }
        upsertMilestone(id, kind, date, notRelevant);
        return get(caseId, id);
    }

    void upsertMilestone(long id, MilestoneKind kind, @Nullable LocalDate date, boolean notRelevant) {
        jdbc.sql("""
                insert into collaboration_milestone (collaboration_id, kind, date, not_relevant)
                values (:id, :kind, :date, :notRelevant)
                on conflict (collaboration_id, kind) do update set date = excluded.date,
                    not_relevant = excluded.not_relevant
                """)
                .param("id", id)
                .param("kind", kind.name())
                .param("date", date)
                .param("notRelevant", notRelevant)
                .update();
    }

    /** Saves the plan: the goals, and for each service of the catalogue whether it is included, when and how far. */
    @Transactional
    public Collaboration savePlan(
            long caseId, long id, @Nullable String goals, List<PlanChoice> choices, CurrentUser user) {
        active(caseId, id, user);
        var errors = new InvalidFieldsException.Collector();
        rules.checkPlan(errors, goals, choices);
        errors.throwIfAny();
        writePlan(id, goals, choices);
        return get(caseId, id);
    }

    /** Writes validated plan rows (and the goals, when given) of a collaboration. */
    void writePlan(long id, @Nullable String goals, List<PlanChoice> choices) {
        for (PlanChoice choice : choices) {
            jdbc.sql("""
                    insert into plan_item (collaboration_id, service_code, included, start_date, end_date, status)
                    values (:id, :code, :included, :start, :end, :status)
                    on conflict (collaboration_id, service_code) do update set included = excluded.included,
                        start_date = excluded.start_date, end_date = excluded.end_date, status = excluded.status
                    """)
                    .param("id", id)
                    .param("code", choice.serviceCode())
                    .param("included", choice.included())
                    .param("start", choice.startDate())
                    .param("end", choice.endDate())
                    .param("status", (choice.status() == null ? PlanStatus.PLANNED : choice.status()).name())
                    .update();
        }
        if (goals != null) {
            jdbc.sql("update collaboration set goals = :goals where id = :id")
                    .param("goals", goals.isBlank() ? null : goals.trim())
                    .param("id", id)
                    .update();
        }
    }

    /** Completes a collaboration: refused without a plan, warned without an evaluation. */
    @Transactional
    public Completion complete(long caseId, long id, CurrentUser user) {
        Collaboration collaboration = active(caseId, id, user);
        if (!collaboration.hasPlan()) {
            throw new Refused("Samarbeidet kan ikke fullføres uten en plan. Ta med minst ett tema i planen først.");
        }
        List<String> warnings = collaboration.evaluated()
                ? List.of()
                : List.of(
                        "Samarbeidet er fullført uten evaluering. Registrer datoen for evalueringen når den er gjort.");
        end(id, Status.COMPLETED, clock.instant());
        return new Completion(get(caseId, id), warnings);
    }

    @Transactional
    public Collaboration cancel(long caseId, long id, CurrentUser user) {
        active(caseId, id, user);
        end(id, Status.CANCELLED, clock.instant());
        return get(caseId, id);
    }

    public Collaboration get(long caseId, long id) {
        return forCase(caseId).stream()
                .filter(collaboration -> collaboration.id() == id)
                .findFirst()
                .orElseThrow(() -> new CollaborationNotFound(caseId, id));
    }

    public List<Collaboration> forCase(long caseId) {
        return queries.forCase(caseId);
    }

    CaseLifecycle.Collaborations tally(long caseId) {
        return jdbc.sql("""
                select count(*) filter (where status = 'ACTIVE') as active,
                       count(*) filter (where status = 'COMPLETED') as completed
                from collaboration where case_id = :caseId
                """)
                .param("caseId", caseId)
                .query((rs, row) -> new CaseLifecycle.Collaborations(rs.getInt("active"), rs.getInt("completed")))
                .single();
    }

    /** Ends the collaboration at {@code at}: now when an adviser ends it, the recorded end for history. */
    void end(long id, Status status, Instant at) {
        jdbc.sql("update collaboration set status = :status, ended_at = :at where id = :id")
                .param("status", status.name())
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /** The collaboration, when the user may change it: the plan editor's rule, shared by the plan's knowledge. */
    Collaboration active(long caseId, long id, CurrentUser user) {
        workableCase(caseId, user);
        Collaboration collaboration = get(caseId, id);
        if (!collaboration.active()) {
            throw new Refused("Samarbeidet er avsluttet og kan ikke endres.");
        }
        return collaboration;
    }

    /**
     * An open case of the user's unit that the user owns or follows; the case row is locked against concurrent
     * lifecycle changes.
     */
    private CaseState workableCase(long caseId, CurrentUser user) {
        CaseState state = store.state(caseId, true);
        CaseWork.require(state, user, owningUnit);
        return state;
    }

    private void validate(NewCollaboration fields, CollaborationRules.Purpose purpose) {
        var errors = new InvalidFieldsException.Collector();
        rules.check(errors, fields, purpose, null, "");
        errors.throwIfAny();
    }

    static class CollaborationNotFound extends NotFoundException {
        CollaborationNotFound(long caseId, long id) {
            super("Fant ikke samarbeid %d i sak %d.".formatted(id, caseId));
        }
    }
}
