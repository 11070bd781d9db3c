package no.iaverk.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.cases.Collaboration.MilestoneKind;
import no.iaverk.cases.Collaboration.PlanStatus;
import no.iaverk.cases.Collaboration.Status;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.NotFoundException;
import no.iaverk.shared.OrgNumber;
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
    private final OwningUnit owningUnit;
    private final Clock clock;

    Collaborations(JdbcClient jdbc, CaseStore store, CollaborationQueries queries, OwningUnit owningUnit, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.queries = queries;
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
        validate(fields, true);
        long id = jdbc.sql("""
                insert into collaboration (case_id, name, level, unit_org_numbers, initiated_by, service_areas,
                    start_date, planned_end_date, exit_criterion, assistance_form, goals, created_by, created_at)
                values (:caseId, :name, :level, :units, :initiatedBy, :areas, :start, :end, :exit, :form, :goals,
                    :by, :at)
                returning id
                """)
                .params(columns(fields))
                .param("caseId", caseId)
                .param("by", user.username())
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        return get(caseId, id);
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
        validate(merged, false);
        jdbc.sql("""
                update collaboration set name = :name, level = :level, unit_org_numbers = :units,
                    initiated_by = :initiatedBy, service_areas = :areas, start_date = :start, planned_end_date = :end,
                    exit_criterion = :exit, assistance_form = :form, goals = :goals
                where id = :id
                """).params(columns(merged)).param("id", id).update();
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
            String field = "milestones." + choice.kind();
            PlausibleDates.check(errors, field, "Datoen", choice.date());
            errors.check(
                    choice.date() == null || !choice.notRelevant(),
                    field,
                    "En milepæl har enten en dato eller er ikke relevant.");
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

    private void upsertMilestone(long id, MilestoneKind kind, @Nullable LocalDate date, boolean notRelevant) {
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
        for (PlanChoice choice : choices) {
            // Each field of each row has its own key, so a form can mark the very field that is wrong.
            String row = "plan." + choice.serviceCode();
            errors.check(
                    queries.serviceExists(choice.serviceCode()),
                    row,
                    "Ukjent tjeneste «%s».".formatted(choice.serviceCode()));
            PlausibleDates.check(errors, row + ".startDate", "Startdatoen", choice.startDate());
            PlausibleDates.check(errors, row + ".endDate", "Sluttdatoen", choice.endDate());
            errors.check(
                    choice.startDate() == null
                            || choice.endDate() == null
                            || !choice.endDate().isBefore(choice.startDate()),
                    row + ".endDate",
                    "Sluttdatoen kan ikke være før startdatoen.");
        }
        errors.check(goals == null || goals.length() <= 4000, "goals", "Målene kan være på høyst 4000 tegn.");
        errors.throwIfAny();
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
        return get(caseId, id);
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
        end(id, Status.COMPLETED);
        return new Completion(get(caseId, id), warnings);
    }

    @Transactional
    public Collaboration cancel(long caseId, long id, CurrentUser user) {
        active(caseId, id, user);
        end(id, Status.CANCELLED);
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

    private void end(long id, Status status) {
        jdbc.sql("update collaboration set status = :status, ended_at = :at where id = :id")
                .param("status", status.name())
                .param("at", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
    }

    private Collaboration active(long caseId, long id, CurrentUser user) {
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

    private void validate(NewCollaboration fields, boolean creating) {
        var errors = new InvalidFieldsException.Collector()
                .check(fields.name() != null && !fields.name().isBlank(), "name", "Samarbeidet må ha et navn.")
                .check(fields.name() == null || fields.name().length() <= 200, "name", "Navnet kan ha høyst 200 tegn.")
                .check(fields.level() != null, "level", "Velg nivå: toppnivå eller enhet.")
                .check(fields.initiatedBy() != null, "initiatedBy", "Velg hvem som tok initiativet.")
                .check(
                        fields.serviceAreas() != null && !fields.serviceAreas().isEmpty(),
                        "serviceAreas",
                        "Velg minst ett tjenesteområde.")
                .check(fields.startDate() != null, "startDate", "Startdato mangler.")
                .check(PlausibleDates.plausible(fields.startDate()), "startDate", PlausibleDates.message("Startdatoen"))
                .check(
                        PlausibleDates.plausible(fields.plannedEndDate()),
                        "plannedEndDate",
                        PlausibleDates.message("Planlagt sluttdato"))
                .check(
                        fields.plannedEndDate() != null,
                        "plannedEndDate",
                        "Planlagt sluttdato mangler. Bistanden er tidsavgrenset.")
                .check(
                        fields.startDate() == null
                                || fields.plannedEndDate() == null
                                || !fields.plannedEndDate().isBefore(fields.startDate()),
                        "plannedEndDate",
                        "Planlagt sluttdato kan ikke være før startdatoen.")
                .check(
                        !creating
                                || fields.plannedEndDate() == null
                                || !fields.plannedEndDate().isBefore(LocalDate.now(clock.withZone(CaseLifecycle.ZONE))),
                        "plannedEndDate",
                        "Planlagt sluttdato kan ikke ligge i fortiden.")
                .check(
                        fields.exitCriterion() == null || fields.exitCriterion().length() <= 2000,
                        "exitCriterion",
                        "Exit-kriteriet kan ha høyst 2000 tegn.");
        if (fields.unitOrgNumbers() != null) {
            for (String org : fields.unitOrgNumbers()) {
                errors.check(
                        OrgNumber.isValid(org), "unitOrgNumbers", "Ugyldig organisasjonsnummer «%s».".formatted(org));
            }
            List<String> valid =
                    fields.unitOrgNumbers().stream().filter(OrgNumber::isValid).toList();
            List<String> known = valid.isEmpty()
                    ? List.of()
                    : jdbc.sql("select org_number from register_enterprise where org_number in (:orgs)")
                            .param("orgs", valid)
                            .query(String.class)
                            .list();
            for (String org : valid) {
                errors.check(
                        known.contains(org),
                        "unitOrgNumbers",
                        "Fant ingen enhet med organisasjonsnummer %s.".formatted(org));
            }
        }
        errors.throwIfAny();
    }

    private static Map<String, Object> columns(NewCollaboration fields) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("name", fields.name().trim());
        columns.put("level", fields.level().name());
        columns.put(
                "units",
                fields.unitOrgNumbers() == null
                        ? new String[0]
                        : fields.unitOrgNumbers().stream().distinct().toArray(String[]::new));
        columns.put("initiatedBy", fields.initiatedBy().name());
        columns.put(
                "areas",
                fields.serviceAreas().stream().distinct().map(Enum::name).toArray(String[]::new));
        columns.put("start", fields.startDate());
        columns.put("end", fields.plannedEndDate());
        columns.put("exit", blankToNull(fields.exitCriterion()));
        columns.put(
                "form",
                fields.assistanceForm() == null ? null : fields.assistanceForm().name());
        columns.put("goals", blankToNull(fields.goals()));
        return columns;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static class CollaborationNotFound extends NotFoundException {
        CollaborationNotFound(long caseId, long id) {
            super("Fant ikke samarbeid %d i sak %d.".formatted(id, caseId));
        }
    }
}
