package no.iaverk.trials.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code @trialDisplay} in the trial templates: how the trials' figures are written, in Norwegian (decimal comma, a real
 * minus sign, "–" for a figure that is not there).
 */
@Component("trialDisplay")
public class TrialDisplay {

    static final String NONE = "–";

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    /** Percentage points of an estimate or interval bound, two decimals: −1,02. */
    public String points(@Nullable Double value) {
        return format(value, "0.00");
    }

    /** −1,02 til 0,13 */
    public String interval(@Nullable Double low, @Nullable Double high) {
        return low == null || high == null ? NONE : points(low) + " til " + points(high);
    }

    /** A sick-leave percent or a mean, one decimal: 6,4. */
    public String decimal(@Nullable Double value) {
        return format(value, "0.0");
    }

    /** A share (0–1) as a whole percent: 45 %. */
    public String share(@Nullable Double value) {
        return value == null ? NONE : format(value * 100, "0") + " %";
    }

    /** A standardised difference, two decimals. */
    public String difference(@Nullable Double value) {
        return format(value, "0.00");
    }

    /** A p-value with three decimals, and "< 0,001" below that. */
    public String p(@Nullable Double value) {
        if (value == null) {
            return NONE;
        }
        return value < 0.001 ? "< 0,001" : format(value, "0.000");
    }

    public String hours(@Nullable Number value) {
        return value == null ? NONE : format(value.doubleValue(), "0.#");
    }

    private static String format(@Nullable Double value, String pattern) {
        if (value == null || value.isNaN()) {
            return NONE;
        }
        String text = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(NORWEGIAN)).format(value);
        // The JDK writes a hyphen-minus or U+2212 depending on its locale data: always the real minus sign, and none
        // on a value that rounds to zero ("−0,00" reads oddly).
        String unsigned = text.replace("-", "").replace("\u2212", "");
        boolean zero = unsigned.chars().allMatch(c -> c == '0' || c == ',' || c == '\u00a0' || c == ' ');
        return zero || unsigned.equals(text) ? unsigned : "\u2212" + unsigned;
    }
}
