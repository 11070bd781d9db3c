package no.iaverk.reports;

/**
 * The report's bands of a count of meetings or of units at a gathering (Tabell 5-3, Tabell 0-1/0-2): none, 1, 2–5,
 * 6–10, 11–20, more than 20.
 */
public enum CountBand {
    NONE,
    ONE,
    TWO_TO_FIVE,
    SIX_TO_TEN,
    ELEVEN_TO_TWENTY,
    OVER_TWENTY;

    public static CountBand of(int count) {
        if (count <= 0) {
            return NONE;
        } else if (count == 1) {
            return ONE;
        } else if (count <= 5) {
            return TWO_TO_FIVE;
        } else if (count <= 10) {
            return SIX_TO_TEN;
        } else if (count <= 20) {
            return ELEVEN_TO_TWENTY;
        }
        return OVER_TWENTY;
    }
}
