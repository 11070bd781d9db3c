package no.iaverk.evaluation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An effect estimate in percentage points of sick leave (negative = fell relative to comparisons), each figure with its
 * 95 % interval; a figure that cannot be computed honestly is null. With {@code insufficientData} no figure is given.
 *
 * @param treated the studied workplaces that were matched and so are in the estimate
 * @param comparisons the distinct comparison workplaces used
 * @param notMatched studied workplaces left out: without four observed quarters before start, or without comparisons
 */
public record EffectEstimate(
        String method,
        int treated,
        int comparisons,
        int notMatched,
        boolean insufficientData,
        List<QuarterEffect> quarters,
        @Nullable Effect firstYear,
        @Nullable Effect secondYear,
        @Nullable WorkdaysAvoided lostWorkdaysAvoided,
        @Nullable PreTrend preTrend,
        @Nullable Naive naiveBeforeAfter) {

    /** The effect in relative quarter {@code relativeQuarter} with the treated workplaces it rests on. */
    public record QuarterEffect(int relativeQuarter, double effect, double ciLow, double ciHigh, int treated) {}

    public record Effect(double effect, double ciLow, double ciHigh) {}

    /** Lost workdays avoided per year: −(first-year effect) × the treated workplaces' possible workdays a year / 100. */
    public record WorkdaysAvoided(double perYear, double ciLow, double ciHigh) {}

    /**
     * The mean effect in quarters −8…−5, outside the matching window: near zero when treated and comparison workplaces
     * moved alike before start; {@code flagged} when its interval excludes zero.
     */
    public record PreTrend(double effect, double ciLow, double ciHigh, boolean flagged) {}

    /** The treated workplaces' own before/after (mean of +1…+4 minus mean of −4…−1), without comparisons. */
    public record Naive(double effect) {}

    EffectEstimate withMethod(String other) {
        return new EffectEstimate(
                other,
                treated,
                comparisons,
                notMatched,
                insufficientData,
                quarters,
                firstYear,
                secondYear,
                lostWorkdaysAvoided,
                preTrend,
                naiveBeforeAfter);
    }

    static EffectEstimate insufficient(String method, int treated, int comparisons, int notMatched) {
        return new EffectEstimate(
                method, treated, comparisons, notMatched, true, List.of(), null, null, null, null, null);
    }
}
