package no.iaverk.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How people read an effect: percentage points with one decimal (rounded half up, only for display), a real minus sign
 * and a plus on a rise, a decimal comma; workdays whole, in groups of three.
 */
public final class EffectNumbers {

    private static final char MINUS = '\u2212';
    private static final char THIN_SPACE = '\u202f';

    private EffectNumbers() {}

    /** −1,2 · +0,4 · 0,0 (a figure that rounds to zero has no sign). */
    public static String points(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
        String digits = rounded.abs().toPlainString().replace('.', ',');
        return switch (rounded.signum()) {
            case -1 -> MINUS + digits;
            case 1 -> "+" + digits;
            default -> digits;
        };
    }

    /** The figure rounded as it is shown: for charts and files, which do their own formatting. */
    public static double rounded(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** 12 345 (a narrow space between groups); a negative number with a real minus sign. */
    public static String days(double value) {
        var symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(THIN_SPACE);
        long whole = BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).longValue();
        return new DecimalFormat("#,##0", symbols).format(whole).replace('-', MINUS);
    }

    /** A relative quarter as the page writes it: −8 … −1, 0, +1 … +8. */
    public static String quarter(int relative) {
        return relative < 0 ? MINUS + String.valueOf(-relative) : relative > 0 ? "+" + relative : "0";
    }
}
