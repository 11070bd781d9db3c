package no.iaverk.employer.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import no.iaverk.employer.GoalMetric;
import no.iaverk.employer.GoalStatus.Reason;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;

/**
 * A goal's value as of a published quarter: the year-to-date percent over the published quarters of the goal's year up
 * to it (sum of the metric's lost workdays / sum of possible workdays × 100, unrounded). The rows are the published
 * views' (a masked row carries no figures) or, for a legal unit, {@link UnitQuarter#sum} of its sub-units. A quarter
 * that is masked makes the whole value unmeasurable rather than a year-to-date figure that quietly skips it.
 *
 * @param value null exactly when {@code reason} is set
 */
public record GoalMeasure(
        Quarter asOf, @Nullable BigDecimal value, @Nullable Reason reason, int maskedSubUnits) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @param rows the enterprise's (or legal unit's summed) rows; those outside the year or after {@code asOf} are
     *     ignored
     */
    public static GoalMeasure of(GoalMetric metric, Quarter asOf, List<UnitQuarter> rows, int maskedSubUnits) {
        List<UnitQuarter> year = rows.stream()
                .filter(row ->
                        row.quarter().year() == asOf.year() && !row.quarter().isAfter(asOf))
                .toList();
        if (year.isEmpty()) {
            return new GoalMeasure(asOf, null, Reason.NO_DATA, maskedSubUnits);
        }
        if (year.stream().anyMatch(row -> !row.visible())) {
            return new GoalMeasure(asOf, null, Reason.MASKED, maskedSubUnits);
        }
        Function<UnitQuarter, @Nullable BigDecimal> part = part(metric);
        if (year.stream().map(part).anyMatch(Objects::isNull)) {
            return new GoalMeasure(asOf, null, Reason.NO_DATA, maskedSubUnits);
        }
        BigDecimal lost = sum(year, part);
        BigDecimal possible = sum(year, UnitQuarter::possible);
        if (possible.signum() == 0) {
            return new GoalMeasure(asOf, null, Reason.NO_DATA, maskedSubUnits);
        }
        return new GoalMeasure(
                asOf, lost.multiply(HUNDRED).divide(possible, 6, RoundingMode.HALF_UP), null, maskedSubUnits);
    }

    public static GoalMeasure notPublished(Quarter asOf) {
        return new GoalMeasure(asOf, null, Reason.NOT_PUBLISHED, 0);
    }

    private static Function<UnitQuarter, @Nullable BigDecimal> part(GoalMetric metric) {
        return switch (metric) {
            case SICK_LEAVE_PERCENT -> UnitQuarter::lost;
            case SHORT_TERM_PERCENT -> UnitQuarter::shortTermLost;
            case LONG_TERM_PERCENT -> UnitQuarter::longTermLost;
        };
    }

    private static BigDecimal sum(List<UnitQuarter> rows, Function<UnitQuarter, @Nullable BigDecimal> part) {
        return rows.stream().map(part).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
