package no.iaverk.prioritization.internal;

import no.iaverk.prioritization.Condition;

/** The candidate column and SQL operator of a rule-set condition. */
final class ConditionSql {

    private ConditionSql() {}

    static String column(Condition.Field field) {
        return switch (field) {
            case EMPLOYEES -> "c.employees";
            case PERCENT -> "c.percent";
            case LOST_WORKDAYS -> "c.lost";
            case POTENTIAL -> "c.potential";
            case TREND -> "c.trend";
        };
    }

    static String operator(Condition.Operator operator) {
        return switch (operator) {
            case GREATER_THAN -> ">";
            case AT_LEAST -> ">=";
            case LESS_THAN -> "<";
            case AT_MOST -> "<=";
        };
    }
}
