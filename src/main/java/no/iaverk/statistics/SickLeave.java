package no.iaverk.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Lost and possible workdays over one quarter or several, with the largest number of persons in any of them.
 *
 * <p>The percent is lost / possible × 100 of the sums: aggregates add workdays first and divide once. It is kept
 * unrounded; {@link #display(BigDecimal)} rounds (HALF_UP, one decimal) for what people see.
 *
 * <p>Figures for fewer than {@value #MIN_PERSONS} persons identify people and are masked: a single quarter when its
 * persons are fewer, several quarters when even the largest of them has fewer.
 */
public record SickLeave(BigDecimal lostWorkdays, BigDecimal possibleWorkdays, int maxPersons) {

    public static final int MIN_PERSONS = 5;
    static final int SCALE = 6;

    public static final SickLeave NONE = new SickLeave(BigDecimal.ZERO, BigDecimal.ZERO, 0);

    public boolean masked() {
        return maxPersons < MIN_PERSONS;
    }

    /** Unrounded percent; null when there are no possible workdays. */
    public @Nullable BigDecimal percent() {
        if (possibleWorkdays.signum() == 0) {
            return null;
        }
        return lostWorkdays.multiply(BigDecimal.valueOf(100)).divide(possibleWorkdays, SCALE, RoundingMode.HALF_UP);
    }

    /** Sums workdays and keeps the largest persons count, for a window of quarters. */
    public SickLeave plus(SickLeave other) {
        return new SickLeave(
                lostWorkdays.add(other.lostWorkdays),
                possibleWorkdays.add(other.possibleWorkdays),
                Math.max(maxPersons, other.maxPersons));
    }

    /** Lost workdays above what the possible workdays would lose at the benchmark percent. */
    public BigDecimal potential(BigDecimal benchmarkPercent) {
        return lostWorkdays.subtract(possibleWorkdays
                .multiply(benchmarkPercent)
                .divide(BigDecimal.valueOf(100), SCALE, RoundingMode.HALF_UP));
    }

    /** A percent as people see it: HALF_UP to one decimal. Never round before aggregating. */
    public static @Nullable BigDecimal display(@Nullable BigDecimal percent) {
        return percent == null ? null : percent.setScale(1, RoundingMode.HALF_UP);
    }

    /** {@code part} as a share of {@code whole} in percent, unrounded; null when the whole is zero. */
    public static @Nullable BigDecimal share(@Nullable BigDecimal part, BigDecimal whole) {
        if (part == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, SCALE, RoundingMode.HALF_UP);
    }
}
