package no.iaverk.trials.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Analyses a randomised trial by intention to treat, one observation per legal unit, unweighted. For each outcome and
 * each arm against the reference arm:
 *
 * <ul>
 *   <li>ANCOVA by least squares: follow-up = intercept + β·arm dummies + γ·baseline + stratification factors as main
 *       effects + error;
 *   <li>HC2 robust standard errors; the 95 % interval and p-value from the t distribution with n − p degrees of
 *       freedom. t rather than normal because a trial analysed early, or a small arm, can have few units per
 *       parameter, where HC2 with normal quantiles is known to be too narrow (Imbens and Kolesár 2016); with hundreds
 *       of units the two agree to the second decimal;
 *   <li>the stratified permutation p-value of the arm's robust t ({@link StratifiedPermutation}).
 * </ul>
 *
 * <p>A unit with a missing baseline or follow-up is missing for that outcome. An arm with fewer than 5 analysed legal
 * units is withheld and left out of the model (as is every arm when the reference arm has fewer than 5), so the
 * figures never rest on fewer than five enterprises.
 */
public final class TrialAnalyzer {

    public static final String METHOD = "ancova-baseline-strata/hc2-t(n-p)/stratified-permutation-robust-t/v1";
    public static final int MIN_ANALYSED = 5;

    /**
     * @param permutations B, re-randomisations per arm and outcome; the trials module uses at least 2 000
     * @param seed of the re-randomisations, so the same data always give the same p
     * @param confidence of the intervals
     */
    public record Settings(int permutations, long seed, double confidence) {
        public static final Settings DEFAULT = new Settings(2000, 0x5EED_2026L, 0.95);

        public Settings {
            if (permutations < 1) throw new IllegalArgumentException("at least one permutation");
            if (!(confidence > 0 && confidence < 1)) throw new IllegalArgumentException("confidence in (0, 1)");
        }
    }

    private final Settings settings;

    public TrialAnalyzer(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param arms the trial's arm codes, the reference arm first; units of other arms are ignored
     * @param units one per randomised legal unit
     */
    public TrialAnalysis analyse(List<String> arms, List<TrialUnit> units) {
        if (arms.size() < 2) throw new IllegalArgumentException("a trial has at least two arms");
        int factors = units.isEmpty() ? 0 : units.get(0).strata().size();
        if (units.stream().map(TrialUnit::legalUnit).distinct().count() != units.size()) {
            throw new IllegalArgumentException("one observation per legal unit");
        }
        for (TrialUnit unit : units) {
            if (unit.strata().size() != factors) {
                throw new IllegalArgumentException("every unit needs a value of each stratification factor");
            }
        }
        return new TrialAnalysis(
                METHOD,
                arms.get(0),
                settings.permutations(),
                settings.seed(),
                analyse(arms, units, Outcome.FIRST_YEAR),
                analyse(arms, units, Outcome.SECOND_YEAR));
    }

    private OutcomeAnalysis analyse(List<String> arms, List<TrialUnit> units, Outcome outcome) {
        String reference = arms.get(0);
        Map<String, Integer> analysed = new LinkedHashMap<>();
        for (String arm : arms) analysed.put(arm, 0);
        for (TrialUnit unit : units) {
            if (unit.analysedFor(outcome) && analysed.containsKey(unit.arm()))
                analysed.merge(unit.arm(), 1, Integer::sum);
        }
        int referenceAnalysed = analysed.get(reference);
        Map<String, ArmEffect> results = new LinkedHashMap<>();
        List<String> compared = new ArrayList<>();
        for (String arm : arms.subList(1, arms.size())) {
            int n = analysed.get(arm);
            if (referenceAnalysed < MIN_ANALYSED) {
                results.put(arm, ArmEffect.withheld(arm, n, WithheldReason.REFERENCE_FEWER_THAN_FIVE));
            } else if (n < MIN_ANALYSED) {
                results.put(arm, ArmEffect.withheld(arm, n, WithheldReason.FEWER_THAN_FIVE));
            } else {
                results.put(arm, ArmEffect.withheld(arm, n, WithheldReason.TOO_FEW_DEGREES_OF_FREEDOM));
                compared.add(arm);
            }
        }
        if (compared.isEmpty()) {
            return new OutcomeAnalysis(
                    outcome, 0, 0, 0, null, referenceAnalysed, List.copyOf(results.values()), List.of());
        }
        List<TrialUnit> modelled = units.stream()
                .filter(u -> u.analysedFor(outcome))
                .filter(u -> u.arm().equals(reference) || compared.contains(u.arm()))
                .toList();
        AncovaDesign design = AncovaDesign.of(modelled, outcome, compared);
        for (String arm : design.confoundedArms()) {
            results.put(arm, ArmEffect.withheld(arm, analysed.get(arm), WithheldReason.CONFOUNDED_WITH_STRATA));
        }
        int n = design.units();
        int p = design.parameters();
        int df = n - p;
        if (design.arms().isEmpty() || df < 1) {
            return new OutcomeAnalysis(
                    outcome, n, p, df, null, referenceAnalysed, List.copyOf(results.values()), design.droppedColumns());
        }
        RobustArmFit fitter = new RobustArmFit(design.nuisance(), design.response());
        RobustArmFit.Fit fit = fitter.fit(design.armDummies(design.armOf()));
        TDistribution t = new TDistribution(null, df, TDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
        double quantile = t.inverseCumulativeProbability(1 - (1 - settings.confidence()) / 2);
        for (int j = 0; j < design.arms().size(); j++) {
            String arm = design.arms().get(j);
            double estimate = fit.coefficients()[j];
            double se = Math.sqrt(fit.variances()[j]);
            if (!(se > 1e-12 * Math.max(1, Math.abs(estimate)))) {
                results.put(arm, ArmEffect.withheld(arm, analysed.get(arm), WithheldReason.NO_RESIDUAL_VARIATION));
                continue;
            }
            double robustT = estimate / se;
            double pRobust = 2 * t.cumulativeProbability(-Math.abs(robustT));
            double pPermutation = StratifiedPermutation.pValue(
                    design, fitter, arm, reference, robustT, settings.permutations(), seedFor(outcome, arm));
            results.put(
                    arm,
                    new ArmEffect(
                            arm,
                            analysed.get(arm),
                            estimate,
                            se,
                            estimate - quantile * se,
                            estimate + quantile * se,
                            pRobust,
                            pPermutation,
                            null));
        }
        double residualSd = Math.sqrt(fit.residualSumOfSquares() / df);
        return new OutcomeAnalysis(
                outcome,
                n,
                p,
                df,
                residualSd,
                referenceAnalysed,
                List.copyOf(results.values()),
                design.droppedColumns());
    }

    /** One stream per outcome and arm, so an arm's p does not depend on which other arms the trial has. */
    private long seedFor(Outcome outcome, String arm) {
        return settings.seed() * 0x9E3779B97F4A7C15L + 31L * outcome.ordinal() + arm.hashCode();
    }
}
