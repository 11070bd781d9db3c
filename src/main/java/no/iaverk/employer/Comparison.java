package no.iaverk.employer;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The verdict on an enterprise's last four quarters against its industry's: above 110 % of the industry's figure is
 * HIGHER, below 90 % LOWER, else ABOUT_THE_SAME, on unrounded percentages (a displayed 7,7 against 7,0 may be either).
 * NONE when there is nothing fair to compare: a masked quarter, fewer than four quarters, or no industry figure.
 */
public enum Comparison {
    HIGHER,
    ABOUT_THE_SAME,
    LOWER,
    NONE;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal UPPER = BigDecimal.valueOf(110);
    private static final BigDecimal LOWER_BOUND = BigDecimal.valueOf(90);

    /**
     * @param percent the enterprise's unrounded last-four-quarters percent
     * @param fourQuarters whether all four quarters of the window have unmasked figures
     * @param industryPercent the industry's unrounded last-four-quarters percent
     */
    public static Comparison of(
            @Nullable BigDecimal percent, boolean fourQuarters, @Nullable BigDecimal industryPercent) {
        if (percent == null || !fourQuarters || industryPercent == null) {
            return NONE;
        }
        // percent / industry > 1.10  ⇔  percent × 100 > industry × 110: exact, no division to round
        BigDecimal scaled = percent.multiply(HUNDRED);
        if (scaled.compareTo(industryPercent.multiply(UPPER)) > 0) {
            return HIGHER;
        }
        if (scaled.compareTo(industryPercent.multiply(LOWER_BOUND)) < 0) {
            return LOWER;
        }
        return ABOUT_THE_SAME;
    }
}
