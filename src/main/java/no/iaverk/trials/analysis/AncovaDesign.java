package no.iaverk.trials.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.jspecify.annotations.Nullable;

/**
 * The ANCOVA's design for one outcome, split the way the fit uses it: the nuisance columns Z (intercept, baseline,
 * one dummy per stratum level but the first of each factor: main effects) and the arm dummies D (one per compared
 * arm, the reference arm is the zeros).
 *
 * <p>Columns enter one at a time and stay only if they add to the rank. A redundant stratum level (say two factors
 * that split the units alike) is dropped: the column space, and so every arm's estimate, is the same without it. An
 * arm whose dummy lies in the span of Z cannot be estimated at all (its units fill their strata alone); it is
 * reported as confounded instead of crashing a matrix inversion.
 */
record AncovaDesign(
        DMatrixRMaj nuisance,
        List<String> arms,
        List<String> confoundedArms,
        List<String> droppedColumns,
        double[] response,
        String[] armOf,
        String[] stratumOf) {

    private static final double RANK_TOLERANCE = 1e-9;

    static AncovaDesign of(List<TrialUnit> units, Outcome outcome, List<String> comparedArms) {
        int n = units.size();
        double[] response = new double[n];
        String[] armOf = new String[n];
        String[] stratumOf = new String[n];
        List<double[]> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        double[] intercept = new double[n];
        double[] baseline = new double[n];
        for (int i = 0; i < n; i++) {
            TrialUnit unit = units.get(i);
            intercept[i] = 1;
            baseline[i] = value(unit.baseline());
            response[i] = value(unit.followUp(outcome));
            armOf[i] = unit.arm();
            stratumOf[i] = String.join("\u001f", unit.strata());
        }
        addIfIndependent(kept, intercept, "intercept", dropped);
        addIfIndependent(kept, baseline, "baseline", dropped);
        int factors = units.isEmpty() ? 0 : units.get(0).strata().size();
        for (int f = 0; f < factors; f++) {
            TreeSet<String> levels = new TreeSet<>();
            for (TrialUnit unit : units) levels.add(unit.strata().get(f));
            for (String level : levels.stream().skip(1).toList()) {
                double[] dummy = new double[n];
                for (int i = 0; i < n; i++)
                    dummy[i] = units.get(i).strata().get(f).equals(level) ? 1 : 0;
                addIfIndependent(kept, dummy, "stratum " + (f + 1) + " = " + level, dropped);
            }
        }
        DMatrixRMaj nuisance = columns(kept, n);
        List<String> estimable = new ArrayList<>();
        List<String> confounded = new ArrayList<>();
        List<double[]> withArms = new ArrayList<>(kept);
        for (String arm : comparedArms) {
            double[] dummy = new double[n];
            for (int i = 0; i < n; i++) dummy[i] = armOf[i].equals(arm) ? 1 : 0;
            if (addIfIndependent(withArms, dummy, arm, new ArrayList<>())) estimable.add(arm);
            else confounded.add(arm);
        }
        return new AncovaDesign(nuisance, estimable, confounded, dropped, response, armOf, stratumOf);
    }

    int units() {
        return response.length;
    }

    /** p: the parameters of the model (nuisance columns and estimable arms). */
    int parameters() {
        return nuisance.numCols + arms.size();
    }

    /** The arm dummies for the given labels (the observed ones, or a re-randomisation). */
    DMatrixRMaj armDummies(String[] labels) {
        DMatrixRMaj d = new DMatrixRMaj(labels.length, arms.size());
        for (int i = 0; i < labels.length; i++) {
            int column = arms.indexOf(labels[i]);
            if (column >= 0) d.unsafe_set(i, column, 1);
        }
        return d;
    }

    private static boolean addIfIndependent(
            List<double[]> kept, double[] candidate, String name, List<String> dropped) {
        kept.add(candidate);
        if (fullColumnRank(kept)) return true;
        kept.remove(kept.size() - 1);
        dropped.add(name);
        return false;
    }

    /** Full column rank, judged on unit-length columns so that the tolerance does not depend on their scale. */
    private static boolean fullColumnRank(List<double[]> columns) {
        int n = columns.get(0).length;
        if (columns.size() > n) return false;
        DMatrixRMaj m = new DMatrixRMaj(n, columns.size());
        for (int j = 0; j < columns.size(); j++) {
            double[] c = columns.get(j);
            double norm = 0;
            for (double v : c) norm += v * v;
            if (norm == 0) return false;
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) m.unsafe_set(i, j, c[i] / norm);
        }
        return SingularOps_DDRM.rank(m, RANK_TOLERANCE) == columns.size();
    }

    private static DMatrixRMaj columns(List<double[]> columns, int n) {
        DMatrixRMaj m = new DMatrixRMaj(n, columns.size());
        for (int j = 0; j < columns.size(); j++) {
            for (int i = 0; i < n; i++) m.unsafe_set(i, j, columns.get(j)[i]);
        }
        return m;
    }

    private static double value(@Nullable Double v) {
        if (v == null || !Double.isFinite(v)) throw new IllegalArgumentException("an analysed unit lacks a value");
        return v;
    }
}
