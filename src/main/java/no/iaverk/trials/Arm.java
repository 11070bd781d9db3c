package no.iaverk.trials;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A form of assistance a trial compares: its planned duration, who takes part, digital tools only or not, a ceiling of
 * adviser hours, and its allocation ratio. Fields are nullable as a request may leave them out; the design checks them.
 */
public record Arm(
        @Nullable String code,
        @Nullable String name,
        @Nullable Integer plannedMonths,
        @Nullable Participation participation,
        @Nullable Boolean digitalOnly,
        @Nullable BigDecimal maxAdviserHours,
        @Nullable String description,
        @Nullable Integer ratio) {}
