package no.iaverk.employer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.iaverk.cases.Cases;
import no.iaverk.cases.Collaborations;
import no.iaverk.employer.internal.DocumentStore;
import no.iaverk.employer.internal.EmployerStatisticsQueries;
import no.iaverk.employer.internal.GoalMeasure;
import no.iaverk.employer.internal.GoalStore;
import no.iaverk.employer.internal.GoalStore.GoalRow;
import no.iaverk.employer.internal.Series;
import no.iaverk.employer.internal.UnitQuarter;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.MessageBundle;
import no.iaverk.shared.OrgNumber;
import no.iaverk.shared.Quarter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The enterprise's own goals (docs/employer-goals.md): a target percent for sick leave, short-term or long-term leave
 * in a year, per legal unit or sub-unit. A goal's value is the year-to-date percent of the published quarters of its
 * year; a legal unit's is the sum of its visible sub-units, as in {@link EmployerStatistics}. The status of each
 * quarter is stored when the goal is set and when a quarter is published, each goal in a short transaction of its own.
 * Takes explicit org. numbers: whether the caller may see them is the controller's question ({@link EmployerScope}).
 */
@Service
public class Goals {

    private static final Logger log = LoggerFactory.getLogger(Goals.class);
    private static final MessageSourceAccessor TEXTS = MessageBundle.of("templates/employer/messages");
    static final int DESCRIPTION_LENGTH = 200;
    static final int FIRST_YEAR = 2000;
    static final int YEARS_AHEAD = 5;
    static final BigDecimal MAX_TOLERANCE = BigDecimal.TEN;

