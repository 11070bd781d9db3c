package no.iaverk.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    static final BigDecimal INDUSTRY = new BigDecimal("7.0");

    @Test
    void exactly_110_percent_of_the_industry_is_about_the_same_and_a_hair_above_is_higher() {
        assertThat(Comparison.of(new BigDecimal("7.7"), true, INDUSTRY)).isEqualTo(Comparison.ABOUT_THE_SAME);
        assertThat(Comparison.of(new BigDecimal("7.700001"), true, INDUSTRY)).isEqualTo(Comparison.HIGHER);
    }

    @Test
    void exactly_90_percent_of_the_industry_is_about_the_same_and_a_hair_below_is_lower() {
        assertThat(Comparison.of(new BigDecimal("6.3"), true, INDUSTRY)).isEqualTo(Comparison.ABOUT_THE_SAME);
        assertThat(Comparison.of(new BigDecimal("6.299999"), true, INDUSTRY)).isEqualTo(Comparison.LOWER);
    }

    @Test
    void the_verdict_reads_unrounded_figures_not_the_displayed_ones() {
        // Both display as 7,7 % against 7,0 %, yet one is above 110 % and the other is not.
        assertThat(Comparison.of(new BigDecimal("7.74"), true, new BigDecimal("7.03")))
                .isEqualTo(Comparison.HIGHER);
        assertThat(Comparison.of(new BigDecimal("7.66"), true, new BigDecimal("6.97")))
                .isEqualTo(Comparison.ABOUT_THE_SAME);
        // 6,3 against 7,0 displayed; unrounded 6.34 / 7.04 is 90.06 %: about the same, not lower.
        assertThat(Comparison.of(new BigDecimal("6.34"), true, new BigDecimal("7.04")))
                .isEqualTo(Comparison.ABOUT_THE_SAME);
    }

    @Test
    void no_verdict_when_masked_with_fewer_than_four_quarters_or_without_an_industry_figure() {
        assertThat(Comparison.of(null, true, INDUSTRY)).isEqualTo(Comparison.NONE);
        assertThat(Comparison.of(new BigDecimal("9.0"), false, INDUSTRY)).isEqualTo(Comparison.NONE);
        assertThat(Comparison.of(new BigDecimal("9.0"), true, null)).isEqualTo(Comparison.NONE);
    }

    @Test
    void an_industry_without_sick_leave_makes_any_sick_leave_higher() {
        assertThat(Comparison.of(new BigDecimal("0.1"), true, BigDecimal.ZERO)).isEqualTo(Comparison.HIGHER);
        assertThat(Comparison.of(BigDecimal.ZERO, true, BigDecimal.ZERO)).isEqualTo(Comparison.ABOUT_THE_SAME);
    }
}
