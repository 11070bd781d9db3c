package no.iaverk.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import no.iaverk.employer.CostEstimate.CostMode;
import no.iaverk.employer.EmployerSickLeave.LastFourQuarters;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CostCalculatorTest {

    final CostCalculator calculator = new CostCalculator(new BigDecimal("4700"));

    static CostForm percent(
            @Nullable String possible, @Nullable String fte, @Nullable String now, @Nullable String target) {
        return new CostForm("PERCENT", possible, fte, now, target, null, null, null);
    }

    @Test
    void by_percent_the_lost_workdays_are_the_percent_of_the_possible_ones_at_the_default_cost_per_day() {
        CostEstimate estimate = calculator.calculate(percent("10000", null, "6,0", "5"));

        assertThat(estimate.mode()).isEqualTo(CostMode.PERCENT);
        assertThat(estimate.lostWorkdays()).isEqualByComparingTo("600");
        assertThat(estimate.lostWorkdaysAtTarget()).isEqualByComparingTo("500");
        assertThat(estimate.costPerDay()).isEqualByComparingTo("4700");
        assertThat(estimate.yearlyCost()).isEqualByComparingTo("2820000");
        assertThat(estimate.yearlyCostAtTarget()).isEqualByComparingTo("2350000");
        assertThat(estimate.yearlySaving()).isEqualByComparingTo("470000");
    }

    @Test
    void ftes_count_230_possible_workdays_each() {
        CostEstimate estimate = calculator.calculate(percent(null, "12,5", "7.2", "6.5"));

        assertThat(estimate.possibleWorkdays()).isEqualByComparingTo("2875");
        // 2875 × 7.2 % = 207 lost workdays; at 6.5 %: 186.875; saving 20.125 × 4700 = 94 587.5 → 94 588
        assertThat(estimate.lostWorkdays()).isEqualByComparingTo("207.0");
        assertThat(estimate.lostWorkdaysAtTarget()).isEqualByComparingTo("186.9");
        assertThat(estimate.yearlySaving()).isEqualByComparingTo("94588");
        // kroner from unrounded workdays: 186.875 × 4700 = 878 312.5 → 878 313
        assertThat(estimate.yearlyCostAtTarget()).isEqualByComparingTo("878313");
    }

    @Test
    void by_lost_workdays_with_a_cost_per_day_of_ones_own() {
        CostEstimate estimate =
                calculator.calculate(new CostForm("workdays", null, null, null, null, "1 200", "1000", "3 000"));

        assertThat(estimate.mode()).isEqualTo(CostMode.WORKDAYS);
        assertThat(estimate.possibleWorkdays()).isNull();
        assertThat(estimate.yearlyCost()).isEqualByComparingTo("3600000");
        assertThat(estimate.yearlySaving()).isEqualByComparingTo("600000");
    }

    @Test
    void every_wrong_field_is_named_in_norwegian_at_once() {
        var e = catchThrowableOfType(
                InvalidFieldsException.class,
                () -> calculator.calculate(new CostForm("PERCENT", null, null, "abc", "120", null, null, "0")));

        assertThat(e.errors())
                .containsEntry("possibleWorkdays", "Fyll ut mulige dagsverk eller antall årsverk.")
                .containsEntry("currentPercent", "Prosenten må være et tall fra 0 til 100.")
                .containsEntry("targetPercent", "Prosenten må være et tall fra 0 til 100.")
                .containsEntry("costPerDay", "Kostnad per dagsverk må være et tall over 0 og høyst 1 000 000 kr.");
    }

    @Test
    void both_possible_workdays_and_ftes_or_a_target_above_today_are_refused() {
        var both = catchThrowableOfType(
                InvalidFieldsException.class, () -> calculator.calculate(percent("1000", "2", "5", "4")));
        assertThat(both.errors()).containsKey("possibleWorkdays");

        var above = catchThrowableOfType(
                InvalidFieldsException.class, () -> calculator.calculate(percent("1000", null, "5", "6")));
        assertThat(above.errors()).containsEntry("targetPercent", "Målet kan ikke være høyere enn det dere har nå.");

        var noMode = catchThrowableOfType(
                InvalidFieldsException.class,
                () -> calculator.calculate(new CostForm("other", null, null, null, null, null, null, null)));
        assertThat(noMode.errors()).containsOnlyKeys("mode");

        var negative = catchThrowableOfType(
                InvalidFieldsException.class,
                () -> calculator.calculate(new CostForm("WORKDAYS", null, null, null, null, "-5", "", null)));
        assertThat(negative.errors()).containsOnlyKeys("lostWorkdays", "targetLostWorkdays");
    }

    @Test
    void the_form_is_prefilled_from_four_unmasked_quarters_only() {
        var full = sickLeave(new LastFourQuarters(
                new BigDecimal("6.4"),
                null,
                null,
                null,
                new BigDecimal("256.25"),
                new BigDecimal("4003.96"),
                false,
                0,
                0,
                Quarter.of(2024, 2).lastFour()));
        assertThat(calculator.prefill(full))
                .isEqualTo(new CostForm("PERCENT", "4004", null, "6,4", null, null, null, null));

        var partly = sickLeave(new LastFourQuarters(
                new BigDecimal("6.4"),
                null,
                null,
                null,
                new BigDecimal("200"),
                new BigDecimal("3000"),
                false,
                1,
                0,
                List.of(Quarter.of(2024, 1), Quarter.of(2024, 2), Quarter.of(2023, 4))));
        assertThat(calculator.prefill(partly)).isEqualTo(CostForm.empty());

        var masked = sickLeave(new LastFourQuarters(null, null, null, null, null, null, true, 4, 0, List.of()));
        assertThat(calculator.prefill(masked)).isEqualTo(CostForm.empty());
    }

    static EmployerSickLeave sickLeave(LastFourQuarters window) {
        var unit = new EmployerSickLeave.Unit("910000020", "X", false, window, null, null, Comparison.NONE, List.of());
        return new EmployerSickLeave(
                "910000020", "X", Quarter.of(2024, 2), unit, List.of(), null, new BigDecimal("4700"));
    }
}
