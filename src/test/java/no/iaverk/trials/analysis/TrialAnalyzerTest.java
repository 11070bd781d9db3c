package no.iaverk.trials.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;

class TrialAnalyzerTest {

    static final TrialAnalyzer ANALYZER = new TrialAnalyzer(new TrialAnalyzer.Settings(2000, 11, 0.95));

    @Test
    void ancova_and_hc2_match_a_small_example_computed_by_hand() {
        // Ten legal units, no strata. Both arms have baselines 1..5, so the centred baseline x − 3 is orthogonal to the
        // centred arm dummy d − ½, and the columns 1, d − ½, x − 3 are mutually orthogonal. Then:
        //   β_arm = ȳ_A − ȳ_R = 4 − 6 = −2
        //   β_baseline = Σ(x − x̄_arm)(y − ȳ_arm) / Σ(x − x̄_arm)² = (9 + 9) / (10 + 10) = 0.9
        //   e = (y − ȳ_arm) − 0.9(x − 3): A −0.2, −0.1, 1, −0.9, 0.2; R −0.2, 0.9, −1, 0.1, 0.2
        //   h = 1/10 + (¼)/2.5 + (x − 3)²/20 = 0.4, 0.25, 0.2, 0.25, 0.4 in either arm
        //   HC2: Var β_arm = Σ w² e²/(1 − h) / (Σ w²)² with w = d − ½ = ±½, Σ w² = 2.5
        //        Σ e²/(1 − h) per arm = 0.04/0.6 + 0.01/0.75 + 1/0.8 + 0.81/0.75 + 0.04/0.6 = 743/300
        //        Var = ¼ · 2 · 743/300 / 6.25 = 743/3750
        //   df = 10 − 3 = 7, t_{0.975; 7} = 2.364624251592784 (R: qt(0.975, 7))
        //   residual SD = √(RSS/df) = √(2 · 1.9 / 7)
        double[] baseline = {1, 2, 3, 4, 5};
        double[] offered = {2, 3, 5, 4, 6};
        double[] reference = {4, 6, 5, 7, 8};
        List<TrialUnit> units = new ArrayList<>();
        for (int i = 0; i < 5; i++) units.add(unit("A" + i, "A", List.of(), baseline[i], offered[i]));
        for (int i = 0; i < 5; i++) units.add(unit("R" + i, "R", List.of(), baseline[i], reference[i]));

        OutcomeAnalysis analysis = ANALYZER.analyse(List.of("R", "A"), units).firstYear();

        ArmEffect a = analysis.arms().get(0);
        double se = Math.sqrt(743.0 / 3750);
        double t = 2.364624251592784;
        assertThat(a.estimate()).isCloseTo(-2.0, within(1e-9));
        assertThat(a.standardError()).isCloseTo(se, within(1e-9));
        assertThat(a.ciLow()).isCloseTo(-2 - t * se, within(1e-9));
        assertThat(a.ciHigh()).isCloseTo(-2 + t * se, within(1e-9));
        assertThat(a.pRobust()).isCloseTo(0.0028213903088063624, within(1e-9)); // R: 2 * pt(-2 / se, 7)
        assertThat(analysis.degreesOfFreedom()).isEqualTo(7);
        assertThat(analysis.residualSd()).isCloseTo(Math.sqrt(3.8 / 7), within(1e-9));
        assertThat(a.analysed()).isEqualTo(5);
        assertThat(analysis.referenceAnalysed()).isEqualTo(5);
        // Exact test over all 252 splits would give 2/252 and more; 2 000 draws land near it.
        assertThat(a.pPermutation()).isBetween(1.0 / 2001, 0.05);
    }

