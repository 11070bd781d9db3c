package no.iaverk.prioritization.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.iaverk.prioritization.Condition;
import no.iaverk.prioritization.PriorityFilter;
import no.iaverk.prioritization.RuleSet;
import org.jspecify.annotations.Nullable;

/**
 * The FROM, WHERE and ORDER BY of a call list over {@code priority_candidate c}, with the cases' read model
 * {@code case_enterprise k} (open case, owner, last change and contact per enterprise) where needed, with named
 * parameters. Comparisons with a
 * masked (null) sick-leave figure are never true in SQL, so a sick-leave condition leaves masked enterprises out by
 * itself; sorting puts nulls last in both directions.
 */
public final class PriorityQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final String orderBy;
    private final boolean joinsCases;

    public PriorityQuery(PriorityFilter filter, @Nullable RuleSet ruleSet) {
        if (filter.counties().size() == 1) {
            equal("c.county_number", "county", filter.counties().get(0));
        } else if (!filter.counties().isEmpty()) {
            conditions.add("c.county_number in (:counties)");
            parameters.put("counties", filter.counties());
        }
        equal("c.municipality_number", "municipality", filter.municipality());
        equal("c.industry", "industry", filter.industry());
        equal("c.nace_code", "naceCode", filter.naceCode());
        equal("c.industry_programme", "programme", filter.industryProgramme());
        equal("c.sector", "sector", filter.sector());
        compare("c.employees", ">=", "minEmployees", filter.minEmployees());
        compare("c.employees", "<=", "maxEmployees", filter.maxEmployees());
        compare("c.percent", ">=", "minPercent", filter.minPercent());
        compare("c.percent", "<=", "maxPercent", filter.maxPercent());
        if (filter.benchmark() == PriorityFilter.Benchmark.ABOVE) {
            conditions.add("c.percent > c.benchmark_percent");
        } else if (filter.benchmark() == PriorityFilter.Benchmark.AT_OR_BELOW) {
            conditions.add("c.percent <= c.benchmark_percent");
        }
        if (filter.risingTrend()) {
            conditions.add("c.trend > 0");
        }
        if (ruleSet != null) {
            conditions.add(ruleSql(ruleSet));
        }
        if ("NONE".equals(filter.caseStatus())) {
            conditions.add("not " + caseWhere("k.status is not null"));
        } else if (filter.caseStatus() != null) {
            conditions.add(caseWhere("k.status = :caseStatus"));
            parameters.put("caseStatus", filter.caseStatus());
        }
        if (filter.owner() != null) {
            conditions.add(caseWhere("k.owner = :owner"));
            parameters.put("owner", filter.owner());
        }
        if (filter.noContactMonths() != null) {
            conditions.add("not " + caseWhere("k.last_contact >= now() - make_interval(months => :noContact)"));
            parameters.put("noContact", filter.noContactMonths());
        }
        if (filter.trialCandidate()) {
            // A semi-join on the trials' small published view, which leaves the list's order and index alone.
            conditions.add("exists (select 1 from trial_outreach t where t.org_number = c.org_number and t.outreach)");
        }
        this.joinsCases = filter.sort() == PriorityFilter.SortKey.LAST_CASE_CHANGE;
        String direction = filter.direction() == PriorityFilter.Direction.ASC ? "asc" : "desc";
        this.orderBy = column(filter.sort()) + " " + direction + " nulls last, c.org_number";
    }

    private static final String CANDIDATES = "priority_candidate c";
    private static final String WITH_CASES = CANDIDATES + " left join case_enterprise k on k.org_number = c.org_number";

    /**
     * The candidates, joined with the cases only when they are needed for the order (or for the columns of an export):
     * a join would keep the planner from walking an index in list order, which is what makes deep pages fast.
     */
    public String from(boolean withCaseColumns) {
        return withCaseColumns || joinsCases ? WITH_CASES : CANDIDATES;
    }

    public String where() {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    public String orderBy() {
        return orderBy;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    /** (a and b) or (c): each condition's value is a parameter of its own. */
    private String ruleSql(RuleSet ruleSet) {
        List<String> groups = new ArrayList<>();
        for (List<Condition> group : ruleSet.groups()) {
            List<String> all = new ArrayList<>();
            for (Condition condition : group) {
                String name = "rule" + parameters.size();
                parameters.put(name, value(condition));
                all.add(ConditionSql.column(condition.field()) + " " + ConditionSql.operator(condition.operator())
                        + " :" + name);
            }
            groups.add(all.stream().collect(Collectors.joining(" and ", "(", ")")));
        }
        return groups.stream().collect(Collectors.joining(" or ", "(", ")"));
    }

    private static String column(PriorityFilter.SortKey sort) {
        return switch (sort) {
            case LOST_WORKDAYS -> "c.lost";
            case POTENTIAL -> "c.potential";
            case PERCENT -> "c.percent";
            case EMPLOYEES -> "c.employees";
            case NAME -> "c.name";
            case LAST_CASE_CHANGE -> "k.last_change";
        };
    }

    /** Whole employee counts as integers, so the comparison stays on the integer column and can use its index. */
    private static Object value(Condition condition) {
        BigDecimal value = condition.value();
        boolean whole = (value.signum() == 0 || value.stripTrailingZeros().scale() <= 0)
                && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
        return condition.field() == Condition.Field.EMPLOYEES && whole ? (Object) value.intValueExact() : value;
    }

    /** A condition on the enterprise's case figures, as a semi-join that leaves the list's order alone. */
    private static String caseWhere(String condition) {
        return "exists (select 1 from case_enterprise k where k.org_number = c.org_number and " + condition + ")";
    }

    private void equal(String column, String name, @Nullable Object value) {
        compare(column, "=", name, value);
    }

    private void compare(String column, String operator, String name, @Nullable Object value) {
        if (value != null) {
            conditions.add(column + " " + operator + " :" + name);
            parameters.put(name, value);
        }
    }
}
