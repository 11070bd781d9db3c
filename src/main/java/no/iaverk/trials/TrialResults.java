package no.iaverk.trials;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.iaverk.trials.analysis.TrialAnalysis;
import org.apache.commons.math3.stat.StatUtils;
import org.jspecify.annotations.Nullable;

/**
 * A trial's analysis by intention to treat ({@link TrialAnalysis}: each arm against the reference arm by ANCOVA with
 * HC2 intervals and a stratified permutation p-value), with the outcome it measures and, for the chart, each arm's
 * mean sick-leave percent per period over the legal units that have it (withheld under five).
 *
 * @param latestPublishedQuarter the statistics the analysis has (e.g. 2026K3); follow-up years not published are not due
 */
public record TrialResults(
        long trialId,
        TrialStatus status,
        String outcome,
        @Nullable String latestPublishedQuarter,
        @JsonUnwrapped TrialAnalysis analysis,
        List<ArmMean> means) {

    public static final String OUTCOME = "The legal unit's sick-leave percent (lost / possible workdays of its eligible"
            + " workplaces, visible quarters only) in the four quarters after the randomisation quarter (first year)"
            + " and the four after those (second year), against the four quarters before it (baseline). Randomisation"
            + " is the enrolment for AMONG_WILLING, the start for BEFORE_CONTACT.";

    /** @param period BASELINE, FIRST_YEAR or SECOND_YEAR */
    public record ArmMean(
            String arm,
            String name,
            String period,
            int legalUnits,
            @Nullable Double meanPercent) {}

    static List<ArmMean> means(FollowUp followUp) {
        List<ArmMean> means = new ArrayList<>();
        for (Arm arm : followUp.trial().arms()) {
            List<FollowUp.UnitFollowUp> units = followUp.inArm(String.valueOf(arm.code()));
            means.add(mean(arm, "BASELINE", units, FollowUp.UnitFollowUp::baseline));
            means.add(mean(arm, "FIRST_YEAR", units, FollowUp.UnitFollowUp::firstYear));
            means.add(mean(arm, "SECOND_YEAR", units, FollowUp.UnitFollowUp::secondYear));
        }
        return means;
    }

    private static ArmMean mean(
            Arm arm,
            String period,
            List<FollowUp.UnitFollowUp> units,
            Function<FollowUp.UnitFollowUp, @Nullable Double> value) {
        double[] values = units.stream()
                .map(value)
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .toArray();
        return new ArmMean(
                String.valueOf(arm.code()),
                String.valueOf(arm.name()),
                period,
                values.length,
                values.length >= TrialBalance.MIN_UNITS ? StatUtils.mean(values) : null);
    }
}
