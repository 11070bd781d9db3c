package no.iaverk.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import no.iaverk.evaluation.EffectEstimate;
import no.iaverk.evaluation.EffectEstimator;
import no.iaverk.reports.CostBenefit.Benefit;
import no.iaverk.reports.CostBenefit.Interval;
import no.iaverk.reports.CostBenefit.WithheldReason;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * The arithmetic of a cost-benefit row, pure: cost = hours × hourly cost; lost workdays avoided = the evaluation's
 * {@code lostWorkdaysAvoided}: −(first-year effect) / 100 × the treated workplaces' possible workdays a year, its
 * interval through the same formula (the bounds swap: the effect's upper bound gives the fewest days); value = days ×
 * cost per day; ratio = value / cost. The evaluation takes the possible workdays of the four quarters before start (its
 * weights), not of the year after: the year after is not published for every start, and the workforce rarely changes
 * much in a year. Nothing is invented: without the evaluation's first-year figure the row has no benefit, and says why.
 */
record CostBenefitCalculation(BigDecimal hourlyCost, BigDecimal costPerDay, MessageSourceAccessor texts) {

    BigDecimal cost(BigDecimal hours) {
        return hours.multiply(hourlyCost).setScale(0, RoundingMode.HALF_UP);
    }

    Benefit benefit(EffectEstimate estimate, BigDecimal cost) {
        boolean preTrend = estimate.preTrend() != null && estimate.preTrend().flagged();
        if (estimate.insufficientData()) {
            return withheld(
                    estimate,
                    WithheldReason.TOO_FEW_TREATED,
                    texts.getMessage(
                            "reports.costs.withheld.TOO_FEW_TREATED",
                            new Object[] {estimate.treated(), EffectEstimator.MIN_TREATED, estimate.notMatched()}),
                    preTrend);
        }
        EffectEstimate.Effect firstYear = estimate.firstYear();
        EffectEstimate.WorkdaysAvoided days = estimate.lostWorkdaysAvoided();
        if (firstYear == null || days == null) {
            return withheld(
                    estimate,
                    WithheldReason.FIRST_YEAR_NOT_OBSERVED,
                    texts.getMessage(
                            "reports.costs.withheld.FIRST_YEAR_NOT_OBSERVED",
                            new Object[] {estimate.treated(), EffectEstimator.MIN_TREATED}),
                    preTrend);
        }
        Interval value = new Interval(money(days.perYear()), money(days.ciLow()), money(days.ciHigh()));
        return new Benefit(
                true,
                estimate.method(),
                estimate.treated(),
                estimate.comparisons(),
                estimate.notMatched(),
                null,
                null,
                new Interval(
                        decimal(firstYear.effect(), 2), decimal(firstYear.ciLow(), 2), decimal(firstYear.ciHigh(), 2)),
                new Interval(decimal(days.perYear(), 1), decimal(days.ciLow(), 1), decimal(days.ciHigh(), 1)),
                value,
                ratio(days, cost),
                preTrend);
    }

    private @Nullable Interval ratio(EffectEstimate.WorkdaysAvoided days, BigDecimal cost) {
        if (cost.signum() == 0) return null;
        return new Interval(ratio(days.perYear(), cost), ratio(days.ciLow(), cost), ratio(days.ciHigh(), cost));
    }

    // From the unrounded days: the value, not the rounded value, is divided by the cost.
    private BigDecimal ratio(double days, BigDecimal cost) {
        return BigDecimal.valueOf(days).multiply(costPerDay).divide(cost, 2, RoundingMode.HALF_UP);
    }

    private BigDecimal money(double days) {
        return BigDecimal.valueOf(days).multiply(costPerDay).setScale(0, RoundingMode.HALF_UP);
    }

    private static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    private static Benefit withheld(EffectEstimate estimate, WithheldReason reason, String text, boolean preTrend) {
        return new Benefit(
                false,
                estimate.method(),
                estimate.treated(),
                estimate.comparisons(),
                estimate.notMatched(),
                reason,
                text,
                null,
                null,
                null,
                null,
                preTrend);
    }
}
