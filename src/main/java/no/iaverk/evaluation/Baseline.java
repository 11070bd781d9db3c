package no.iaverk.evaluation;

import org.jspecify.annotations.Nullable;

/**
 * A workplace's four quarters before a start (relative −4…−1): the level and trend it is matched on, its reference
 * quarter −1, and its possible workdays over the year, which weigh it in the estimate.
 */
record Baseline(double mean, double slope, double reference, double possibleWorkdays) {

    /** What a workplace is matched on: its level and its trend over the four quarters. */
    double[] features() {
        return new double[] {mean, slope};
    }

    static final int QUARTERS = 4;

    /** The baseline before {@code start}, or null unless all four quarters are observed. */
    static @Nullable Baseline before(WorkplaceSeries w, int start) {
        double sum = 0;
        double trend = 0;
        double workdays = 0;
        for (int e = -QUARTERS; e <= -1; e++) {
            int q = start + e;
            if (!w.observed(q)) return null;
            double y = w.percent(q);
            sum += y;
            // Least-squares slope over x = −4…−1: Σ(x − x̄)·y / Σ(x − x̄)², with x̄ = −2.5 and Σ(x − x̄)² = 5.
            trend += (e + 2.5) * y;
            workdays += w.possible()[q];
        }
        return new Baseline(sum / QUARTERS, trend / 5, w.percent(start - 1), workdays);
    }
}
