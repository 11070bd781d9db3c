package no.iaverk.trials.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The analysis on simulated trials with fixed seeds: its level under no effect, and a planted effect recovered. */
class TrialAnalyzerSimulationTest {

    static final TrialAnalyzer ANALYZER = new TrialAnalyzer(new TrialAnalyzer.Settings(2000, 3, 0.95));
    // 200 trials × 2 outcomes × B re-fits: 999 keeps the test quick; the p-values' resolution (0.001) is ample at 5 %.
    static final TrialAnalyzer QUICK = new TrialAnalyzer(new TrialAnalyzer.Settings(999, 3, 0.95));

    @Test
    void under_no_effect_fewer_than_eight_percent_of_200_trials_reject_at_five_percent() {
        List<ArmEffect> effects = IntStream.range(0, 200)
                .parallel()
                .mapToObj(seed -> QUICK.analyse(
                                TrialSimulator.ARMS, TrialSimulator.of(200, 0).simulate(1000 + seed))
                        .firstYear()
                        .arms()
                        .get(0))
                .toList();

        long permutationRejects =
                effects.stream().filter(e -> e.pPermutation() < 0.05).count();
        long robustRejects = effects.stream().filter(e -> e.pRobust() < 0.05).count();
        long covered =
                effects.stream().filter(e -> e.ciLow() <= 0 && 0 <= e.ciHigh()).count();
        assertThat(permutationRejects).isLessThan(16);
        assertThat(robustRejects).isLessThan(16);
        assertThat(covered).isGreaterThan(184);
    }

    @Test
    void a_planted_effect_of_minus_one_point_with_400_legal_units_is_recovered_within_its_interval() {
        TrialAnalysis analysis = ANALYZER.analyse(
                TrialSimulator.ARMS, TrialSimulator.of(400, -1.0).simulate(77));

        for (OutcomeAnalysis outcome : List.of(analysis.firstYear(), analysis.secondYear())) {
            ArmEffect a = outcome.arms().get(0);
            assertThat(a.ciLow()).isLessThanOrEqualTo(-1.0);
            assertThat(a.ciHigh()).isGreaterThanOrEqualTo(-1.0).isNegative();
            assertThat(a.pPermutation()).isLessThan(0.05);
            assertThat(a.analysed() + outcome.referenceAnalysed()).isEqualTo(outcome.analysed());
        }
    }
}
