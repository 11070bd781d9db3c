package no.iaverk.trials;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A form of assistance a trial compares: its planned duration, who takes part, digital tools only or not, a ceiling of
 * adviser hours, and its allocation ratio. Fields are nullable as a request may leave them out; the design checks them.
 * {@code outreach} false is a BEFORE_CONTACT trial's "no outreach" control arm, which needs no form of assistance;
 * left out it is true.
 */
public record Arm(
        @Nullable String code,
        @Nullable String name,
        @Nullable Integer plannedMonths,
        @Nullable Participation participation,
        @Nullable Boolean digitalOnly,
        @Nullable BigDecimal maxAdviserHours,
        @Nullable String description,
        @Nullable Integer ratio,
        @Nullable Boolean outreach) {

    /** An arm that offers assistance (the form every arm had before the control arm). */
    public Arm(
            @Nullable String code,
            @Nullable String name,
            @Nullable Integer plannedMonths,
            @Nullable Participation participation,
            @Nullable Boolean digitalOnly,
            @Nullable BigDecimal maxAdviserHours,
            @Nullable String description,
            @Nullable Integer ratio) {
        this(code, name, plannedMonths, participation, digitalOnly, maxAdviserHours, description, ratio, null);
    }

    /** Whether the arm's enterprises are offered assistance: all but the "no outreach" control arm. */
    public boolean reachesOut() {
        return outreach == null || outreach;
    }
}
