package no.iaverk.statistics;

import java.math.BigDecimal;
import java.util.List;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;

/**
 * One enterprise's sick leave as of the published quarter. Percentages and trends are rounded HALF_UP to one decimal
 * (computed from unrounded sums); workdays are as NAV delivers them. Masked figures are null and marked masked.
 *
 * @param quarters every quarter up to the published one, oldest first
 * @param lastFourQuarters the published quarter and the three before it that have figures; null without any
 * @param trend percentage points against the same quarter a year before; null if either is missing or masked
 * @param shortTermPercent share of the last four quarters' lost workdays in absences up to 16 days (A+B)
 * @param longTermPercent share in absences from 17 days (C–F)
 * @param gradedPercent share of lost workdays on graded sick leave
 * @param benchmarks the industry programme (or else the 2-digit industry), the sector and Norway
 * @param costOfLostWorkdays the last four quarters' lost workdays × {@code costPerDay}
 */
public record EnterpriseSickLeave(
        String orgNumber,
        @Nullable Quarter publishedQuarter,
        List<QuarterFigures> quarters,
        @Nullable Window lastFourQuarters,
        @Nullable BigDecimal trend,
        @Nullable BigDecimal shortTermPercent,
        @Nullable BigDecimal longTermPercent,
        @Nullable BigDecimal gradedPercent,
        List<Benchmark> benchmarks,
        @Nullable BigDecimal costOfLostWorkdays,
        BigDecimal costPerDay) {

    public record QuarterFigures(
            int year,
            int quarter,
            @Nullable Integer persons,
            @Nullable BigDecimal lostWorkdays,
            @Nullable BigDecimal possibleWorkdays,
            @Nullable BigDecimal percent,
            boolean masked) {}

    /**
     * The last four quarters. {@code masked} when every quarter is; with {@code maskedQuarters} above zero only the
     * percent is shown (the workdays would reveal the masked quarter by subtraction).
     */
    public record Window(
            @Nullable BigDecimal percent,
            @Nullable BigDecimal lostWorkdays,
            @Nullable BigDecimal possibleWorkdays,
            boolean masked,
            int maskedQuarters,
            List<Quarter> quarters) {}

    public enum BenchmarkKind {
        INDUSTRY_PROGRAMME,
        INDUSTRY,
        SECTOR,
        COUNTRY
    }

    /**
     * A grouping the enterprise is compared with. {@code computed} is true when some of its figures were summed
     * from enterprise rows because NAV's file for it was missing; such a sum leaves out the masked enterprises, and
     * {@code maskedMembers} says how many (in the published quarter). Withheld figures are null.
     */
    public record Benchmark(
            BenchmarkKind kind,
            String code,
            @Nullable String name,
            @Nullable BigDecimal lastFourQuartersPercent,
            @Nullable BigDecimal trend,
            boolean computed,
            int maskedMembers,
            List<QuarterPercent> history) {}

    public record QuarterPercent(
            int year, int quarter, @Nullable BigDecimal percent) {}
}
