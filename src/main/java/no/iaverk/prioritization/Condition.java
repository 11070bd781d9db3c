package no.iaverk.prioritization;

import java.math.BigDecimal;

/** One condition of a rule set: a figure compared with a number, such as "employees at least 50". */
public record Condition(Field field, Operator operator, BigDecimal value) {

    /** What a condition can be about. All but employees are sick-leave figures: never true for masked ones. */
    public enum Field {
        EMPLOYEES,
        PERCENT,
        LOST_WORKDAYS,
        POTENTIAL,
        TREND
    }

    public enum Operator {
        GREATER_THAN(">"),
        AT_LEAST("≥"),
        LESS_THAN("<"),
        AT_MOST("≤");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
