package no.iaverk.trials.analysis;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * Least squares of the response on [Z | D] with HC2 standard errors for the arm coefficients, computed through the
 * Frisch–Waugh–Lovell theorem: with Q an orthonormal basis of the nuisance columns Z, the arm coefficients are those of
 * the residualised response on the residualised arm dummies W = (I − QQ')D, and so are their sandwich variances,
 * because the arm rows of (X'X)⁻¹X' are (W'W)⁻¹W'. The leverage of the full design splits the same way: h = h_Z + h_W.
 *
 * <p>Z never changes when arm labels are re-randomised within strata, so Q, h_Z and the residualised response are
 * computed once and each permutation costs only the arm columns.
 *
 * <p>HC2 (MacKinnon and White 1985): Var(β) = A W' diag(e²/(1 − h)) W A with A = (W'W)⁻¹. A unit with leverage 1 (alone
 * in its stratum level) has residual 0 and adds nothing.
 */
final class RobustArmFit {

    private static final double FULL_LEVERAGE = 1e-10;

    private final DMatrixRMaj q;
    private final double[] nuisanceLeverage;
    private final DMatrixRMaj residualisedResponse;

    RobustArmFit(DMatrixRMaj nuisance, double[] response) {
        int n = nuisance.numRows;
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, nuisance.numCols);
        if (!qr.decompose(nuisance.copy())) throw new IllegalStateException("QR of the nuisance columns failed");
        this.q = qr.getQ(null, true);
        this.nuisanceLeverage = new double[n];
        for (int i = 0; i < n; i++) {
            double h = 0;
            for (int j = 0; j < q.numCols; j++) h += q.unsafe_get(i, j) * q.unsafe_get(i, j);
            nuisanceLeverage[i] = h;
        }
        this.residualisedResponse = residualise(new DMatrixRMaj(n, 1, true, response));
    }

    /** The fit for these arm dummies: coefficients, HC2 variances, and the residual sum of squares. */
    record Fit(double[] coefficients, double[] variances, double residualSumOfSquares) {

        double robustT(int arm) {
            return coefficients[arm] / Math.sqrt(variances[arm]);
        }
    }

    Fit fit(DMatrixRMaj armDummies) {
        int n = armDummies.numRows;
        int k = armDummies.numCols;
        DMatrixRMaj w = residualise(armDummies);
        DMatrixRMaj a = new DMatrixRMaj(k, k);
        CommonOps_DDRM.multTransA(w, w, a);
        if (!CommonOps_DDRM.invert(a)) throw new IllegalStateException("arm columns are not of full rank");
        DMatrixRMaj wty = new DMatrixRMaj(k, 1);
        CommonOps_DDRM.multTransA(w, residualisedResponse, wty);
        DMatrixRMaj beta = new DMatrixRMaj(k, 1);
        CommonOps_DDRM.mult(a, wty, beta);
        DMatrixRMaj fitted = new DMatrixRMaj(n, 1);
        CommonOps_DDRM.mult(w, beta, fitted);
        DMatrixRMaj residuals = new DMatrixRMaj(n, 1);
        CommonOps_DDRM.subtract(residualisedResponse, fitted, residuals);
        DMatrixRMaj wa = new DMatrixRMaj(n, k);
        CommonOps_DDRM.mult(w, a, wa);
        // Rows of W scaled by e_i / sqrt(1 − h_i), so that the meat W' diag(e²/(1 − h)) W is S'S.
        DMatrixRMaj scaled = new DMatrixRMaj(n, k);
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double e = residuals.unsafe_get(i, 0);
            rss += e * e;
            double h = nuisanceLeverage[i];
            for (int j = 0; j < k; j++) h += wa.unsafe_get(i, j) * w.unsafe_get(i, j);
            double weight = 1 - h < FULL_LEVERAGE ? 0 : e / Math.sqrt(1 - h);
            for (int j = 0; j < k; j++) scaled.unsafe_set(i, j, w.unsafe_get(i, j) * weight);
        }
        DMatrixRMaj meat = new DMatrixRMaj(k, k);
        CommonOps_DDRM.multTransA(scaled, scaled, meat);
        DMatrixRMaj half = new DMatrixRMaj(k, k);
        CommonOps_DDRM.mult(a, meat, half);
        DMatrixRMaj variance = new DMatrixRMaj(k, k);
        CommonOps_DDRM.mult(half, a, variance);
        double[] coefficients = new double[k];
        double[] variances = new double[k];
        for (int j = 0; j < k; j++) {
            coefficients[j] = beta.unsafe_get(j, 0);
            variances[j] = variance.unsafe_get(j, j);
        }
        return new Fit(coefficients, variances, rss);
    }

    /** (I − QQ')M: what is left of M's columns after the nuisance columns. */
    private DMatrixRMaj residualise(DMatrixRMaj m) {
        DMatrixRMaj qtm = new DMatrixRMaj(q.numCols, m.numCols);
        CommonOps_DDRM.multTransA(q, m, qtm);
        DMatrixRMaj projection = new DMatrixRMaj(m.numRows, m.numCols);
        CommonOps_DDRM.mult(q, qtm, projection);
        DMatrixRMaj rest = new DMatrixRMaj(m.numRows, m.numCols);
        CommonOps_DDRM.subtract(m, projection, rest);
        return rest;
    }
}
