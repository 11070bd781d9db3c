package no.iaverk.shared;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A Norwegian organisation number: nine digits whose last digit is a MOD11 check digit over the first eight
 * (weights 3, 2, 7, 6, 5, 4, 3, 2). Numbers whose check would be 10 are never issued, so they are invalid.
 */
public record OrgNumber(String value) implements Comparable<OrgNumber> {

    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");
    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    public OrgNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Ugyldig organisasjonsnummer: " + value);
        }
    }

    public static OrgNumber of(String value) {
        return new OrgNumber(value);
    }

    public static boolean isValid(@Nullable String value) {
        if (value == null || value.length() != 9) {
            return false;
        }
        for (int i = 0; i < 9; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        Integer check = checkDigit(value);
        return check != null && check == value.charAt(8) - '0';
    }

    /** The MOD11 check digit for the first eight digits, or null when the rule gives 10 (no valid number exists). */
    public static @Nullable Integer checkDigit(String firstEight) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (firstEight.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        int check = remainder == 0 ? 0 : 11 - remainder;
        return check == 10 ? null : check;
    }

    /** Why a value is not an organisation number, in Norwegian, or null when it is one. */
    public static @Nullable String problemWith(@Nullable String value) {
        if (isValid(value)) {
            return null;
        }
        if (value == null || value.isBlank()) {
            return "mangler organisasjonsnummer";
        }
        if (!NINE_DIGITS.matcher(value).matches()) {
            return "organisasjonsnummer «" + value + "» er ikke ni siffer";
        }
        return "organisasjonsnummer «" + value + "» har feil kontrollsiffer (MOD11)";
    }

    @Override
    public int compareTo(OrgNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
