package no.iaverk.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.jspecify.annotations.Nullable;

/**
 * The effect estimate: difference-in-differences with staggered starts against the k = 5 nearest not-yet-treated
 * workplaces, weighted by the treated workplaces' possible workdays before start, with percentile intervals from a
 * bootstrap that resamples collaborations (their workplaces share shocks) and, apart, comparison enterprises (see
 * {@link Units}). Validated by simulation in bench/evaluation.sh.
 */
public final class EffectEstimator {

    public static final String METHOD = "staggered-did-knn5-cluster-bootstrap";

    /** A group estimate rests on at least this many treated workplaces, and so does each quarter's figure. */
    public static final int MIN_TREATED = 5;

    /**
     * @param replicates bootstrap replicates (999 by default)
     * @param seed the bootstrap's seed: the same data and seed give the same intervals
     */
    public record Settings(int replicates, long seed) {
        public static final Settings DEFAULT = new Settings(999, 20_261_201L);
    }

    private final Settings settings;

    public EffectEstimator(Settings settings) {
        this.settings = settings;
    }

    public EffectEstimate estimate(Panel panel, List<FirstStart> studied) {
        ComparisonMatching.Result matching = new ComparisonMatching(panel).match(studied);
        int notMatched = matching.withoutBaseline() + matching.withoutComparisons();
        Set<Integer> comparisons = new HashSet<>();
        matching.matched().forEach(m -> comparisons.addAll(m.comparisons()));
        int treated = matching.matched().size();
        if (treated < MIN_TREATED) {
            return EffectEstimate.insufficient(METHOD, treated, comparisons.size(), notMatched);
        }
        Units units = Units.of(
                matching.matched().stream().map(m -> EventStudy.of(panel, m)).toList());
        Figures point = units.point();
        List<Figures> replicates = new ArrayList<>(settings.replicates());
        SplittableRandom random = new SplittableRandom(settings.seed());
        for (int b = 0; b < settings.replicates(); b++) {
            replicates.add(units.resampled(random));
        }

        List<EffectEstimate.QuarterEffect> quarters = new ArrayList<>();
        for (int e = EventStudy.FIRST; e <= EventStudy.LAST; e++) {
            int i = e - EventStudy.FIRST;
            if (point.treated()[i] < MIN_TREATED) continue;
            double[] interval = interval(replicates, f -> f.effect()[i]);
            quarters.add(new EffectEstimate.QuarterEffect(
                    e, point.effect()[i], interval[0], interval[1], point.treated()[i]));
        }
        EffectEstimate.Effect firstYear = effect(point, replicates, 1, 4);
        return new EffectEstimate(
                METHOD,
                treated,
                comparisons.size(),
                notMatched,
                false,
                quarters,
                firstYear,
                effect(point, replicates, 5, 8),
                avoided(firstYear, units.totalWeight()),
                preTrend(effect(point, replicates, -8, -5)),
                Double.isNaN(point.naive()) ? null : new EffectEstimate.Naive(point.naive()));
    }

    /** The mean effect over relative quarters {@code from…to}; null unless every one of them can be shown. */
    private static EffectEstimate.@Nullable Effect effect(Figures point, List<Figures> replicates, int from, int to) {
        for (int e = from; e <= to; e++) {
            if (point.treated()[e - EventStudy.FIRST] < MIN_TREATED) return null;
        }
        double[] interval = interval(replicates, f -> f.mean(from, to));
        return new EffectEstimate.Effect(point.mean(from, to), interval[0], interval[1]);
    }

    private static EffectEstimate.@Nullable WorkdaysAvoided avoided(
            EffectEstimate.@Nullable Effect firstYear, double workdaysPerYear) {
        if (firstYear == null) return null;
        return new EffectEstimate.WorkdaysAvoided(
                -firstYear.effect() * workdaysPerYear / 100,
                -firstYear.ciHigh() * workdaysPerYear / 100,
                -firstYear.ciLow() * workdaysPerYear / 100);
    }

    private static EffectEstimate.@Nullable PreTrend preTrend(EffectEstimate.@Nullable Effect before) {
        if (before == null) return null;
        boolean flagged = before.ciLow() > 0 || before.ciHigh() < 0;
        return new EffectEstimate.PreTrend(before.effect(), before.ciLow(), before.ciHigh(), flagged);
    }

    /** The 2.5 and 97.5 percentiles of a figure over the replicates where it could be computed. */
    private static double[] interval(List<Figures> replicates, ToDoubleFunction<Figures> figure) {
        double[] values = replicates.stream()
                .mapToDouble(figure)
                .filter(v -> !Double.isNaN(v))
                .toArray();
        if (values.length == 0) return new double[] {Double.NaN, Double.NaN};
        Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
        percentile.setData(values);
        return new double[] {percentile.evaluate(2.5), percentile.evaluate(97.5)};
    }

