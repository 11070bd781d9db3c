package no.iaverk.trials.analysis;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Validates the trials' analysis by simulation (bench/trials.sh): many two-arm trials on national-like sick-leave
 * panels (TrialSimulator: eight programmes by five size bands as strata, permuted blocks within strata, masking, loss
 * to follow-up) for planted effects of 0, −0.5 and −1.0 pp. Prints the rejection rate at 5 % of the permutation test and
 * of the robust t (type-I error at 0, power otherwise) and the coverage of the 95 % intervals, each with its simulation
 * standard error; then times one analysis of 1 000 legal units with 2 000 permutations.
 */
class TrialSimulationBench {

    static final int TRIALS = Integer.getInteger("bench.trials", 500);
    static final int UNITS = Integer.getInteger("bench.units", 600);
    static final int PERMUTATIONS = Integer.getInteger("bench.permutations", 2000);
    static final long FIRST_SEED = Long.getLong("bench.seed", 0);
    static final double[] EFFECTS = java.util.Arrays.stream(
                    System.getProperty("bench.effects", "0,-0.5,-1.0").split(","))
            .mapToDouble(Double::parseDouble)
            .toArray();

    record Run(TrialAnalysis analysis, TrialSimulator.Simulated trial) {
        ArmEffect effect(Outcome outcome) {
            return (outcome == Outcome.FIRST_YEAR ? analysis.firstYear() : analysis.secondYear())
                    .arms()
                    .get(0);
        }

        double truth(Outcome outcome) {
            return outcome == Outcome.FIRST_YEAR ? trial.firstYearEffect() : trial.secondYearEffect();
        }
    }

    @Test
    void type_one_error_power_and_coverage() {
        TrialAnalyzer analyzer = new TrialAnalyzer(new TrialAnalyzer.Settings(PERMUTATIONS, 2026, 0.95));
        for (double planted : EFFECTS) {
            long started = System.nanoTime();
            List<Run> runs = IntStream.range(0, TRIALS)
                    .parallel()
                    .mapToObj(seed -> {
                        TrialSimulator.Simulated trial =
                                new TrialSimulator(UNITS, planted, 1.0, 8).simulateWithTruth(7_000_003L * (FIRST_SEED + seed) + 41);
                        return new Run(analyzer.analyse(TrialSimulator.ARMS, trial.units()), trial);
                    })
                    .toList();
            double seconds = (System.nanoTime() - started) / 1e9;
            report(planted, Outcome.FIRST_YEAR, runs, seconds);
            report(planted, Outcome.SECOND_YEAR, runs, seconds);
        }
    }

    @Test
    void one_analysis_of_1000_legal_units_with_2000_permutations() {
        List<TrialUnit> units = new TrialSimulator(1000, -1.0, 1.0, 8).simulate(1);
        TrialAnalyzer analyzer = new TrialAnalyzer(new TrialAnalyzer.Settings(2000, 1, 0.95));
        for (int run = 1; run <= 5; run++) {
            long started = System.nanoTime();
            TrialAnalysis analysis = analyzer.analyse(TrialSimulator.ARMS, units);
            ArmEffect a = analysis.firstYear().arms().get(0);
            System.out.printf(
                    Locale.ROOT,
                    "TIMING run %d: 1000 legal units, %d analysed, p=%d parameters, B=2000, both outcomes: %.2f s"
                            + " (first year %.2f [%.2f, %.2f], permutation p %.4f)%n",
                    run,
                    analysis.firstYear().analysed(),
                    analysis.firstYear().parameters(),
                    (System.nanoTime() - started) / 1e9,
                    a.estimate(),
                    a.ciLow(),
                    a.ciHigh(),
                    a.pPermutation());
        }
    }

    private static void report(double planted, Outcome outcome, List<Run> runs, double seconds) {
        List<Run> shown = runs.stream().filter(r -> !r.effect(outcome).isWithheld()).toList();
        int n = shown.size();
        double permutation = share(shown.stream().filter(r -> r.effect(outcome).pPermutation() < 0.05).count(), n);
        double robust = share(shown.stream().filter(r -> r.effect(outcome).pRobust() < 0.05).count(), n);
        // Covered: the interval holds the effect the trial really planted on the observed (non-negative) scale.
        double coverage = share(
                shown.stream()
                        .filter(r -> r.effect(outcome).ciLow() <= r.truth(outcome)
                                && r.truth(outcome) <= r.effect(outcome).ciHigh())
                        .count(),
                n);
        double truth = shown.stream().mapToDouble(r -> r.truth(outcome)).average().orElse(Double.NaN);
        double mean = shown.stream().mapToDouble(r -> r.effect(outcome).estimate()).average().orElse(Double.NaN);
        double se = shown.stream().mapToDouble(r -> r.effect(outcome).standardError()).average().orElse(Double.NaN);
        double sd = Math.sqrt(shown.stream()
                        .mapToDouble(r -> Math.pow(r.effect(outcome).estimate() - mean, 2))
                        .sum()
                / Math.max(1, n - 1));
        System.out.printf(
                Locale.ROOT,
                "TRIALS effect %+.1f pp, %s: %d trials of %d legal units, B=%d | %s %.3f ± %.3f (permutation),"
                        + " %.3f ± %.3f (robust t) | coverage %.3f ± %.3f | realised effect %+.3f, mean estimate"
                        + " %+.3f, SD %.3f, mean SE %.3f | %.0f s%n",
                planted,
                outcome == Outcome.FIRST_YEAR ? "first year" : "second year",
                n,
                UNITS,
                PERMUTATIONS,
                planted == 0 ? "type-I error" : "power",
                permutation,
                simulationError(permutation, n),
                robust,
                simulationError(robust, n),
                coverage,
                simulationError(coverage, n),
                truth,
                mean,
                sd,
                se,
                seconds);
    }

    private static double share(long count, int n) {
        return (double) count / n;
    }

    private static double simulationError(double share, int n) {
        return Math.sqrt(share * (1 - share) / n);
    }
}
