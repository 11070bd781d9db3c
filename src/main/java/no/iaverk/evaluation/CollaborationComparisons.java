package no.iaverk.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.iaverk.evaluation.CollaborationEffect.Point;
import no.iaverk.evaluation.CollaborationEffect.QuarterComparison;
import no.iaverk.evaluation.CollaborationEffect.Status;
import no.iaverk.evaluation.CollaborationEffect.WorkplaceComparison;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;

/**
 * A collaboration's workplaces quarter by quarter around its start, each against the mean of the comparisons the
 * estimator matched to it, and the studied ones together. Only observed quarters (five persons or more) are used, so
 * neither a workplace's row nor the sum of them says anything about a masked quarter.
 */
final class CollaborationComparisons {

    /** A workplace the collaboration covers. */
    record Covered(String orgNumber, @Nullable String name, boolean firstAssistedHere) {}

    private final Panel panel;
    private final Quarter first;
    private final int start;

    CollaborationComparisons(Panel panel, Quarter first, int start) {
        this.panel = panel;
        this.first = first;
        this.start = start;
    }

    List<WorkplaceComparison> workplaces(List<Covered> covered, ComparisonMatching.Result matching) {
        Map<String, ComparisonMatching.Matched> matched = matching.matched().stream()
                .collect(Collectors.toMap(m -> m.start().orgNumber(), Function.identity()));
        List<WorkplaceComparison> result = new ArrayList<>();
        for (Covered c : covered) {
            int index = panel.indexOf(c.orgNumber());
            ComparisonMatching.Matched m = matched.get(c.orgNumber());
            Status status = !c.firstAssistedHere()
                    ? Status.ASSISTED_EARLIER
                    : index < 0 ? Status.NO_STATISTICS : m != null ? Status.STUDIED : why(index);
            List<Point> points = new ArrayList<>();
            if (index >= 0 && status != Status.ASSISTED_EARLIER) {
                for (int e = EventStudy.FIRST; e <= EventStudy.LAST; e++) {
                    int q = start + e;
                    if (q < 0 || q >= panel.workplace(index).quarters()) continue;
                    points.add(new Point(e, quarter(q), percent(index, q), m == null ? null : comparisonMean(m, q)));
                }
            }
            result.add(new WorkplaceComparison(
                    c.orgNumber(),
                    c.name(),
                    status,
                    m == null ? 0 : m.comparisons().size(),
                    points));
        }
        return result;
    }

    /** The studied workplaces together per relative quarter, weighted by their possible workdays in that quarter. */
    List<QuarterComparison> series(ComparisonMatching.Result matching) {
        List<QuarterComparison> series = new ArrayList<>();
        for (int e = EventStudy.FIRST; e <= EventStudy.LAST; e++) {
            int q = start + e;
            if (q < 0 || matching.matched().isEmpty() || q >= panel.workplace(0).quarters()) continue;
            double lost = 0;
            double possible = 0;
            double comparisons = 0;
            double comparisonWeight = 0;
            int workplaces = 0;
            for (ComparisonMatching.Matched m : matching.matched()) {
                WorkplaceSeries w = panel.workplace(m.treated());
                if (!w.observed(q)) continue;
                workplaces++;
                lost += w.lost()[q];
                possible += w.possible()[q];
                Double mean = comparisonMean(m, q);
                if (mean != null) {
                    comparisons += w.possible()[q] * mean;
                    comparisonWeight += w.possible()[q];
                }
            }
            series.add(new QuarterComparison(
                    e,
                    quarter(q),
                    workplaces == 0 ? null : lost / possible * 100,
                    comparisonWeight == 0 ? null : comparisons / comparisonWeight,
                    workplaces));
        }
        return series;
    }

    private Status why(int index) {
        WorkplaceSeries w = panel.workplace(index);
        boolean baseline = Baseline.before(w, start) != null && SizeBand.of(w.persons()[start - 1]) != null;
        return baseline ? Status.NO_COMPARISONS : Status.NO_BASELINE;
    }

    private @Nullable Double percent(int index, int q) {
        WorkplaceSeries w = panel.workplace(index);
        return w.observed(q) ? w.percent(q) : null;
    }

    /** The mean percent in quarter {@code q} of the comparisons that may serve then; null when none may. */
    private @Nullable Double comparisonMean(ComparisonMatching.Matched m, int q) {
        double sum = 0;
        int n = 0;
        for (int j : m.comparisons()) {
            if (panel.comparable(j, q) && panel.workplace(j).observed(q)) {
                sum += panel.workplace(j).percent(q);
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    private String quarter(int q) {
        return first.plus(q).toString();
    }
}
