package no.iaverk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OrgNumberTest {

    @Test
    void accepts_real_organisation_numbers() {
        // NAV (Arbeids- og velferdsetaten) and Brønnøysundregistrene
        assertThat(OrgNumber.isValid("889640782")).isTrue();
        assertThat(OrgNumber.isValid("974760673")).isTrue();
    }

    @Test
    void rejects_a_wrong_check_digit() {
        assertThat(OrgNumber.isValid("889640783")).isFalse();
        assertThat(OrgNumber.problemWith("889640783")).contains("kontrollsiffer");
    }

    @Test
    void rejects_anything_but_nine_digits() {
        assertThat(OrgNumber.isValid("88964078")).isFalse();
        assertThat(OrgNumber.isValid("8896407820")).isFalse();
        assertThat(OrgNumber.isValid("88964078a")).isFalse();
        assertThat(OrgNumber.isValid(" 889640782")).isFalse();
        assertThat(OrgNumber.isValid(null)).isFalse();
        assertThat(OrgNumber.problemWith("")).isEqualTo("mangler organisasjonsnummer");
        assertThat(OrgNumber.problemWith("12345")).contains("ikke ni siffer");
    }

    @Test
    void a_remainder_of_one_gives_no_valid_number() {
        // Some prefixes would need a check digit of 10: no number starting with them is valid.
        String prefix = findPrefixWithCheckTen();
        assertThat(OrgNumber.checkDigit(prefix)).isNull();
        for (int digit = 0; digit <= 9; digit++) {
            assertThat(OrgNumber.isValid(prefix + digit)).isFalse();
        }
    }

    @Test
    void the_value_object_refuses_an_invalid_number() {
        assertThatThrownBy(() -> OrgNumber.of("123456789")).isInstanceOf(IllegalArgumentException.class);
        assertThat(OrgNumber.of("974760673").value()).isEqualTo("974760673");
    }

    @Property
    void every_prefix_with_its_check_digit_is_valid(@ForAll("prefixes") String prefix) {
        Integer check = OrgNumber.checkDigit(prefix);
        if (check != null) {
            assertThat(OrgNumber.isValid(prefix + check)).isTrue();
        }
    }

    @Property
    void changing_one_digit_of_a_valid_number_makes_it_invalid(
            @ForAll("prefixes") String prefix, @ForAll("positions") int position, @ForAll("deltas") int delta) {
        Integer check = OrgNumber.checkDigit(prefix);
        if (check == null) {
            return;
        }
        char[] digits = (prefix + check).toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + delta) % 10);
        assertThat(OrgNumber.isValid(new String(digits))).isFalse();
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.strings().numeric().ofLength(8);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 8);
    }

    @Provide
    Arbitrary<Integer> deltas() {
        return Arbitraries.integers().between(1, 9);
    }

    private static String findPrefixWithCheckTen() {
        for (int i = 10_000_000; ; i++) {
            String prefix = Integer.toString(i);
            if (OrgNumber.checkDigit(prefix) == null) {
                return prefix;
            }
        }
    }
}
