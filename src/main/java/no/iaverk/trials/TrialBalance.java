package no.iaverk.trials;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import no.iaverk.trials.internal.Stratification;
import org.apache.commons.math3.stat.StatUtils;
import org.jspecify.annotations.Nullable;

/**
 * The balance table at randomisation: per arm the randomised legal units' baseline percent (the four quarters before
 * randomisation) and size as mean and standard deviation, and their shares by size band, industry programme and
 * county; each compared arm's standardised difference against the reference arm (difference of means over the root
 * of the mean of the two variances; for a share p, variance p(1 − p)). An absolute standardised difference above
 * {@value #FLAG_ABOVE} is flagged, the usual threshold for a noticeable imbalance. An arm with fewer than
 * {@value #MIN_UNITS} legal units shows its count only.
 */
public record TrialBalance(long trialId, String referenceArm, List<ArmSize> arms, List<Row> rows) {

    public static final double FLAG_ABOVE = 0.1;
    public static final int MIN_UNITS = 5;

    public record ArmSize(String arm, String name, int legalUnits, boolean withheld) {}

    /**
     * @param variable BASELINE_PERCENT, EMPLOYEES (means) or SIZE_BAND, INDUSTRY_PROGRAMME, COUNTY (shares of a level)
     * @param level the level of a share row, null for a mean
     * @param label the level's name where the register has one (county, programme), else the level
     */
    public record Row(
            String variable,
            @Nullable String level,
            @Nullable String label,
            List<Cell> cells,
            List<Difference> differences) {}

    /** @param value a mean, or a share (0–1); null when the arm is withheld; sd only for means */
    public record Cell(
            String arm,
            int n,
            @Nullable Double value,
            @Nullable Double sd) {}

    public record Difference(String arm, @Nullable Double standardised, boolean flagged) {}

    /** @param names {@code COUNTY:46} and {@code INDUSTRY_PROGRAMME:<code>} with their names */
    static TrialBalance of(FollowUp followUp, Map<String, String> names) {
        Trial trial = followUp.trial();
        List<String> codes =
                trial.arms().stream().map(a -> String.valueOf(a.code())).toList();
        List<List<FollowUp.UnitFollowUp>> byArm =
                codes.stream().map(followUp::inArm).toList();
        List<ArmSize> sizes = new ArrayList<>();
        for (int a = 0; a < codes.size(); a++) {
            int n = byArm.get(a).size();
            sizes.add(
                    new ArmSize(codes.get(a), String.valueOf(trial.arms().get(a).name()), n, n < MIN_UNITS));
        }
        List<Row> rows = new ArrayList<>();
        rows.add(mean("BASELINE_PERCENT", codes, byArm, u -> u.baseline() == null ? Double.NaN : u.baseline()));
        rows.add(mean("EMPLOYEES", codes, byArm, u -> u.unit().employees()));
        shares(
                rows,
                "SIZE_BAND",
                codes,
                byArm,
                u -> Stratification.sizeBand(u.unit().employees()),
                Map.of());
        shares(rows, "INDUSTRY_PROGRAMME", codes, byArm, u -> u.unit().programme(), names);
        shares(rows, "COUNTY", codes, byArm, u -> u.unit().county(), names);
        return new TrialBalance(trial.id(), codes.get(0), sizes, rows);
    }

    private static Row mean(
            String variable,
            List<String> codes,
            List<List<FollowUp.UnitFollowUp>> byArm,
            ToDoubleFunction<FollowUp.UnitFollowUp> value) {
        List<Cell> cells = new ArrayList<>();
        for (int a = 0; a < codes.size(); a++) {
            double[] values = byArm.get(a).stream()
                    .mapToDouble(value)
                    .filter(v -> !Double.isNaN(v))
                    .toArray();
            boolean shown = values.length >= MIN_UNITS;
            cells.add(new Cell(
                    codes.get(a),
                    values.length,
                    shown ? StatUtils.mean(values) : null,
                    shown && values.length > 1 ? Math.sqrt(StatUtils.variance(values)) : null));
        }
        return new Row(variable, null, null, cells, differences(cells, false));
    }

    private static void shares(
            List<Row> rows,
            String variable,
            List<String> codes,
            List<List<FollowUp.UnitFollowUp>> byArm,
            Function<FollowUp.UnitFollowUp, @Nullable String> level,
            Map<String, String> names) {
        TreeSet<String> levels = new TreeSet<>();
        byArm.forEach(units -> units.forEach(u -> levels.add(levelOf(level, u))));
        for (String value : levels) {
            List<Cell> cells = new ArrayList<>();
            for (int a = 0; a < codes.size(); a++) {
                List<FollowUp.UnitFollowUp> units = byArm.get(a);
                long in = units.stream()
                        .filter(u -> levelOf(level, u).equals(value))
                        .count();
                boolean shown = units.size() >= MIN_UNITS;
                cells.add(new Cell(codes.get(a), units.size(), shown ? (double) in / units.size() : null, null));
            }
            rows.add(new Row(
                    variable,
                    value,
                    names.getOrDefault(variable + ":" + value, value),
                    cells,
                    differences(cells, true)));
        }
    }

    private static String levelOf(Function<FollowUp.UnitFollowUp, @Nullable String> level, FollowUp.UnitFollowUp u) {
        String value = level.apply(u);
        return value == null ? Stratification.NONE : value;
    }

    private static List<Difference> differences(List<Cell> cells, boolean share) {
        Cell reference = cells.get(0);
        List<Difference> differences = new ArrayList<>();
        for (Cell cell : cells.subList(1, cells.size())) {
            Double d = standardised(reference, cell, share);
            differences.add(new Difference(cell.arm(), d, d != null && Math.abs(d) > FLAG_ABOVE));
        }
        return differences;
    }

    private static @Nullable Double standardised(Cell reference, Cell arm, boolean share) {
        if (reference.value() == null || arm.value() == null) {
            return null;
        }
        double v0 = share ? reference.value() * (1 - reference.value()) : square(reference.sd());
        double v1 = share ? arm.value() * (1 - arm.value()) : square(arm.sd());
        double pooled = Math.sqrt((v0 + v1) / 2);
        double difference = arm.value() - reference.value();
        if (pooled == 0) {
            return difference == 0 ? 0.0 : null;
        }
        return difference / pooled;
    }

    private static double square(@Nullable Double sd) {
        return sd == null ? 0 : sd * sd;
    }
}
