package no.iaverk.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Validates the effect estimator by simulation (bench/evaluation.sh): many panels with a planted effect, selection on
 * high published figures as the centres do it, and for each the estimate, its interval and the naive before/after.
 * Prints bias, RMSE and interval coverage (with its simulation error), and times one national-scale estimate.
 */
class EvaluationSimulationBench {

    static final int PANELS = Integer.getInteger("bench.panels", 1000);
    static final int ENTERPRISES = Integer.getInteger("bench.enterprises", 1500);
    static final EffectEstimator ESTIMATOR = new EffectEstimator(EffectEstimator.Settings.DEFAULT);

    record Outcome(double estimate, double low, double high, double naive, boolean preTrendFlagged, int treated) {}

    @Test
    void bias_and_coverage_with_and_without_an_effect() {
        for (double planted : new double[] {0, -1.0}) {
            long started = System.nanoTime();
            List<Outcome> outcomes = IntStream.range(0, PANELS)
                    .parallel()
                    .mapToObj(seed -> run(planted, seed))
                    .filter(o -> o != null)
                    .toList();
            report(planted, outcomes, (System.nanoTime() - started) / 1e9);
        }
    }

    @Test
    void one_national_portfolio_estimate() {
        // About 230 000 workplaces in 60 cells; the studied ones are the first 3 000 assisted.
        PanelSimulator national = new PanelSimulator(115_000, 24, -1.0, 0, 60);
        PanelSimulator.Simulated panel = national.simulate(2026);
        List<FirstStart> studied = panel.starts().stream().limit(3000).toList();
        for (int run = 1; run <= 3; run++) {
            long started = System.nanoTime();
            EffectEstimate estimate = ESTIMATOR.estimate(panel.panel(), studied);
            System.out.printf(
                    Locale.ROOT,
                    "NATIONAL run %d: %d workplaces, %d studied, %d matched, %d comparisons, B=%d: %.2f s"
                            + " (first year %.2f [%.2f, %.2f])%n",
                    run,
                    panel.workplaces().size(),
                    studied.size(),
                    estimate.treated(),
                    estimate.comparisons(),
                    EffectEstimator.Settings.DEFAULT.replicates(),
                    (System.nanoTime() - started) / 1e9,
                    estimate.firstYear().effect(),
                    estimate.firstYear().ciLow(),
                    estimate.firstYear().ciHigh());
        }
    }

    private static Outcome run(double planted, int seed) {
        PanelSimulator.Simulated panel = PanelSimulator.of(ENTERPRISES, planted).simulate(1_000_003L * seed + 17);
        EffectEstimate e = ESTIMATOR.estimate(panel.panel(), panel.starts());
        if (e.firstYear() == null || e.naiveBeforeAfter() == null) return null;
        return new Outcome(
                e.firstYear().effect(),
                e.firstYear().ciLow(),
                e.firstYear().ciHigh(),
                e.naiveBeforeAfter().effect(),
                e.preTrend() != null && e.preTrend().flagged(),
                e.treated());
    }

    private static void report(double planted, List<Outcome> outcomes, double seconds) {
        int n = outcomes.size();
        double bias = outcomes.stream().mapToDouble(o -> o.estimate() - planted).average().orElseThrow();
        double rmse = Math.sqrt(outcomes.stream()
                .mapToDouble(o -> Math.pow(o.estimate() - planted, 2))
                .average()
                .orElseThrow());
        double sdOfEstimates = Math.sqrt(outcomes.stream()
                .mapToDouble(o -> Math.pow(o.estimate() - planted - bias, 2))
                .sum() / (n - 1));
        double coverage = outcomes.stream().filter(o -> o.low() <= planted && planted <= o.high()).count() / (double) n;
        double coverageError = Math.sqrt(coverage * (1 - coverage) / n);
        double width = outcomes.stream().mapToDouble(o -> o.high() - o.low()).average().orElseThrow();
        double naiveBias = outcomes.stream().mapToDouble(o -> o.naive() - planted).average().orElseThrow();
        double flagged = outcomes.stream().filter(Outcome::preTrendFlagged).count() / (double) n;
        double treated = outcomes.stream().mapToInt(Outcome::treated).average().orElseThrow();
        System.out.printf(
                Locale.ROOT,
                "EFFECT %+.1f pp: %d panels (%d enterprises, %.0f treated each on average) in %.0f s%n"
                        + "  estimator: bias %+.3f pp (simulation error %.3f), RMSE %.3f, 95%% interval coverage %.1f %% ± %.1f"
                        + " (2 SE), mean width %.2f pp%n"
                        + "  naive before/after: bias %+.3f pp%n"
                        + "  pre-trend flagged in %.1f %% of panels%n",
                planted,
                n,
                ENTERPRISES,
                treated,
                seconds,
                bias,
                sdOfEstimates / Math.sqrt(n),
                rmse,
                100 * coverage,
                200 * coverageError,
                width,
                naiveBias,
                100 * flagged);
    }
}