    private final GoalStore store;
    private final EmployerStatisticsQueries statistics;
    private final DocumentStore documents;
    private final Cases cases;
    private final Collaborations collaborations;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Goals(
            GoalStore store,
            EmployerStatisticsQueries statistics,
            DocumentStore documents,
            Cases cases,
            Collaborations collaborations,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.statistics = statistics;
        this.documents = documents;
        this.cases = cases;
        this.collaborations = collaborations;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        // Also when called after a publication's commit, where a joined transaction would be the finished one.
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The enterprise's own goals, not those of its sub-units. */
    public List<Goal> forEnterprise(OrgNumber orgNumber) {
        return goals(store.active(List.of(orgNumber.value())));
    }

    /** A legal unit's goals followed by its sub-units'; for a sub-unit, its own. */
    public List<Goal> withSubUnits(OrgNumber orgNumber) {
        Set<String> orgs = new LinkedHashSet<>();
        orgs.add(orgNumber.value());
        statistics.subUnits(orgNumber.value()).forEach(unit -> orgs.add(unit.orgNumber()));
        List<GoalRow> rows = new ArrayList<>();
        for (String org : orgs) {
            rows.addAll(store.active(List.of(org)));
        }
        return goals(rows);
    }

    /** For the adviser: the goals of the case's legal unit and its sub-units (404 for an unknown collaboration). */
    public List<Goal> forCollaboration(long caseId, long collaborationId) {
        collaborations.get(caseId, collaborationId);
        String legalUnit = documents.legalUnitOf(cases.get(caseId).orgNumber());
        return withSubUnits(OrgNumber.of(legalUnit));
    }

    /** Sets a goal and stores its status as of each published quarter of its year so far. */
    public Goal create(OrgNumber orgNumber, NewGoal goal, String person) {
        GoalMetric metric = validate(goal);
        Instant now = clock.instant();
        long id = transaction.execute(status -> store.insert(
                orgNumber.value(),
                goal.description().strip(),
                metric,
                goal.target(),
                tolerance(goal),
                goal.year(),
                person,
                now));
        GoalRow row = store.active(id).orElseThrow();
        for (Quarter quarter : store.publishedQuarters(row.year())) {
            evaluate(row, quarter);
        }
        return goals(List.of(row)).get(0);
    }

    /** Marks the enterprise's goal removed; its row and history stay. 404 for another enterprise's goal. */
    public void remove(OrgNumber orgNumber, long id, String person) {
        GoalRow row = store.active(id)
                .filter(goal -> goal.orgNumber().equals(orgNumber.value()))
                .orElseThrow(() -> new GoalNotFound(id));
        transaction.executeWithoutResult(status -> store.remove(row.id(), person, clock.instant()));
    }

    /**
     * A quarter was published (again): the goals of its year get their status as of it, overwriting an earlier
     * evaluation of the same quarter. One transaction per goal, so none waits on another.
     */
    public int evaluate(Quarter published) {
        int evaluated = 0;
        for (GoalRow goal : store.activeOfYear(published.year())) {
            try {
                evaluate(goal, published);
                evaluated++;
            } catch (RuntimeException e) {
                log.error("Could not evaluate goal {} for {}", goal.id(), published, e);
            }
        }
        return evaluated;
    }

    private void evaluate(GoalRow goal, Quarter quarter) {
        transaction.executeWithoutResult(status -> {
            GoalMeasure measure = measure(goal, quarter, new HashMap<>());
            store.saveStatus(
                    goal.id(),
                    measure,
                    GoalStatus.of(measure.value(), goal.target(), goal.tolerance()),
                    clock.instant());
        });
    }

    /** The goals with their status now (as of the latest published quarter of their year) and their history. */
    private List<Goal> goals(List<GoalRow> rows) {
        Map<Long, List<Goal.Evaluation>> history =
                store.history(rows.stream().map(GoalRow::id).toList());
        Map<String, UnitRows> rowsByUnit = new HashMap<>();
        Map<Integer, List<Quarter>> publishedByYear = new HashMap<>();
        List<Goal> goals = new ArrayList<>();
        for (GoalRow row : rows) {
            List<Quarter> published = publishedByYear.computeIfAbsent(row.year(), store::publishedQuarters);
            GoalMeasure measure =
                    published.isEmpty() ? null : measure(row, published.get(published.size() - 1), rowsByUnit);
            String name = statistics
                    .unit(row.orgNumber())
                    .map(EmployerStatisticsQueries.Unit::name)
                    .orElse(null);
            goals.add(new Goal(
                    row.id(),
                    row.orgNumber(),
                    name,
                    row.description(),
                    row.metric(),
                    row.target(),
                    row.tolerance(),
                    row.year(),
                    measure == null ? GoalStatus.NONE : GoalStatus.of(measure.value(), row.target(), row.tolerance()),
                    measure == null ? null : Series.display(measure.value()),
                    measure == null ? GoalStatus.Reason.NOT_PUBLISHED : measure.reason(),
                    measure == null ? null : measure.asOf(),
                    measure == null ? 0 : measure.maskedSubUnits(),
                    history.getOrDefault(row.id(), List.of()).stream()
                            .map(e -> new Goal.Evaluation(
                                    e.quarter(),
                                    Series.display(e.value()),
                                    e.status(),
                                    e.reason(),
                                    e.maskedSubUnits(),
                                    e.evaluatedAt()))
                            .toList(),
                    row.createdBy(),
                    row.createdAt()));
        }
        return goals;
    }

    /** An enterprise's rows as of a quarter, and for a legal unit how many sub-units its year leaves out. */
    private record UnitRows(List<UnitQuarter> rows, int maskedSubUnits) {}

    /** The goal's year-to-date value as of {@code asOf}; the rows are read once per enterprise and quarter. */
    private GoalMeasure measure(GoalRow goal, Quarter asOf, Map<String, UnitRows> cache) {
        UnitRows unitRows = cache.computeIfAbsent(goal.orgNumber() + "@" + asOf, key -> rows(goal.orgNumber(), asOf));
        return GoalMeasure.of(goal.metric(), asOf, unitRows.rows(), unitRows.maskedSubUnits());
    }

    /**
     * A legal unit with sub-units is their per-quarter sum with the masked ones left out and counted (the same rule as
     * the statistics page); anything else is its own rows.
     */
    private UnitRows rows(String orgNumber, Quarter asOf) {
        var unit = statistics.unit(orgNumber);
        List<EmployerStatisticsQueries.Unit> subUnits =
                unit.isEmpty() || unit.get().subUnit() ? List.of() : statistics.subUnits(orgNumber);
        if (subUnits.isEmpty()) {
            return new UnitRows(statistics.enterprises(List.of(orgNumber), asOf).get(orgNumber), 0);
        }
        var bySubUnit = statistics.enterprises(
                subUnits.stream().map(EmployerStatisticsQueries.Unit::orgNumber).toList(), asOf);
        int masked = (int) bySubUnit.values().stream()
                .filter(quarters ->
                        quarters.stream().anyMatch(row -> row.quarter().year() == asOf.year() && !row.visible()))
                .count();
        return new UnitRows(EmployerStatistics.legalUnitSum(bySubUnit), masked);
    }

    private static BigDecimal tolerance(NewGoal goal) {
        return goal.tolerance() == null ? BigDecimal.ZERO : goal.tolerance();
    }

    /** Nothing, or 400 naming every wrong field in Norwegian; what {@link #create} checks first. */
    public void check(NewGoal goal) {
        validate(goal);
    }

    /** Every wrong field at once, each named in Norwegian. */
    private GoalMetric validate(NewGoal goal) {
        int lastYear = Year.now(clock).getValue() + YEARS_AHEAD;
        var metric = GoalMetric.parse(goal.metric());
        new InvalidFieldsException.Collector()
                .check(
                        goal.description() != null && !goal.description().isBlank(),
                        "description",
                        TEXTS.getMessage("goal.error.descriptionMissing"))
                .check(
                        goal.description() == null || goal.description().strip().length() <= DESCRIPTION_LENGTH,
                        "description",
                        TEXTS.getMessage("goal.error.descriptionLength", new Object[] {DESCRIPTION_LENGTH}))
                .check(metric.isPresent(), "metric", TEXTS.getMessage("goal.error.metric"))
                .check(
                        goal.target() != null
                                && goal.target().signum() >= 0
                                && goal.target().compareTo(BigDecimal.valueOf(100)) <= 0
                                && goal.target().stripTrailingZeros().scale() <= 2,
                        "target",
                        TEXTS.getMessage("goal.error.target"))
                .check(
                        goal.tolerance() == null
                                || (goal.tolerance().signum() >= 0
                                        && goal.tolerance().compareTo(MAX_TOLERANCE) <= 0
                                        && goal.tolerance().stripTrailingZeros().scale() <= 2),
                        "tolerance",
                        TEXTS.getMessage("goal.error.tolerance", new Object[] {MAX_TOLERANCE}))
                .check(
                        goal.year() != null && goal.year() >= FIRST_YEAR && goal.year() <= lastYear,
                        "year",
                        TEXTS.getMessage(
                                "goal.error.year", new Object[] {String.valueOf(FIRST_YEAR), String.valueOf(lastYear)}))
                .throwIfAny();
        return metric.orElseThrow();
    }
}
