package no.iaverk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void steps_over_the_turn_of_the_year() {
        assertThat(Quarter.of(2024, 1).previous()).isEqualTo(Quarter.of(2023, 4));
        assertThat(Quarter.of(2023, 4).next()).isEqualTo(Quarter.of(2024, 1));
        assertThat(Quarter.of(2024, 2).yearBefore()).isEqualTo(Quarter.of(2023, 2));
    }

    @Test
    void the_last_four_quarters_end_with_the_quarter_itself() {
        assertThat(Quarter.of(2024, 2).lastFour())
                .containsExactly(Quarter.of(2023, 3), Quarter.of(2023, 4), Quarter.of(2024, 1), Quarter.of(2024, 2));
    }

    @Test
    void the_period_is_the_key_the_statistics_tables_store() {
        assertThat(Quarter.of(2024, 2).period()).isEqualTo(20242);
        assertThat(Quarter.of(2023, 4).next().period()).isEqualTo(20241);
    }

    @Test
    void reads_and_writes_the_norwegian_form() {
        assertThat(Quarter.parse("2024K2")).isEqualTo(Quarter.of(2024, 2));
        assertThat(Quarter.parse("2024q3")).isEqualTo(Quarter.of(2024, 3));
        assertThat(Quarter.of(2024, 2)).hasToString("2024K2");
        assertThatThrownBy(() -> Quarter.parse("2024K5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quarter.of(2024, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_range_includes_both_ends() {
        assertThat(Quarter.range(Quarter.of(2023, 4), Quarter.of(2024, 2))).hasSize(3);
        assertThat(Quarter.range(Quarter.of(2024, 2), Quarter.of(2024, 1))).isEmpty();
    }

    @Property
    void plus_and_minus_are_inverse(
            @ForAll @IntRange(min = 1950, max = 2900) int year,
            @ForAll @IntRange(min = 1, max = 4) int quarter,
            @ForAll @IntRange(min = 0, max = 200) int steps) {
        Quarter q = Quarter.of(year, quarter);
        assertThat(q.plus(steps).minus(steps)).isEqualTo(q);
        assertThat(q.plus(steps).index() - q.index()).isEqualTo(steps);
    }
}
