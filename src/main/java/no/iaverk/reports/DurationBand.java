package no.iaverk.reports;

/** How long a collaboration lasted, or has lasted so far at the period's end, in completed months. */
public enum DurationBand {
    LESS_THAN_1_MONTH,
    MONTHS_1_TO_6,
    MONTHS_7_TO_12,
    MONTHS_13_TO_18,
    MONTHS_19_TO_24,
    OVER_24_MONTHS;

    public static DurationBand of(int completedMonths) {
        if (completedMonths < 1) {
            return LESS_THAN_1_MONTH;
        } else if (completedMonths <= 6) {
            return MONTHS_1_TO_6;
        } else if (completedMonths <= 12) {
            return MONTHS_7_TO_12;
        } else if (completedMonths <= 18) {
            return MONTHS_13_TO_18;
        } else if (completedMonths <= 24) {
            return MONTHS_19_TO_24;
        }
        return OVER_24_MONTHS;
    }
}
