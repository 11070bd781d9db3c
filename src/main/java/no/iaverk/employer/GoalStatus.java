package no.iaverk.employer;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A goal's status as of a published quarter. Lower is better: GREEN when the value is at or below the target, YELLOW
 * when at or below the target plus the tolerance, RED above that; NONE when there is no value to compare (see {@link
 * GoalStatus.Reason}). Compared on unrounded values.
 */
public enum GoalStatus {
    GREEN,
    YELLOW,
    RED,
    NONE;

    /** Why a goal has no status. */
    public enum Reason {
        /** No quarter of the goal's year is published yet. */
        NOT_PUBLISHED,
        /** Fewer than five persons: the figures are withheld (for a legal unit: every sub-unit is). */
        MASKED,
        /** No figures for the enterprise, or none for this metric (short and long term need duration figures). */
        NO_DATA
    }

    public static GoalStatus of(@Nullable BigDecimal value, BigDecimal target, BigDecimal tolerance) {
        if (value == null) {
            return NONE;
        }
        if (value.compareTo(target) <= 0) {
            return GREEN;
        }
        return value.compareTo(target.add(tolerance)) <= 0 ? YELLOW : RED;
    }
}
