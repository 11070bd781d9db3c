package no.iaverk.trials.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One randomised legal unit as the analysis sees it (intention to treat: the arm it was allocated, whatever it
 * received). Percentages are the legal unit's sick-leave percent over the period (sum lost / sum possible of its
 * visible quarters); null when every quarter of the period is masked or missing, which makes the unit missing for
 * that outcome.
 *
 * @param legalUnit the legal unit's org. number (only for tracing; the analysis does not use it)
 * @param arm the code of the allocated arm
 * @param strata the unit's value of each stratification factor, in the trial's order (e.g. ["03", "20-49"]); its
 *     randomisation stratum is the combination
 * @param baseline the four quarters before randomisation
 * @param firstYear quarters +1…+4
 * @param secondYear quarters +5…+8
 */
public record TrialUnit(
        String legalUnit,
        String arm,
        List<String> strata,
        @Nullable Double baseline,
        @Nullable Double firstYear,
        @Nullable Double secondYear) {

    public TrialUnit {
        strata = List.copyOf(strata);
    }

    public @Nullable Double followUp(Outcome outcome) {
        return switch (outcome) {
            case FIRST_YEAR -> firstYear;
            case SECOND_YEAR -> secondYear;
        };
    }

    /** Analysed for this outcome: both the baseline and the follow-up are known. */
    boolean analysedFor(Outcome outcome) {
        return baseline != null && followUp(outcome) != null;
    }
}
