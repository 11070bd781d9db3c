package no.iaverk.reports;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One reconciliation check of a year's resources: what the source printed (or, for staff, the headcount), what the
 * rows give (or the FTE), their difference, and whether that lies within the tolerance.
 *
 * <ul>
 *   <li>{@code BUDGET_TOTAL}: the printed budget total against the sum of the centres' budgets; must be equal.
 *   <li>{@code COUNTY_SHARE_TOTAL}: the printed share of the counties' budgets against the share the rows give, sum of
 *       budgets over the sum of the county budgets they imply (budget / share), over the centres with a share; within
 *       0.2 percentage points, as the shares are printed with one decimal and the budgets in whole MNOK.
 *   <li>{@code FTE_ABOVE_HEADCOUNT}: per centre, more full-time equivalents than people is implausible.
 * </ul>
 */
public record ResourceCheck(
        Kind kind,
        @Nullable String unitCode,
        BigDecimal printed,
        BigDecimal computed,
        BigDecimal difference,
        BigDecimal tolerance,
        boolean reconciles) {

    public enum Kind {
        BUDGET_TOTAL,
        COUNTY_SHARE_TOTAL,
        FTE_ABOVE_HEADCOUNT
    }
}
