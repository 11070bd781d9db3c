package no.iaverk.employer;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a year of sick leave costs now and what reaching the target saves. Workdays keep one decimal; kroner are
 * whole (HALF_UP), computed from unrounded workdays.
 *
 * @param possibleWorkdays the possible workdays used (given, or FTEs × 230); null in WORKDAYS mode
 */
public record CostEstimate(
        CostMode mode,
        @Nullable BigDecimal possibleWorkdays,
        BigDecimal lostWorkdays,
        BigDecimal lostWorkdaysAtTarget,
        BigDecimal costPerDay,
        BigDecimal yearlyCost,
        BigDecimal yearlyCostAtTarget,
        BigDecimal yearlySaving) {

    public enum CostMode {
        PERCENT,
        WORKDAYS
    }
}