    @Test
    void with_strata_and_three_arms_the_estimates_equal_the_full_design_sandwich_of_an_independent_library() {
        List<TrialUnit> units = new ArrayList<>();
        for (TrialUnit u : TrialSimulator.of(90, -1.0).simulate(5)) {
            if (u.firstYear() == null) continue;
            int i = units.size();
            units.add(unit(u.legalUnit(), List.of("R", "A", "B").get(i % 3), u.strata(), u.baseline(), u.firstYear()));
        }
        OutcomeAnalysis analysis =
                ANALYZER.analyse(List.of("R", "A", "B"), units).firstYear();

        // The same model as one full matrix X = [1, baseline, stratum dummies, arm dummies] in commons-math: β by its
        // QR least squares, h from its hat matrix, and the HC2 sandwich (X'X)⁻¹ X' diag(e²/(1 − h)) X (X'X)⁻¹.
        List<String> programmes = levels(units, 0);
        List<String> bands = levels(units, 1);
        int p = 2 + (programmes.size() - 1) + (bands.size() - 1) + 2;
        double[][] x = new double[units.size()][p];
        double[] y = new double[units.size()];
        for (int i = 0; i < units.size(); i++) {
            TrialUnit u = units.get(i);
            int c = 0;
            x[i][c++] = 1;
            x[i][c++] = u.baseline();
            for (String level : programmes.subList(1, programmes.size()))
                x[i][c++] = dummy(u.strata().get(0), level);
            for (String level : bands.subList(1, bands.size()))
                x[i][c++] = dummy(u.strata().get(1), level);
            x[i][c++] = dummy(u.arm(), "A");
            x[i][c] = dummy(u.arm(), "B");
            y[i] = u.firstYear();
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.setNoIntercept(true);
        ols.newSampleData(y, x);
        double[] beta = ols.estimateRegressionParameters();
        double[] e = ols.estimateResiduals();
        RealMatrix hat = ols.calculateHat();
        RealMatrix design = MatrixUtils.createRealMatrix(x);
        RealMatrix inverse = MatrixUtils.inverse(design.transpose().multiply(design));
        RealMatrix omega = MatrixUtils.createRealDiagonalMatrix(new double[units.size()]);
        for (int i = 0; i < units.size(); i++) omega.setEntry(i, i, e[i] * e[i] / (1 - hat.getEntry(i, i)));
        RealMatrix sandwich = inverse.multiply(design.transpose())
                .multiply(omega)
                .multiply(design)
                .multiply(inverse);

        assertThat(analysis.droppedColumns()).isEmpty();
        assertThat(analysis.parameters()).isEqualTo(p);
        assertThat(analysis.degreesOfFreedom()).isEqualTo(units.size() - p);
        for (int arm = 0; arm < 2; arm++) {
            ArmEffect effect = analysis.arms().get(arm);
            assertThat(effect.arm()).isEqualTo(List.of("A", "B").get(arm));
            assertThat(effect.estimate()).isCloseTo(beta[p - 2 + arm], within(1e-9));
            assertThat(effect.standardError())
                    .isCloseTo(Math.sqrt(sandwich.getEntry(p - 2 + arm, p - 2 + arm)), within(1e-9));
        }
    }

    @Test
    void an_arm_with_fewer_than_five_analysed_legal_units_is_withheld_and_the_others_are_not() {
        List<TrialUnit> units = new ArrayList<>(TrialSimulator.of(60, 0).simulate(3));
        for (int i = 0; i < 6; i++) {
            // Six offered in arm C, but two lost to follow-up: four analysed.
            units.add(new TrialUnit("C" + i, "C", units.get(i).strata(), 6.0, i < 2 ? null : 5.0 + i, null));
        }
        TrialAnalysis analysis = ANALYZER.analyse(List.of("R", "A", "C"), units);

        ArmEffect c = analysis.firstYear().arms().get(1);
        assertThat(c.withheld()).isEqualTo(WithheldReason.FEWER_THAN_FIVE);
        assertThat(c.analysed()).isEqualTo(4);
        assertThat(c.estimate()).isNull();
        assertThat(c.standardError()).isNull();
        assertThat(c.pPermutation()).isNull();
        assertThat(analysis.firstYear().arms().get(0).isWithheld()).isFalse();
        assertThat(analysis.secondYear().arms().get(1).analysed()).isZero();
    }

    @Test
    void a_reference_arm_with_fewer_than_five_withholds_every_comparison() {
        List<TrialUnit> units = new ArrayList<>();
        for (int i = 0; i < 4; i++) units.add(unit("R" + i, "R", List.of(), 5 + i, 5 + i));
        for (int i = 0; i < 20; i++) units.add(unit("A" + i, "A", List.of(), 5 + i % 4, 4 + i % 3));

        ArmEffect a =
                ANALYZER.analyse(List.of("R", "A"), units).firstYear().arms().get(0);

        assertThat(a.withheld()).isEqualTo(WithheldReason.REFERENCE_FEWER_THAN_FIVE);
        assertThat(a.analysed()).isEqualTo(20);
    }

    @Test
    void an_arm_alone_in_its_stratum_cannot_be_estimated_and_says_so_instead_of_crashing() {
        // Arm B's units are exactly the stratum level "north": its dummy equals that level's dummy.
        List<TrialUnit> units = new ArrayList<>();
        for (int i = 0; i < 12; i++) units.add(unit("R" + i, "R", List.of("south"), 5 + i % 5, 5.5 + i % 4));
        for (int i = 0; i < 12; i++) units.add(unit("A" + i, "A", List.of("south"), 5 + i % 5, 5 + i % 3));
        for (int i = 0; i < 6; i++) units.add(unit("B" + i, "B", List.of("north"), 5 + i % 5, 4 + i % 3));

        OutcomeAnalysis analysis =
                ANALYZER.analyse(List.of("R", "A", "B"), units).firstYear();

        assertThat(analysis.arms().get(1).withheld()).isEqualTo(WithheldReason.CONFOUNDED_WITH_STRATA);
        assertThat(analysis.arms().get(1).analysed()).isEqualTo(6);
        assertThat(analysis.arms().get(0).isWithheld()).isFalse();
        assertThat(analysis.arms().get(0).standardError()).isPositive();
    }

    @Test
    void a_redundant_stratum_factor_and_a_stratum_with_one_arm_only_leave_the_estimate_unchanged() {
        List<TrialUnit> plain = new ArrayList<>();
        List<TrialUnit> doubled = new ArrayList<>();
        for (TrialUnit u : TrialSimulator.of(120, -1.0).simulate(8)) {
            if (u.firstYear() == null) continue;
            String band = u.strata().get(1);
            plain.add(unit(u.legalUnit(), u.arm(), List.of(band), u.baseline(), u.firstYear()));
            // The same factor twice (e.g. two codings of size): the second adds nothing to the column space.
            doubled.add(unit(u.legalUnit(), u.arm(), List.of(band, "size " + band), u.baseline(), u.firstYear()));
        }
        // A stratum level holding one reference unit only: its unit has leverage 1 and informs no arm.
        plain.add(unit("lone", "R", List.of("lone"), 6.0, 9.0));
        doubled.add(unit("lone", "R", List.of("lone", "size lone"), 6.0, 9.0));

        OutcomeAnalysis once = ANALYZER.analyse(TrialSimulator.ARMS, plain).firstYear();
        OutcomeAnalysis twice = ANALYZER.analyse(TrialSimulator.ARMS, doubled).firstYear();

        assertThat(twice.droppedColumns()).isNotEmpty().allMatch(c -> c.startsWith("stratum 2"));
        assertThat(twice.arms().get(0).estimate()).isCloseTo(once.arms().get(0).estimate(), within(1e-9));
        assertThat(twice.arms().get(0).standardError())
                .isCloseTo(once.arms().get(0).standardError(), within(1e-9));
        assertThat(once.arms().get(0).standardError()).isFinite().isPositive();
    }

    @Test
    void the_same_data_and_seed_give_the_same_permutation_p_and_another_seed_may_not() {
        List<TrialUnit> units = TrialSimulator.of(200, -0.4).simulate(21);

        TrialAnalysis first = ANALYZER.analyse(TrialSimulator.ARMS, units);
        TrialAnalysis again = ANALYZER.analyse(TrialSimulator.ARMS, units);
        TrialAnalysis otherSeed =
                new TrialAnalyzer(new TrialAnalyzer.Settings(2000, 12, 0.95)).analyse(TrialSimulator.ARMS, units);

        assertThat(again).isEqualTo(first);
        assertThat(first.method()).isEqualTo(TrialAnalyzer.METHOD);
        double p = first.firstYear().arms().get(0).pPermutation();
        assertThat(otherSeed.firstYear().arms().get(0).pPermutation())
                .isNotEqualTo(p)
                .isCloseTo(p, within(0.03));
    }

    @Test
    void a_unit_missing_its_follow_up_is_missing_for_that_outcome_only() {
        List<TrialUnit> units = TrialSimulator.of(300, 0).simulate(4);
        long firstYear = units.stream().filter(u -> u.firstYear() != null).count();
        long secondYear = units.stream().filter(u -> u.secondYear() != null).count();

        TrialAnalysis analysis = ANALYZER.analyse(TrialSimulator.ARMS, units);

        assertThat(secondYear).isLessThan(firstYear).isLessThan(units.size());
        assertThat(analysis.firstYear().analysed()).isEqualTo(firstYear);
        assertThat(analysis.secondYear().analysed()).isEqualTo(secondYear);
    }

    @Test
    void a_legal_unit_counted_twice_is_refused() {
        List<TrialUnit> units = new ArrayList<>(TrialSimulator.of(40, 0).simulate(9));
        units.add(units.get(0));

        assertThatThrownBy(() -> ANALYZER.analyse(TrialSimulator.ARMS, units))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one observation per legal unit");
    }

    static TrialUnit unit(String id, String arm, List<String> strata, double baseline, double followUp) {
        return new TrialUnit(id, arm, strata, baseline, followUp, null);
    }

    private static List<String> levels(List<TrialUnit> units, int factor) {
        return units.stream()
                .map(u -> u.strata().get(factor))
                .distinct()
                .sorted()
                .toList();
    }

    private static double dummy(String value, String level) {
        return value.equals(level) ? 1 : 0;
    }
}
