package no.iaverk.trials;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The power calculator's answer: legal units a two-arm trial needs for the asked effect, from the national residual
 * spread per size band pooled by the eligible units' mix, and how many eligible legal units the rule set gives today.
 *
 * @param residualSd σ in percentage points, pooled over the size bands that have one
 * @param mix whose size-band mix weighs the bands' σ²: {@code ELIGIBLE} or, when none is eligible in a band with a σ,
 *     {@code NATIONAL}
 * @param dilutedEffect the effect the intention-to-treat comparison sees (effect × uptake)
 * @param referenceUnits legal units in the reference arm
 * @param armUnits legal units in the compared arm (ratio × reference)
 * @param unitsPerArm the same as armUnits
 * @param totalUnits reference and compared arm together
 * @param eligible eligible legal units today
 * @param eligibleWorkplaces their eligible workplaces
 * @param enough whether eligible ≥ totalUnits
 */
public record PowerEstimate(
        double effect,
        double alpha,
        double power,
        double uptake,
        double ratio,
        double residualSd,
        String mix,
        List<SizeBand> bySizeBand,
        double dilutedEffect,
        int referenceUnits,
        int armUnits,
        int unitsPerArm,
        long totalUnits,
        int eligible,
        int eligibleWorkplaces,
        boolean enough,
        Basis basis,
        Method method) {

    /**
     * One size band of legal units.
     *
     * @param legalUnits legal units nationally with a percent in both periods (what σ rests on)
     * @param residualSd σ of outcome ~ baseline in the band; null when withheld
     * @param withheld why σ is withheld: {@code FEWER_THAN_30_LEGAL_UNITS} or {@code NO_BASELINE_SPREAD}
     * @param eligible eligible legal units in the band today
     */
    public record SizeBand(
            String sizeBand,
            int legalUnits,
            @Nullable Double residualSd,
            @Nullable String withheld,
            int eligible) {}

    /** The published quarters σ comes from, oldest first (as {@code 2024K2}). */
    public record Basis(List<String> baselineQuarters, List<String> followUpQuarters) {}

    public record Method(String id, String description) {}
}
