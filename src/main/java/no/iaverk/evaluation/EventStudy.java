package no.iaverk.evaluation;

import java.util.Arrays;
import java.util.List;

/**
 * One treated workplace's contrast with its comparisons per relative quarter e = −8…+8, against the reference quarter
 * −1: (Y(e) − Y(−1)) − mean over comparisons of the same difference. A comparison counts at e only while it may
 * serve as one ({@link Panel#comparable}) and where both its quarters are observed; so does the treated workplace.
 * The contrast is kept in its two parts, the treated workplace's change and each comparison's, so that the bootstrap
 * can resample comparison enterprises as well as collaborations.
 */
final class EventStudy {

    static final int FIRST = -8;
    static final int LAST = 8;
    static final int REFERENCE = -1;
    static final int LENGTH = LAST - FIRST + 1;

    /**
     * @param change the treated workplace's Y(e) − Y(−1) per relative quarter (index e − FIRST), NaN where the contrast
     *     cannot be computed (the workplace's quarter is missing, or none of its comparisons counts)
     * @param comparisons the comparisons' changes, NaN where one does not count
     * @param naive the treated workplace's own before/after: mean Y(+1…+4) − mean Y(−4…−1), NaN unless all observed
     */
    record Contrasts(
            String cluster,
            String orgNumber,
            double weight,
            double[] change,
            List<ComparisonChange> comparisons,
            double naive) {

        /** The contrast at index {@code i}: the treated change minus the mean change of the comparisons that count. */
        double contrast(int i) {
            double sum = 0;
            int n = 0;
            for (ComparisonChange c : comparisons) {
                if (Double.isNaN(c.change()[i])) continue;
                sum += c.change()[i];
                n++;
            }
            return n == 0 ? Double.NaN : change[i] - sum / n;
        }

        int comparisonsAt(int i) {
            return (int) comparisons.stream()
                    .filter(c -> !Double.isNaN(c.change()[i]))
                    .count();
        }
    }

    record ComparisonChange(String legalUnit, double[] change) {}

    private EventStudy() {}

    static Contrasts of(Panel panel, ComparisonMatching.Matched m) {
        WorkplaceSeries treated = panel.workplace(m.treated());
        int start = m.start().quarter();
        double[] change = new double[LENGTH];
        Arrays.fill(change, Double.NaN);
        List<ComparisonChange> comparisons = m.comparisons().stream()
                .map(j -> comparisonChange(panel, j, start))
                .toList();
        for (int e = FIRST; e <= LAST; e++) {
            int i = e - FIRST;
            if (treated.observed(start + e) && comparisons.stream().anyMatch(c -> !Double.isNaN(c.change()[i]))) {
                change[i] = treated.percent(start + e) - m.baseline().reference();
            }
        }
        return new Contrasts(
                m.start().collaboration(),
                treated.orgNumber(),
                m.baseline().possibleWorkdays(),
                change,
                comparisons,
                naive(treated, start, m));
    }

    private static ComparisonChange comparisonChange(Panel panel, int j, int start) {
        WorkplaceSeries c = panel.workplace(j);
        double[] change = new double[LENGTH];
        Arrays.fill(change, Double.NaN);
        for (int e = FIRST; e <= LAST; e++) {
            int q = start + e;
            if (panel.comparable(j, q) && c.observed(q))
                change[e - FIRST] = c.percent(q) - c.percent(start + REFERENCE);
        }
        return new ComparisonChange(c.legalUnit(), change);
    }

    private static double naive(WorkplaceSeries treated, int start, ComparisonMatching.Matched m) {
        double after = 0;
        for (int e = 1; e <= 4; e++) {
            if (!treated.observed(start + e)) return Double.NaN;
            after += treated.percent(start + e);
        }
        return after / 4 - m.baseline().mean();
    }
}
