package no.iaverk.statistics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One record of a DVH file as read, before validation. Text stays text so that a malformed value can be rejected with
 * what it said.
 */
final class DvhRecord {

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
    /** The duration entries as written, in order: code and lost workdays. */
    final List<Map.Entry<String, String>> lostByDuration = new ArrayList<>();
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

    /** The validated figures of a record; amounts in workdays. */
    record Figures(
            int persons,
            BigDecimal lost,
            BigDecimal possible,
            @Nullable BigDecimal gradedLost,
            EnumMap<Duration, BigDecimal> lostByDuration) {}
}
