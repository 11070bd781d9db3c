package no.iaverk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import no.iaverk.evaluation.EffectEstimate;
import no.iaverk.reports.CostBenefit.Benefit;
import no.iaverk.reports.CostBenefit.Interval;
import no.iaverk.reports.CostBenefit.WithheldReason;
import no.iaverk.shared.MessageBundle;
import org.junit.jupiter.api.Test;

/** The cost-benefit arithmetic pinned to a hand-computed example, and the rows that must say why they have no figure. */
class CostBenefitCalculationTest {

    final CostBenefitCalculation calculation = new CostBenefitCalculation(
            new BigDecimal("1000"), new BigDecimal("4700"), MessageBundle.of("templates/reports/messages"));

    /**
     * By hand: 150.0 hours × 1 000 NOK = 150 000 NOK. The evaluation's first year: −1.2 pp (−2.0 to −0.4) on treated
     * workplaces with 50 000 possible workdays a year gives 1.2 / 100 × 50 000 = 600 days avoided (200 to 1 000); × 4 700
     * NOK = 2 820 000 NOK (940 000 to 4 700 000); / 150 000 = 18.80 (6.27 to 31.33).
     */
    @Test
    void the_benefit_of_an_estimate_is_its_days_avoided_times_the_cost_per_day_against_hours_times_the_hourly_cost() {
        BigDecimal cost = calculation.cost(new BigDecimal("150.0"));
        Benefit benefit = calculation.benefit(estimate(-1.2, -2.0, -0.4, 50_000), cost);

        assertThat(cost).isEqualByComparingTo("150000");
        assertThat(benefit.available()).isTrue();
        assertThat(benefit.method()).isEqualTo("staggered-did-knn5-cluster-bootstrap");
        assertThat(benefit.withheldReason()).isNull();
        assertThat(benefit.effect()).isEqualTo(interval("-1.20", "-2.00", "-0.40"));
        assertThat(benefit.lostWorkdaysAvoided()).isEqualTo(interval("600.0", "200.0", "1000.0"));
        assertThat(benefit.value()).isEqualTo(interval("2820000", "940000", "4700000"));
        assertThat(benefit.ratio()).isEqualTo(interval("18.80", "6.27", "31.33"));
    }

    @Test
    void hours_are_costed_to_the_whole_krone() {
        assertThat(calculation.cost(new BigDecimal("0.3"))).isEqualByComparingTo("300");
        assertThat(calculation.cost(BigDecimal.ZERO)).isEqualByComparingTo("0");
    }

    @Test
    void without_cost_there_is_a_value_but_no_ratio() {
        Benefit benefit = calculation.benefit(estimate(-1.2, -2.0, -0.4, 50_000), BigDecimal.ZERO);

        assertThat(benefit.value()).isEqualTo(interval("2820000", "940000", "4700000"));
        assertThat(benefit.ratio()).isNull();
    }

    @Test
    void too_few_treated_withholds_every_figure_with_the_evaluation_s_counts() {
        var insufficient = new EffectEstimate(
                "staggered-did-knn5-cluster-bootstrap", 3, 12, 2, true, List.of(), null, null, null, null, null);

        Benefit benefit = calculation.benefit(insufficient, new BigDecimal("5000"));

        assertThat(benefit.available()).isFalse();
        assertThat(benefit.withheldReason()).isEqualTo(WithheldReason.TOO_FEW_TREATED);
        assertThat(benefit.withheld()).contains("3 assisterte arbeidsplasser", "minst 5", "2 manglet");
        assertThat(benefit.treated()).isEqualTo(3);
        assertThat(benefit.effect()).isNull();
        assertThat(benefit.lostWorkdaysAvoided()).isNull();
        assertThat(benefit.value()).isNull();
        assertThat(benefit.ratio()).isNull();
    }

    @Test
    void an_estimate_without_a_first_year_is_withheld_as_not_yet_observed() {
        var early = new EffectEstimate(
                "staggered-did-knn5-cluster-bootstrap", 8, 30, 0, false, List.of(), null, null, null, null, null);

        Benefit benefit = calculation.benefit(early, new BigDecimal("5000"));

        assertThat(benefit.available()).isFalse();
        assertThat(benefit.withheldReason()).isEqualTo(WithheldReason.FIRST_YEAR_NOT_OBSERVED);
        assertThat(benefit.withheld()).contains("første år");
        assertThat(benefit.value()).isNull();
    }

    @Test
    void the_evaluation_s_pre_trend_warning_is_carried_along() {
        var flagged = new EffectEstimate(
                "staggered-did-knn5-cluster-bootstrap",
                8,
                30,
                0,
                false,
                List.of(),
                new EffectEstimate.Effect(-1.0, -1.5, -0.5),
                null,
                new EffectEstimate.WorkdaysAvoided(100, 50, 150),
                new EffectEstimate.PreTrend(0.8, 0.2, 1.4, true),
                null);

        assertThat(calculation.benefit(flagged, new BigDecimal("1000")).preTrendFlagged())
                .isTrue();
    }

    /** As the evaluation makes it: days avoided = −effect × workdays / 100, the bounds swapped. */
    private static EffectEstimate estimate(double effect, double low, double high, double workdaysPerYear) {
        return new EffectEstimate(
                "staggered-did-knn5-cluster-bootstrap",
                40,
                150,
                1,
                false,
                List.of(),
                new EffectEstimate.Effect(effect, low, high),
                null,
                new EffectEstimate.WorkdaysAvoided(
                        -effect * workdaysPerYear / 100, -high * workdaysPerYear / 100, -low * workdaysPerYear / 100),
                new EffectEstimate.PreTrend(0.1, -0.3, 0.5, false),
                null);
    }

    private static Interval interval(String estimate, String low, String high) {
        return new Interval(new BigDecimal(estimate), new BigDecimal(low), new BigDecimal(high));
    }
}
