package no.iaverk.trials.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The stratified permutation test of one arm against the reference arm: the arm labels of the units in these two arms
 * are re-randomised within each randomisation stratum (each stratum keeps its count of either arm, as the permuted
 * blocks did), the other arms keep theirs, and the ANCOVA's robust t of the arm is computed again. Two-sided: p = (1 +
 * #{|T*| ≥ |T|}) / (1 + B), never 0. The robust t rather than the raw coefficient is the statistic because a studentised
 * statistic keeps the test valid when the arms' spreads or sizes differ (Janssen 1997; Chung and Romano 2013).
 */
final class StratifiedPermutation {

    // Re-randomisations that only swap equal values can differ from the observed T in the last bits.
    private static final double TIE_TOLERANCE = 1e-9;

    private StratifiedPermutation() {}

    static double pValue(
            AncovaDesign design, RobustArmFit fit, String arm, String reference, double observedT, int b, long seed) {
        int column = design.arms().indexOf(arm);
        String[] labels = design.armOf().clone();
        List<int[]> strata = strataOf(design, arm, reference);
        SplittableRandom random = new SplittableRandom(seed);
        double threshold = Math.abs(observedT) * (1 - TIE_TOLERANCE);
        int atLeastAsExtreme = 0;
        for (int r = 0; r < b; r++) {
            for (int[] members : strata) shuffle(labels, members, random);
            RobustArmFit.Fit permuted = fit.fit(design.armDummies(labels));
            if (Math.abs(permuted.robustT(column)) >= threshold) atLeastAsExtreme++;
        }
        return (1.0 + atLeastAsExtreme) / (1.0 + b);
    }

    /** The indices of the arm's and the reference's units, per stratum, in a fixed order. */
    private static List<int[]> strataOf(AncovaDesign design, String arm, String reference) {
        Map<String, List<Integer>> byStratum = new LinkedHashMap<>();
        for (int i = 0; i < design.units(); i++) {
            String label = design.armOf()[i];
            if (!label.equals(arm) && !label.equals(reference)) continue;
            byStratum
                    .computeIfAbsent(design.stratumOf()[i], s -> new ArrayList<>())
                    .add(i);
        }
        List<int[]> strata = new ArrayList<>();
        for (List<Integer> members : byStratum.values()) {
            if (members.size() > 1)
                strata.add(members.stream().mapToInt(Integer::intValue).toArray());
        }
        return strata;
    }

    /** Fisher–Yates over the labels at these positions: a uniformly drawn re-randomisation with the same counts. */
    private static void shuffle(String[] labels, int[] positions, SplittableRandom random) {
        for (int i = positions.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = labels[positions[i]];
            labels[positions[i]] = labels[positions[j]];
            labels[positions[j]] = swap;
        }
    }
}
