package no.iaverk.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * Finds, for each studied workplace, its k nearest comparison workplaces (with replacement across treated ones):
 * same matching cell, same size band in quarter −1, not yet chosen for assistance, four observed quarters before it,
 * nearest on the baseline's level and trend, each standardised over the candidates.
 */
final class ComparisonMatching {

    static final int K = 5;

    /** A studied workplace with its baseline and the panel indexes of its comparisons, nearest first. */
    record Matched(FirstStart start, int treated, Baseline baseline, List<Integer> comparisons) {}

    /** The outcome: the matched workplaces and how many studied ones could not be matched, and why. */
    record Result(List<Matched> matched, int withoutBaseline, int withoutComparisons) {}

    private record Candidate(int index, double[] features) {}

    private record Pool(List<Candidate> candidates, double[] scales) {}

    private record PoolKey(String cell, int start, SizeBand band) {}

    private final Panel panel;
    private final Map<PoolKey, Pool> pools = new HashMap<>();

    ComparisonMatching(Panel panel) {
        this.panel = panel;
    }

    Result match(List<FirstStart> studied) {
        List<Matched> matched = new ArrayList<>();
        int withoutBaseline = 0;
        int withoutComparisons = 0;
        for (FirstStart start : studied) {
            int treated = panel.indexOf(start.orgNumber());
            if (treated < 0) {
                withoutBaseline++;
                continue;
            }
            WorkplaceSeries w = panel.workplace(treated);
            Baseline baseline = Baseline.before(w, start.quarter());
            SizeBand band = baseline == null ? null : SizeBand.of(w.persons()[start.quarter() - 1]);
            if (baseline == null || band == null) {
                withoutBaseline++;
                continue;
            }
            Pool pool = pools.computeIfAbsent(new PoolKey(w.cell(), start.quarter(), band), this::pool);
            List<Integer> nearest = nearest(pool, treated, baseline);
            if (nearest.isEmpty()) {
                withoutComparisons++;
            } else {
                matched.add(new Matched(start, treated, baseline, nearest));
            }
        }
        return new Result(matched, withoutBaseline, withoutComparisons);
    }

    /** Everyone in the cell and band that may still serve as a comparison at quarter −1, with a full baseline. */
    private Pool pool(PoolKey key) {
        List<Candidate> candidates = new ArrayList<>();
        for (int j : panel.cell(key.cell())) {
            if (!panel.comparable(j, key.start() - 1)) continue;
            WorkplaceSeries w = panel.workplace(j);
            if (key.start() < 1 || SizeBand.of(w.persons()[key.start() - 1]) != key.band()) continue;
            Baseline b = Baseline.before(w, key.start());
            if (b != null) candidates.add(new Candidate(j, b.features()));
        }
        int dimensions = candidates.isEmpty() ? 0 : candidates.get(0).features().length;
        double[] scales = new double[dimensions];
        for (int d = 0; d < dimensions; d++) {
            int feature = d;
            scales[d] = scale(
                    candidates.stream().mapToDouble(c -> c.features()[feature]).toArray());
        }
        return new Pool(candidates, scales);
    }

    private List<Integer> nearest(Pool pool, int treated, Baseline baseline) {
        record Distance(int index, String orgNumber, double value) {}
        // Ties go to the lower org. number, so the same data always give the same comparisons.
        Comparator<Distance> closer =
                Comparator.comparingDouble(Distance::value).thenComparing(Distance::orgNumber);
        PriorityQueue<Distance> kept = new PriorityQueue<>(K + 1, closer.reversed());
        double[] y = baseline.features();
        for (Candidate c : pool.candidates()) {
            if (c.index() == treated) continue;
            double[] x = c.features();
            double value = 0;
            for (int d = 0; d < x.length; d++) {
                double z = (x[d] - y[d]) / pool.scales()[d];
                value += z * z;
            }
            if (kept.size() == K && value > kept.peek().value()) continue;
            kept.add(new Distance(c.index(), panel.workplace(c.index()).orgNumber(), value));
            if (kept.size() > K) kept.poll();
        }
        return kept.stream().sorted(closer).map(Distance::index).toList();
    }

    /** The standard deviation to divide by; 1 when the candidates do not vary (or are too few to say). */
    private static double scale(double[] values) {
        if (values.length < 2) return 1;
        double sd = new StandardDeviation().evaluate(values);
        return sd > 0 ? sd : 1;
    }
}
