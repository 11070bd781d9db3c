package no.iaverk.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.cases.Collaborations.PlanChoice;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.OrgNumber;
import no.iaverk.shared.PlausibleDates;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The field rules of a collaboration and its plan, for every way one is written: created now, changed, or recorded
 * afterwards as history. Errors are collected per field, so a form or an import shows every problem at once.
 */
@Component
class CollaborationRules {

    /** Which rules apply: a new collaboration plans ahead; history lies in the past and belongs to its enterprise. */
    enum Purpose {
        CREATE,
        UPDATE,
        HISTORY
    }

    private final JdbcClient jdbc;
    private final CollaborationQueries queries;
    private final Clock clock;

    CollaborationRules(JdbcClient jdbc, CollaborationQueries queries, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.clock = clock;
    }

    /** Norway's date today, which "in the past" and "in the future" are counted from. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(CaseLifecycle.ZONE));
    }

    /**
     * Checks the fields into {@code errors}. For history the units must be the case's enterprise {@code caseOrgNumber}
     * or its sub-units, and the start cannot lie ahead.
     */
    void check(
            InvalidFieldsException.Collector errors,
            NewCollaboration fields,
            Purpose purpose,
            @Nullable String caseOrgNumber,
            String prefix) {
        LocalDate today = today();
        errors.check(fields.name() != null && !fields.name().isBlank(), prefix + "name", "Samarbeidet må ha et navn.")
                .check(
                        fields.name() == null || fields.name().length() <= 200,
                        prefix + "name",
                        "Navnet kan ha høyst 200 tegn.")
                .check(fields.level() != null, prefix + "level", "Velg nivå: toppnivå eller enhet.")
                .check(fields.initiatedBy() != null, prefix + "initiatedBy", "Velg hvem som tok initiativet.")
                .check(
                        fields.serviceAreas() != null && !fields.serviceAreas().isEmpty(),
                        prefix + "serviceAreas",
                        "Velg minst ett tjenesteområde.")
                .check(fields.startDate() != null, prefix + "startDate", "Startdato mangler.")
                .check(
                        PlausibleDates.plausible(fields.startDate()),
                        prefix + "startDate",
                        PlausibleDates.message("Startdatoen"))
                .check(
                        purpose != Purpose.HISTORY
                                || fields.startDate() == null
                                || !fields.startDate().isAfter(today),
                        prefix + "startDate",
                        "Startdatoen i historikk kan ikke ligge fram i tid.")
                .check(
                        PlausibleDates.plausible(fields.plannedEndDate()),
                        prefix + "plannedEndDate",
                        PlausibleDates.message("Planlagt sluttdato"))
                .check(
                        fields.plannedEndDate() != null,
                        prefix + "plannedEndDate",
                        "Planlagt sluttdato mangler. Bistanden er tidsavgrenset.")
                .check(
                        fields.startDate() == null
                                || fields.plannedEndDate() == null
                                || !fields.plannedEndDate().isBefore(fields.startDate()),
                        prefix + "plannedEndDate",
                        "Planlagt sluttdato kan ikke være før startdatoen.")
                .check(
                        purpose != Purpose.CREATE
                                || fields.plannedEndDate() == null
                                || !fields.plannedEndDate().isBefore(today),
                        prefix + "plannedEndDate",
                        "Planlagt sluttdato kan ikke ligge i fortiden.")
                .check(
                        fields.exitCriterion() == null || fields.exitCriterion().length() <= 2000,
                        prefix + "exitCriterion",
                        "Exit-kriteriet kan ha høyst 2000 tegn.");
        if (fields.unitOrgNumbers() != null) {
            checkUnits(errors, fields.unitOrgNumbers(), purpose == Purpose.HISTORY ? caseOrgNumber : null, prefix);
        }
    }

    /** Each unit is a valid, known org. number; with {@code enterprise}, it is that enterprise or one of its sub-units. */
    private void checkUnits(
            InvalidFieldsException.Collector errors, List<String> units, @Nullable String enterprise, String prefix) {
        for (String org : units) {
            errors.check(
                    OrgNumber.isValid(org),
                    prefix + "unitOrgNumbers",
                    "Ugyldig organisasjonsnummer «%s».".formatted(org));
        }
        List<String> valid = units.stream().filter(OrgNumber::isValid).toList();
        if (valid.isEmpty()) {
            return;
        }
        // Each known unit with its legal unit; a legal unit itself has none ("").
        Map<String, String> parents = new HashMap<>();
        jdbc.sql("select org_number, coalesce(parent_org_number, '') as parent from register_enterprise"
                        + " where org_number in (:orgs)")
                .param("orgs", valid)
                .query(rs -> {
                    parents.put(
                            rs.getString("org_number").trim(),
                            rs.getString("parent").trim());
                });
        for (String org : valid) {
            errors.check(
                    parents.containsKey(org),
                    prefix + "unitOrgNumbers",
                    "Fant ingen enhet med organisasjonsnummer %s.".formatted(org));
            errors.check(
                    enterprise == null
                            || !parents.containsKey(org)
                            || org.equals(enterprise)
                            || parents.get(org).equals(enterprise),
                    prefix + "unitOrgNumbers",
                    "Enheten %s hører ikke til virksomheten %s.".formatted(org, enterprise));
        }
    }

    /** The plan's rows and goals: each field of each row has its own key, so a form can mark the very field. */
    void checkPlan(InvalidFieldsException.Collector errors, @Nullable String goals, List<PlanChoice> choices) {
        for (PlanChoice choice : choices) {
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
    }

    /** A milestone has a plausible date, or is not relevant, or neither; the field is {@code milestones.<kind>}. */
    static void checkMilestone(InvalidFieldsException.Collector errors, Collaborations.MilestoneChoice choice) {
        String field = "milestones." + choice.kind();
        PlausibleDates.check(errors, field, "Datoen", choice.date());
        errors.check(
                choice.date() == null || !choice.notRelevant(),
                field,
                "En milepæl har enten en dato eller er ikke relevant.");
    }

    /** The collaboration's columns as the insert and update statements name them. */
    static Map<String, Object> columns(NewCollaboration fields) {
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

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
