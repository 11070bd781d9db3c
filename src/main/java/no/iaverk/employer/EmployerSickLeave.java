package no.iaverk.employer;

import java.math.BigDecimal;
import java.util.List;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;

/**
 * What an employer sees of one enterprise's sick leave, as of the newest published quarter. Percentages are rounded
 * HALF_UP to one decimal from unrounded sums; masked figures (fewer than five persons) are null, never a number.
 *
 * @param enterprise the enterprise asked for: a legal unit as the sum of its visible sub-units, a sub-unit (or a legal
 *     unit without sub-units) as itself
 * @param subUnits a legal unit's sub-units, each with its own figures; empty for a sub-unit
 * @param country Norway's figures, for the comparison people read next to the industry's
 * @param costPerDay NOK per lost workday ({@code iaverk.sick-leave.cost-per-day})
 */
public record EmployerSickLeave(
        String orgNumber,
        @Nullable String name,
        @Nullable Quarter publishedQuarter,
        Unit enterprise,
        List<Unit> subUnits,
        @Nullable Benchmark country,
        BigDecimal costPerDay) {

    /**
     * One enterprise's figures.
     *
     * @param sumOfSubUnits true for a legal unit summed from its sub-units
     * @param trend the published quarter's percent minus that of the same quarter a year before, in points; null
     *     unless both have figures
     * @param industry the industry programme's figures, else the 2-digit industry's; null when neither has any
     * @param comparison the verdict against {@code industry} (see {@link Comparison})
     * @param history every published quarter, oldest first
     */
    public record Unit(
            String orgNumber,
            @Nullable String name,
            boolean sumOfSubUnits,
            LastFourQuarters lastFourQuarters,
            @Nullable BigDecimal trend,
            @Nullable Benchmark industry,
            Comparison comparison,
            List<QuarterFigures> history) {}

    /**
     * The published quarter and the three before it, over the quarters with unmasked figures. Short and long term
     * are percent of possible workdays (absences up to 16 days, and from 17 days), graded is the share of lost
     * workdays on graded sick leave, as NAV shows employers.
     *
     * @param masked no quarter of the window has figures to show
     * @param maskedQuarters quarters of the window left out because they are masked
     * @param maskedSubUnits for a legal unit: sub-units left out of the sum in at least one of the quarters because
     *     they are masked there («ekskl. 1 skjermet»)
     * @param quarters the quarters the figures cover
     */
    public record LastFourQuarters(
            @Nullable BigDecimal percent,
            @Nullable BigDecimal shortTermPercent,
            @Nullable BigDecimal longTermPercent,
            @Nullable BigDecimal gradedPercent,
            @Nullable BigDecimal lostWorkdays,
            @Nullable BigDecimal possibleWorkdays,
            boolean masked,
            int maskedQuarters,
            int maskedSubUnits,
            List<Quarter> quarters) {}

    /** One quarter; masked: nothing but that. {@code maskedSubUnits}: sub-units a legal unit's sum leaves out. */
    public record QuarterFigures(
            int year,
            int quarter,
            @Nullable Integer persons,
            @Nullable BigDecimal lostWorkdays,
            @Nullable BigDecimal possibleWorkdays,
            @Nullable BigDecimal percent,
            boolean masked,
            int maskedSubUnits) {}

    public enum BenchmarkKind {
        INDUSTRY_PROGRAMME,
        INDUSTRY,
        COUNTRY
    }

    public record Benchmark(
            BenchmarkKind kind,
            String code,
            @Nullable String name,
            @Nullable BigDecimal lastFourQuartersPercent,
            @Nullable BigDecimal trend,
            List<QuarterPercent> history) {}

    public record QuarterPercent(
            int year, int quarter, @Nullable BigDecimal percent) {}
}
