package no.iaverk.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SickLeaveTest {

    @Test
    void percent_is_lost_over_possible_times_hundred() {
        assertThat(of("14.23", "872.446", 40).percent()).isEqualByComparingTo("1.631047");
        assertThat(SickLeave.display(of("14.23", "872.446", 40).percent())).isEqualByComparingTo("1.6");
    }

    @Test
    void no_possible_workdays_gives_no_percent() {
        assertThat(of("0", "0", 10).percent()).isNull();
        assertThat(SickLeave.display(null)).isNull();
    }

    @Test
    void aggregates_add_workdays_first_and_divide_once() {
        SickLeave small = of("1", "10", 10); // 10 %
        SickLeave large = of("10", "1000", 100); // 1 %
        // The average of the percents would be 5.5; the right figure is 11 / 1010.
        assertThat(small.plus(large).percent()).isEqualByComparingTo("1.089109");
    }

    @Test
    void rounding_is_half_up_to_one_decimal_and_only_for_display() {
        assertThat(SickLeave.display(new BigDecimal("6.25"))).isEqualByComparingTo("6.3");
        assertThat(SickLeave.display(new BigDecimal("6.249999"))).isEqualByComparingTo("6.2");
        assertThat(SickLeave.display(new BigDecimal("0.05"))).isEqualByComparingTo("0.1");
    }

    @Test
    void fewer_than_five_persons_is_masked_and_five_is_not() {
        assertThat(of("1", "10", 4).masked()).isTrue();
        assertThat(of("1", "10", 5).masked()).isFalse();
        assertThat(of("1", "10", 0).masked()).isTrue();
    }

    @Test
    void a_window_is_masked_only_when_its_largest_quarter_has_fewer_than_five() {
        assertThat(of("1", "10", 4).plus(of("1", "10", 3)).masked()).isTrue();
        assertThat(of("1", "10", 4).plus(of("1", "10", 5)).masked()).isFalse();
    }

    @Test
    void potential_is_lost_above_the_benchmark_level() {
        // 120 lost of 1000 possible; at 8 % the enterprise would lose 80: 40 above.
        assertThat(of("120", "1000", 20).potential(new BigDecimal("8"))).isEqualByComparingTo("40");
        assertThat(of("50", "1000", 20).potential(new BigDecimal("8"))).isEqualByComparingTo("-30");
    }

    @Test
    void a_share_of_zero_lost_is_undefined() {
        assertThat(SickLeave.share(new BigDecimal("5"), BigDecimal.ZERO)).isNull();
        assertThat(SickLeave.share(new BigDecimal("5"), new BigDecimal("20"))).isEqualByComparingTo("25");
    }

    @Property
    void the_percent_of_a_sum_lies_between_the_percents_of_its_parts(
            @ForAll @IntRange(min = 0, max = 1000) int lostA,
            @ForAll @IntRange(min = 1, max = 1000) int extraA,
            @ForAll @IntRange(min = 0, max = 1000) int lostB,
            @ForAll @IntRange(min = 1, max = 1000) int extraB) {
        SickLeave a = new SickLeave(BigDecimal.valueOf(lostA), BigDecimal.valueOf(lostA + extraA), 10);
        SickLeave b = new SickLeave(BigDecimal.valueOf(lostB), BigDecimal.valueOf(lostB + extraB), 10);
        BigDecimal low = a.percent().min(b.percent());
        BigDecimal high = a.percent().max(b.percent());
        assertThat(a.plus(b).percent())
                .isBetween(low.subtract(new BigDecimal("0.000001")), high.add(new BigDecimal("0.000001")));
    }

    private static SickLeave of(String lost, String possible, int persons) {
        return new SickLeave(new BigDecimal(lost), new BigDecimal(possible), persons);
    }
}
