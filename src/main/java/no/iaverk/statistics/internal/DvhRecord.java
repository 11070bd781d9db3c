package no.iaverk.statistics.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One record of a DVH file as read, before validation. Text stays text so that a malformed value can be rejected with
 * what it said.
 */
final class DvhRecord {

    void addDuration(@Nullable String code, @Nullable String lost) {
        if (durations == durationCodes.length) {
            durationCodes = Arrays.copyOf(durationCodes, durations * 2);
            durationValues = Arrays.copyOf(durationValues, durations * 2);
        }
        durationCodes[durations] = String.valueOf(code);
        durationValues[durations++] = lost;
    }

    /** Duration classes of sick leave: A 1–7 days, B 8–16 days, C 17 days–8 weeks, D 8–20, E 20–39, F over 39. */
    enum Duration {
        A,
        B,
        C,
        D,
        E,
        F
    }

    long position;
    long line;
    /** False when the list held something other than an object here. */
    boolean object = true;

    @Nullable
    String year;

    @Nullable
    String quarter;

    @Nullable
    String key;

    @Nullable
    String percent;

    @Nullable
    String lost;

    @Nullable
    String possible;

    @Nullable
    String persons;

    @Nullable
    String gradedLost;
    /** The duration entries as written, in order: code and lost workdays; {@code durations} of them are used. */
    String[] durationCodes = new String[6];

    @Nullable
    String[] durationValues = new String[6];

    int durations;
    /** True when tapteDagsverkPerVarighet was there but not a list of objects. */
    boolean unreadableDurations;

    @Nullable
    String sector;

    @Nullable
    String industry;

    @Nullable
    String naceCode;

    @Nullable
    String rectype;

    @Nullable
    String publicAt;

    @Nullable
    String updatedInDvh;

    /**
     * The validated figures of a record. Amounts are millionths of a workday ({@link Micros}); a duration class
     * without a figure is null.
     */
    record Figures(
            int persons,
            long lost,
            long possible,
            @Nullable Long gradedLost,
            @Nullable Long[] lostByDuration) {}
}
