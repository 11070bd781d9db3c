package no.iaverk.trials.analysis;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Legal units a two-arm comparison needs, by the normal approximation to the ANCOVA's test of the arm coefficient.
 *
 * <p>With σ the residual standard deviation after adjusting for baseline (what the ANCOVA leaves), n_R units in the
 * reference arm and n_A = r·n_R in the compared arm, the estimate's variance is σ²(1/n_A + 1/n_R). A two-sided test at
 * level α has power 1 − β against an effect δ when |δ| / (σ·√(1/n_A + 1/n_R)) = z_{1−α/2} + z_{1−β}, so
 *
 * <pre>
 *   n_R = (z_{1−α/2} + z_{1−β})² · σ² · (1 + 1/r) / δ_ITT²,   n_A = r · n_R   (each rounded up)
 * </pre>
 *
 * <p>For BEFORE_CONTACT only the share u of the offered who accept get the assistance, and the comparison is by
 * intention to treat, so the effect to detect is diluted: δ_ITT = δ · u (pass u = 1 for AMONG_WILLING). Halving the
 * uptake quadruples the units.
 */
public final class PowerCalculator {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private PowerCalculator() {}

    /**
     * @param residualSd σ, percentage points
     * @param effect δ, percentage points among those who receive the assistance (sign does not matter)
     * @param alpha two-sided significance level
     * @param power 1 − β
     * @param ratio r, units in the compared arm per unit in the reference arm
     * @param uptake u, the share of the offered who accept (1 for AMONG_WILLING)
     */
    public record Question(double residualSd, double effect, double alpha, double power, double ratio, double uptake) {
        public Question {
            require(residualSd > 0, "the residual standard deviation must be positive");
            require(effect != 0 && Double.isFinite(effect), "the effect must be a non-zero number");
            require(alpha > 0 && alpha < 1, "alpha must be between 0 and 1");
            require(power > 0 && power < 1, "the power must be between 0 and 1");
            require(ratio > 0 && Double.isFinite(ratio), "the allocation ratio must be positive");
            require(uptake > 0 && uptake <= 1, "the uptake must be above 0 and at most 1");
        }
    }

    /**
     * @param dilutedEffect δ_ITT = δ · u, the effect the intention-to-treat comparison sees
     * @param referenceUnits n_R
     * @param armUnits n_A
     */
    public record Answer(double dilutedEffect, int referenceUnits, int armUnits) {
        public int totalUnits() {
            return referenceUnits + armUnits;
        }
    }

    public static Answer unitsNeeded(Question q) {
        double diluted = q.effect() * q.uptake();
        double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - q.alpha() / 2)
                + STANDARD_NORMAL.inverseCumulativeProbability(q.power());
        double reference = z * z * q.residualSd() * q.residualSd() * (1 + 1 / q.ratio()) / (diluted * diluted);
        return new Answer(diluted, ceil(reference), ceil(q.ratio() * reference));
    }

    // Guards against 392.0000000001 becoming 393 through rounding in the quantiles.
    private static int ceil(double units) {
        return (int) Math.ceil(units - 1e-9);
    }

    private static void require(boolean condition, String message) {
        if (!condition) throw new IllegalArgumentException(message);
    }
}
