package no.iaverk.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import no.iaverk.employer.internal.GoalMeasure;
import no.iaverk.employer.internal.UnitQuarter;
import no.iaverk.shared.Quarter;
import org.junit.jupiter.api.Test;

/** The status rule on unrounded values, and the year-to-date value that never uses a masked quarter. */
class GoalStatusTest {

    static final BigDecimal TARGET = new BigDecimal("7.0");
    static final BigDecimal TOLERANCE = new BigDecimal("0.5");

    static GoalStatus status(String value) {
        return GoalStatus.of(new BigDecimal(value), TARGET, TOLERANCE);
    }

    @Test
    void green_at_exactly_the_target_yellow_up_to_target_plus_tolerance_red_above() {
        assertThat(status("6.2")).isEqualTo(GoalStatus.GREEN);
        assertThat(status("7.000000")).isEqualTo(GoalStatus.GREEN);
        assertThat(status("7.000001")).isEqualTo(GoalStatus.YELLOW);
        assertThat(status("7.500000")).isEqualTo(GoalStatus.YELLOW);
        assertThat(status("7.500001")).isEqualTo(GoalStatus.RED);
        assertThat(GoalStatus.of(null, TARGET, TOLERANCE)).isEqualTo(GoalStatus.NONE);
    }

    @Test
    void compared_unrounded_so_a_value_shown_as_the_target_can_miss_it() {
        // 7.04 shows as 7,0 but is above a target of 7.0 without tolerance.
        assertThat(GoalStatus.of(new BigDecimal("7.04"), TARGET, BigDecimal.ZERO))
                .isEqualTo(GoalStatus.RED);
    }

    static UnitQuarter row(int quarter, String lost, String possible) {
        return new UnitQuarter(
                Quarter.of(2024, quarter),
                false,
                10,
                new BigDecimal(lost),
                new BigDecimal(possible),
                new BigDecimal(lost).multiply(new BigDecimal("0.4")),
                null,
                null,
                0);
    }

    @Test
    void the_value_is_the_year_to_date_sum_over_the_published_quarters_of_the_year() {
        List<UnitQuarter> rows = List.of(
                new UnitQuarter(Quarter.of(2023, 4), false, 10, BigDecimal.TEN, BigDecimal.TEN, null, null, null, 0),
                row(1, "60", "1000"),
                row(2, "80", "1000"),
                row(3, "500", "1000"));

        GoalMeasure asOfQ2 = GoalMeasure.of(GoalMetric.SICK_LEAVE_PERCENT, Quarter.of(2024, 2), rows, 0);
        assertThat(asOfQ2.value()).isEqualByComparingTo("7.0"); // 140 / 2000; 2023K4 and 2024K3 left out
        assertThat(asOfQ2.reason()).isNull();
        assertThat(GoalMeasure.of(GoalMetric.SHORT_TERM_PERCENT, Quarter.of(2024, 2), rows, 0)
                        .value())
                .isEqualByComparingTo("2.8");
        // No long-term figures delivered: nothing to measure, rather than a figure over part of the workdays.
        GoalMeasure longTerm = GoalMeasure.of(GoalMetric.LONG_TERM_PERCENT, Quarter.of(2024, 2), rows, 0);
        assertThat(longTerm.value()).isNull();
        assertThat(longTerm.reason()).isEqualTo(GoalStatus.Reason.NO_DATA);
    }

    @Test
    void a_masked_quarter_in_the_year_gives_no_value_at_all() {
        List<UnitQuarter> rows = List.of(row(1, "60", "1000"), UnitQuarter.masked(Quarter.of(2024, 2)));

        GoalMeasure measure = GoalMeasure.of(GoalMetric.SICK_LEAVE_PERCENT, Quarter.of(2024, 2), rows, 0);
        assertThat(measure.value()).isNull();
        assertThat(measure.reason()).isEqualTo(GoalStatus.Reason.MASKED);
        // Before the masked quarter the year so far is measurable.
        assertThat(GoalMeasure.of(GoalMetric.SICK_LEAVE_PERCENT, Quarter.of(2024, 1), rows, 0)
                        .value())
                .isEqualByComparingTo("6.0");
        assertThat(GoalMeasure.of(GoalMetric.SICK_LEAVE_PERCENT, Quarter.of(2025, 1), rows, 0)
                        .reason())
                .isEqualTo(GoalStatus.Reason.NO_DATA);
    }
}
