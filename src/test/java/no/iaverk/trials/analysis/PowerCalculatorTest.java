package no.iaverk.trials.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PowerCalculatorTest {

    // z_{0.975} + z_{0.80} = 1.959963985 + 0.841621234 = 2.801585219; squared 7.848879734.

    @Test
    void worked_example_before_contact_with_half_accepting_needs_393_per_arm() {
        // σ = 2.5 pp, δ = −1.0 pp among those assisted, half of the offered accept: δ_ITT = −0.5.
        // n = 7.848879734 · 2.5² · (1 + 1/1) / 0.5² = 7.848879734 · 6.25 · 2 / 0.25 = 392.44 → 393 in each arm.
        PowerCalculator.Answer answer =
                PowerCalculator.unitsNeeded(new PowerCalculator.Question(2.5, -1.0, 0.05, 0.80, 1.0, 0.5));

        assertThat(answer.dilutedEffect()).isCloseTo(-0.5, within(1e-12));
        assertThat(answer.referenceUnits()).isEqualTo(393);
        assertThat(answer.armUnits()).isEqualTo(393);
        assertThat(answer.totalUnits()).isEqualTo(786);
    }

    @Test
    void among_the_willing_full_uptake_needs_a_quarter_of_that() {
        // 7.848879734 · 6.25 · 2 / 1 = 98.11 → 99.
        PowerCalculator.Answer answer =
                PowerCalculator.unitsNeeded(new PowerCalculator.Question(2.5, -1.0, 0.05, 0.80, 1.0, 1.0));

        assertThat(answer.referenceUnits()).isEqualTo(99);
    }

    @Test
    void an_allocation_of_two_to_one_puts_fewer_in_the_reference_arm() {
        // n_R = 7.848879734 · 6.25 · (1 + 1/2) / 1 = 73.58 → 74; n_A = 2 · 73.58 = 147.17 → 148.
        PowerCalculator.Answer answer =
                PowerCalculator.unitsNeeded(new PowerCalculator.Question(2.5, 1.0, 0.05, 0.80, 2.0, 1.0));

        assertThat(answer.referenceUnits()).isEqualTo(74);
        assertThat(answer.armUnits()).isEqualTo(148);
    }

    @Test
    void nonsense_inputs_are_refused_with_a_reason() {
        assertThatThrownBy(() -> new PowerCalculator.Question(2.5, 0, 0.05, 0.8, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("effect");
        assertThatThrownBy(() -> new PowerCalculator.Question(2.5, -1, 0.05, 0.8, 1, 0))
                .hasMessageContaining("uptake");
        assertThatThrownBy(() -> new PowerCalculator.Question(0, -1, 0.05, 0.8, 1, 1))
                .hasMessageContaining("standard deviation");
    }
}
