package no.iaverk.trials.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.iaverk.trials.Arm;
import no.iaverk.trials.Trial;
import no.iaverk.trials.TrialResults;
import no.iaverk.trials.analysis.ArmEffect;
import no.iaverk.trials.analysis.OutcomeAnalysis;
import org.jspecify.annotations.Nullable;

/**
 * The analysis' two charts as SVG geometry, drawn on the server so they need no script and the page tests can read them:
 * a forest chart (each arm against the reference, first and second year, estimate with its 95 % interval and the zero
 * line) and each arm's mean percent at baseline, first and second year. The tables beside them hold the same figures.
 */
record TrialCharts(Forest forest, Means means, List<MeanRow> table, Map<String, String> armNames) {

    static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 220;
    private static final int MARGIN = 20;
    private static final int ROW_HEIGHT = 32;

    /** A row of the forest chart; {@code x}, {@code low} and {@code high} null when the result is withheld. */
    record ForestRow(
            String arm,
            String outcome,
            int y,
            @Nullable Double x,
            @Nullable Double low,
            @Nullable Double high) {}

    record Tick(double x, String label) {}

    record Forest(int height, double zeroX, List<ForestRow> rows, List<Tick> ticks) {}

    record Point(double x, double y) {}

    /** One arm's line; {@code points} only where its mean is shown (five legal units or more). */
    record Line(String arm, String name, int colour, String path, List<Point> points) {}

    record Means(int height, List<Tick> periods, List<Tick> levels, List<Line> lines) {}

    /** An arm's row of the table under the means chart: its mean at baseline, first and second year. */
    record MeanRow(String name, List<TrialResults.ArmMean> periods) {}

    static TrialCharts of(Trial trial, TrialResults results, TrialDisplay display) {
        List<MeanRow> table = trial.arms().stream()
                .map(arm -> new MeanRow(
                        String.valueOf(arm.name()),
                        results.means().stream()
                                .filter(m -> m.arm().equals(arm.code()))
                                .toList()))
                .toList();
        Map<String, String> names = new LinkedHashMap<>();
        trial.arms().forEach(arm -> names.put(String.valueOf(arm.code()), String.valueOf(arm.name())));
        return new TrialCharts(forest(results, display), means(trial, results, display), table, names);
    }

    public int width() {
        return WIDTH;
    }

    private static Forest forest(TrialResults results, TrialDisplay display) {
        List<ArmEffect> effects = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        for (OutcomeAnalysis outcome :
                List.of(results.analysis().firstYear(), results.analysis().secondYear())) {
            for (ArmEffect effect : outcome.arms()) {
                effects.add(effect);
                outcomes.add(outcome.outcome().name());
            }
        }
        double min = 0;
        double max = 0;
        for (ArmEffect e : effects) {
            if (e.ciLow() != null && e.ciHigh() != null) {
                min = Math.min(min, e.ciLow());
                max = Math.max(max, e.ciHigh());
            }
        }
        double span = Math.max(max - min, 0.5);
        Scale scale = new Scale(min - span * 0.1, max + span * 0.1, LABEL_WIDTH, WIDTH - MARGIN);
        List<ForestRow> rows = new ArrayList<>();
        for (int i = 0; i < effects.size(); i++) {
            ArmEffect e = effects.get(i);
            boolean shown = e.estimate() != null && e.ciLow() != null && e.ciHigh() != null;
            rows.add(new ForestRow(
                    e.arm(),
                    outcomes.get(i),
                    MARGIN + i * ROW_HEIGHT + ROW_HEIGHT / 2,
                    shown ? scale.at(e.estimate()) : null,
                    shown ? scale.at(e.ciLow()) : null,
                    shown ? scale.at(e.ciHigh()) : null));
        }
        List<Tick> ticks = new ArrayList<>();
        for (double v : niceTicks(scale.low(), scale.high())) {
            ticks.add(new Tick(scale.at(v), display.decimal(v)));
        }
        return new Forest(2 * MARGIN + effects.size() * ROW_HEIGHT + 20, scale.at(0), rows, ticks);
    }

    private static Means means(Trial trial, TrialResults results, TrialDisplay display) {
        int height = 240;
        List<String> periods = List.of("BASELINE", "FIRST_YEAR", "SECOND_YEAR");
        double max = results.means().stream()
                .map(TrialResults.ArmMean::meanPercent)
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(10);
        Scale x = new Scale(-0.5, 2.5, 60, WIDTH - MARGIN);
        Scale y = new Scale(0, Math.max(1, max * 1.15), height - 30, MARGIN);
        List<Tick> periodTicks = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            periodTicks.add(new Tick(x.at(i), periods.get(i)));
        }
        List<Tick> levels = new ArrayList<>();
        for (double v : niceTicks(0, y.high())) {
            levels.add(new Tick(y.at(v), display.decimal(v)));
        }
        List<Line> lines = new ArrayList<>();
        List<Arm> arms = trial.arms();
        for (int a = 0; a < arms.size(); a++) {
            String code = String.valueOf(arms.get(a).code());
            List<Point> points = new ArrayList<>();
            StringBuilder path = new StringBuilder();
            boolean drawing = false;
            for (int i = 0; i < periods.size(); i++) {
                Double mean = meanOf(results, code, periods.get(i));
                if (mean == null) {
                    drawing = false; // a gap stays a gap
                    continue;
                }
                Point p = new Point(x.at(i), y.at(mean));
                points.add(p);
                path.append(drawing ? " L " : (path.isEmpty() ? "M " : " M "))
                        .append(String.format(Locale.ROOT, "%.1f %.1f", p.x(), p.y()));
                drawing = true;
            }
            lines.add(new Line(code, String.valueOf(arms.get(a).name()), a % 4, path.toString(), points));
        }
        return new Means(height, periodTicks, levels, lines);
    }

    private static @Nullable Double meanOf(TrialResults results, String arm, String period) {
        return results.means().stream()
                .filter(m -> m.arm().equals(arm) && m.period().equals(period))
                .map(TrialResults.ArmMean::meanPercent)
                .filter(v -> v != null)
                .findFirst()
                .orElse(null);
    }

    /** About five round values between low and high. */
    static List<Double> niceTicks(double low, double high) {
        double raw = (high - low) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double factor : new double[] {1, 2, 5, 10}) {
            step = factor * magnitude;
            if (step >= raw) {
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        // Whole multiples of the step, rounded, so that 3 × 0.3 is written 0,9 and not 0,8999…
        for (long k = (long) Math.ceil(low / step - 1e-9); k * step <= high + 1e-9; k++) {
            double v = Math.round(k * step * 1e9) / 1e9;
            ticks.add(v == 0 ? 0.0 : v);
        }
        return ticks;
    }

    /** A linear map of the values low…high onto the pixels from…to. */
    private record Scale(double low, double high, double from, double to) {
        double at(double value) {
            return Math.round((from + (value - low) / (high - low) * (to - from)) * 10) / 10.0;
        }
    }
}
