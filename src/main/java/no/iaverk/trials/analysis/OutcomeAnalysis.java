package no.iaverk.trials.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The analysis of one outcome.
 *
 * @param analysed legal units in the model (all arms that are not withheld for size)
 * @param parameters columns of the design that entered the model (intercept, baseline, stratum levels, arms)
 * @param degreesOfFreedom n − p, of the t distribution the intervals use
 * @param residualSd the ANCOVA's residual standard deviation (what the power calculator needs), null when not fitted
 * @param referenceAnalysed analysed legal units of the reference arm
 * @param arms one entry per non-reference arm, in the trial's order
 * @param droppedColumns stratum levels left out because they were redundant given the others (they change no arm's
 *     estimate), e.g. {@code stratum 2 = 03}
 */
public record OutcomeAnalysis(
        Outcome outcome,
        int analysed,
        int parameters,
        int degreesOfFreedom,
        @Nullable Double residualSd,
        int referenceAnalysed,
        List<ArmEffect> arms,
        List<String> droppedColumns) {

    public OutcomeAnalysis {
        arms = List.copyOf(arms);
        droppedColumns = List.copyOf(droppedColumns);
    }
}