    /** Point or replicate figures: the weighted mean contrast and the treated count per relative quarter. */
    record Figures(double[] effect, int[] treated, double naive) {
        double mean(int from, int to) {
            double sum = 0;
            for (int e = from; e <= to; e++) sum += effect[e - EventStudy.FIRST];
            return sum / (to - from + 1);
        }
    }

    /**
     * The estimate as sums over independent units, so that a bootstrap replicate is a weighted sum over units. A
     * collaboration brings its workplaces' weighted changes; a comparison enterprise brings minus its workplaces'
     * changes, each weighted by the share it has in the treated workplaces' comparison means (a comparison used by
     * many treated workplaces weighs as much). Collaborations and comparison enterprises are drawn separately: comparisons
     * matched with replacement are shared between treated workplaces, and resampling the treated alone would miss that
     * (Abadie and Imbens 2008).
     */
    private record Units(
            double[][] treatedSum,
            double[][] treatedWeight,
            int[][] treatedCount,
            double[] naive,
            double[] naiveWeight,
            double[][] comparisonSum,
            double totalWeight) {

        static Units of(List<EventStudy.Contrasts> contrasts) {
            // Units in key order and members in org. number order: the same data give the same replicates.
            TreeMap<String, List<EventStudy.Contrasts>> byCluster = new TreeMap<>();
            contrasts.stream()
                    .sorted(Comparator.comparing(EventStudy.Contrasts::orgNumber))
                    .forEach(c -> byCluster
                            .computeIfAbsent(c.cluster(), k -> new ArrayList<>())
                            .add(c));
            int n = byCluster.size();
            double[][] sums = new double[n][EventStudy.LENGTH];
            double[][] weights = new double[n][EventStudy.LENGTH];
            int[][] counts = new int[n][EventStudy.LENGTH];
            double[] naive = new double[n];
            double[] naiveWeight = new double[n];
            TreeMap<String, double[]> comparisonSums = new TreeMap<>();
            double total = 0;
            int u = 0;
            for (List<EventStudy.Contrasts> members : byCluster.values()) {
                for (EventStudy.Contrasts w : members) {
                    total += w.weight();
                    for (int i = 0; i < EventStudy.LENGTH; i++) {
                        if (Double.isNaN(w.change()[i])) continue;
                        sums[u][i] += w.weight() * w.change()[i];
                        weights[u][i] += w.weight();
                        counts[u][i]++;
                        double share = w.weight() / w.comparisonsAt(i);
                        for (EventStudy.ComparisonChange c : w.comparisons()) {
                            if (Double.isNaN(c.change()[i])) continue;
                            comparisonSums.computeIfAbsent(c.legalUnit(), k -> new double[EventStudy.LENGTH])[i] -=
                                    share * c.change()[i];
                        }
                    }
                    if (!Double.isNaN(w.naive())) {
                        naive[u] += w.weight() * w.naive();
                        naiveWeight[u] += w.weight();
                    }
                }
                u++;
            }
            return new Units(
                    sums,
                    weights,
                    counts,
                    naive,
                    naiveWeight,
                    comparisonSums.values().toArray(double[][]::new),
                    total);
        }

        Figures point() {
            int[] treated = new int[treatedSum.length];
            int[] comparisons = new int[comparisonSum.length];
            Arrays.fill(treated, 1);
            Arrays.fill(comparisons, 1);
            return figures(treated, comparisons);
        }

        Figures resampled(SplittableRandom random) {
            return figures(draw(random, treatedSum.length), draw(random, comparisonSum.length));
        }

        private static int[] draw(SplittableRandom random, int units) {
            int[] times = new int[units];
            for (int d = 0; d < units; d++) times[random.nextInt(units)]++;
            return times;
        }

        private Figures figures(int[] treated, int[] comparisons) {
            double[] effect = new double[EventStudy.LENGTH];
            int[] count = new int[EventStudy.LENGTH];
            for (int i = 0; i < EventStudy.LENGTH; i++) {
                double sum = 0;
                double w = 0;
                for (int u = 0; u < treated.length; u++) {
                    if (treated[u] == 0) continue;
                    sum += treated[u] * treatedSum[u][i];
                    w += treated[u] * treatedWeight[u][i];
                    count[i] += treated[u] * treatedCount[u][i];
                }
                for (int c = 0; c < comparisons.length; c++) sum += comparisons[c] * comparisonSum[c][i];
                effect[i] = w > 0 ? sum / w : Double.NaN;
            }
            double sum = 0;
            double w = 0;
            for (int u = 0; u < treated.length; u++) {
                sum += treated[u] * naive[u];
                w += treated[u] * naiveWeight[u];
            }
            return new Figures(effect, count, w > 0 ? sum / w : Double.NaN);
        }
    }
}
