package no.iaverk.trials.analysis;

/**
 * A trial's analysis: each arm against the reference arm, for the first and the second year after randomisation.
 *
 * @param method names the method and its version, shown with every figure
 * @param permutations B, the re-randomisations behind each permutation p-value
 * @param seed the seed of those re-randomisations: the same data and seed give the same p-values
 */
public record TrialAnalysis(
        String method,
        String referenceArm,
        int permutations,
        long seed,
        OutcomeAnalysis firstYear,
        OutcomeAnalysis secondYear) {}
