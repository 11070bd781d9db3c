package no.iaverk.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.iaverk.evaluation.EffectFilter.ActualDuration;
import no.iaverk.evaluation.EffectFilter.DurationBand;
import no.iaverk.shared.MessageBundle;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The duration bands, the duration criteria of a filter, and how effects are written. */
class EffectFilterTest {

    static final LocalDate START = LocalDate.of(2025, 1, 15);

    @Test
    void a_band_runs_to_its_last_day_inclusive() {
        assertThat(DurationBand.of(START, START)).isEqualTo(DurationBand.UP_TO_6_MONTHS);
        assertThat(DurationBand.of(START, LocalDate.of(2025, 7, 15))).isEqualTo(DurationBand.UP_TO_6_MONTHS);
        assertThat(DurationBand.of(START, LocalDate.of(2025, 7, 16))).isEqualTo(DurationBand.MONTHS_7_TO_12);
        assertThat(DurationBand.of(START, LocalDate.of(2026, 1, 15))).isEqualTo(DurationBand.MONTHS_7_TO_12);
        assertThat(DurationBand.of(START, LocalDate.of(2026, 1, 16))).isEqualTo(DurationBand.MONTHS_13_TO_24);
        assertThat(DurationBand.of(START, LocalDate.of(2027, 1, 15))).isEqualTo(DurationBand.MONTHS_13_TO_24);
        assertThat(DurationBand.of(START, LocalDate.of(2027, 1, 16))).isEqualTo(DurationBand.OVER_24_MONTHS);
    }

    @Test
    void a_running_collaboration_has_no_band_until_it_has_run_for_more_than_two_years() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        assertThat(ActualDuration.of(START, LocalDate.of(2025, 11, 30), today))
                .isEqualTo(ActualDuration.MONTHS_7_TO_12);
        assertThat(ActualDuration.of(START, null, today)).isEqualTo(ActualDuration.ONGOING);
        assertThat(ActualDuration.of(LocalDate.of(2023, 12, 1), null, today)).isEqualTo(ActualDuration.OVER_24_MONTHS);
    }

    @Test
    void the_duration_criteria_choose_among_starts_and_a_start_without_durations_matches_no_duration() {
        var start = new EffectFilter.Start(
                "VESTLAND",
                "46",
                null,
                "UNIT",
                List.of("REDUCE_SICK_LEAVE"),
                "PROCESS",
                "LEADERS_ONLY",
                START,
                DurationBand.MONTHS_7_TO_12,
                ActualDuration.ONGOING);
        var planned = new EffectFilter(
                null, null, null, null, null, null, null, null, null, DurationBand.MONTHS_7_TO_12, null);
        var actual = new EffectFilter(
                null, null, null, null, null, null, null, null, null, null, ActualDuration.OVER_24_MONTHS);

        assertThat(planned.matches(start)).isTrue();
        assertThat(actual.matches(start)).isFalse();
        assertThat(EffectFilter.ALL.matches(start)).isTrue();
        var unknown = new EffectFilter.Start(
                "VESTLAND", "46", null, "UNIT", List.of(), null, "LEADERS_ONLY", START, null, null);
        assertThat(planned.matches(unknown)).isFalse();
        assertThat(EffectFilter.ALL.matches(unknown)).isTrue();
    }

    @Test
    void the_naive_figure_s_sentence_names_the_difference_or_says_there_is_hardly_any() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("templates/evaluation/messages");
        messages.setDefaultEncoding("UTF-8");
        var effect = new EffectEstimate.Effect(-1.0, -1.6, -0.4);

        assertThat(EffectExport.naiveExplained(estimate(effect, -2.5), messages, MessageBundle.NORWEGIAN))
                .startsWith("Forskjellen på −1,5 prosentpoeng fra førsteårsestimatet")
                .contains("regresjon mot gjennomsnittet");
        assertThat(EffectExport.naiveExplained(estimate(effect, -1.06), messages, MessageBundle.NORWEGIAN))
                .startsWith("Her gir de to tallene nesten det samme");
        assertThat(EffectExport.naiveExplained(estimate(null, -1.06), messages, MessageBundle.NORWEGIAN))
                .startsWith("De behandlede mot seg selv");
    }

    private static EffectEstimate estimate(EffectEstimate.Effect firstYear, double naive) {
        return new EffectEstimate(
                "m", 5, 10, 0, false, List.of(), firstYear, null, null, null, new EffectEstimate.Naive(naive));
    }

    @Test
    void effects_are_written_with_one_decimal_a_real_minus_and_a_plus_on_a_rise() {
        assertThat(EffectNumbers.points(-1.25)).isEqualTo("−1,3");
        assertThat(EffectNumbers.points(0.44)).isEqualTo("+0,4");
        assertThat(EffectNumbers.points(-0.04)).isEqualTo("0,0");
        assertThat(EffectNumbers.rounded(-2.05)).isEqualTo(-2.1);
        assertThat(EffectNumbers.days(12345.5)).isEqualTo("12\u202f346");
        assertThat(EffectNumbers.days(-800.2)).isEqualTo("−800");
        assertThat(EffectNumbers.quarter(-8)).isEqualTo("−8");
        assertThat(EffectNumbers.quarter(0)).isEqualTo("0");
        assertThat(EffectNumbers.quarter(3)).isEqualTo("+3");
    }
}
