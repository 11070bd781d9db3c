package no.iaverk.employer;

import org.jspecify.annotations.Nullable;

/**
 * The cost calculator's fields as a person types them (decimal comma or point), bound from a form or a query string.
 *
 * @param mode {@code PERCENT}: from possible workdays (or FTEs × 230) and a current and target percent;
 *     {@code WORKDAYS}: from lost workdays now and at the target
 * @param costPerDay NOK per lost workday; empty for {@code iaverk.sick-leave.cost-per-day}
 */
public record CostForm(
        @Nullable String mode,
        @Nullable String possibleWorkdays,
        @Nullable String fte,
        @Nullable String currentPercent,
        @Nullable String targetPercent,
        @Nullable String lostWorkdays,
        @Nullable String targetLostWorkdays,
        @Nullable String costPerDay) {

    public static CostForm empty() {
        return new CostForm("PERCENT", null, null, null, null, null, null, null);
    }
}
