package no.iaverk.statistics.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.SickLeave;
import org.jspecify.annotations.Nullable;

/**
 * One quarter's figures for an enterprise or a category, as stored. {@code suppressed} marks a category figure the
 * disclosure rules withhold; {@code maskedMembers} how many masked enterprises a computed category leaves out.
 */
public record QuarterRow(
        Quarter quarter,
        int persons,
        BigDecimal lost,
        BigDecimal possible,
        @Nullable BigDecimal gradedLost,
        @Nullable BigDecimal lostA,
        @Nullable BigDecimal lostB,
        @Nullable BigDecimal lostC,
        @Nullable BigDecimal lostD,
        @Nullable BigDecimal lostE,
        @Nullable BigDecimal lostF,
        boolean computed,
        boolean suppressed,
        int maskedMembers) {

    SickLeave sickLeave() {
        return new SickLeave(lost, possible, persons);
    }

    /** Fewer than five persons, or withheld by the disclosure rules: nothing of it is shown. */
    boolean masked() {
        return suppressed || sickLeave().masked();
    }

    /** Lost workdays in absences up to 16 days (A+B); null when the quarter has no duration figures. */
    @Nullable
    BigDecimal shortTerm() {
        return sum(Arrays.asList(lostA, lostB), hasDurations());
    }

    /** Lost workdays in absences from 17 days (C–F). */
    @Nullable
    BigDecimal longTerm() {
        return sum(Arrays.asList(lostC, lostD, lostE, lostF), hasDurations());
    }

    private boolean hasDurations() {
        return lostA != null || lostB != null || lostC != null || lostD != null || lostE != null || lostF != null;
    }

    private static @Nullable BigDecimal sum(List<@Nullable BigDecimal> parts, boolean any) {
        return any ? parts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
    }
}
