package no.iaverk.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.iaverk.reports.AdviserHours.Tally;
import org.jspecify.annotations.Nullable;

/**
 * Cost-benefit for the collaborations whose assistance started in a period, per centre, industry programme and form of
 * assistance: the adviser hours recorded on them and their cost against the lost workdays the effect evaluation finds
 * avoided in the first year after start, valued at the cost of a lost workday. Every money figure is in NOK.
 *
 * @param method how the figures are made, in one line (the evaluation's own method is named on every row)
 * @param hourlyCost NOK per adviser hour ({@code iaverk.reports.hourly-cost})
 * @param costPerLostWorkday NOK per lost workday ({@code iaverk.sick-leave.cost-per-day})
 * @param notAttributed collaborations that count for no programme (their workplaces are in none or in several) and
 *     for no form of assistance (none was recorded): in the centre rows, in no programme or form row
 */
public record CostBenefit(
        LocalDate from,
        LocalDate to,
        @Nullable String unit,
        String method,
        BigDecimal hourlyCost,
        BigDecimal costPerLostWorkday,
        List<Row> byCentre,
        List<Row> byProgramme,
        List<Row> byAssistanceForm,
        NotAttributed notAttributed) {

    /**
     * One centre, programme or form of assistance.
     *
     * @param code the centre's code, the programme's code or the form (PROCESS, KNOWLEDGE_TRANSFER)
     * @param collaborations collaborations whose assistance started in the period
     * @param hours their held activities' recorded hours, whenever held (so far)
     * @param cost hours × hourly cost, whole NOK; a lower bound when {@code hours.complete} is false
     */
    public record Row(String code, String name, int collaborations, Tally hours, BigDecimal cost, Benefit benefit) {}

    /**
     * The effect evaluation's estimate for the same centre, programme or form and the same starts, turned into money.
     * With {@code available} false there are no figures and {@code withheldReason}/{@code withheld} say why.
     *
     * @param method the evaluation's method
     * @param treated the workplaces the estimate rests on
     * @param notMatched studied workplaces the evaluation left out (no four quarters before start, or no comparisons)
     * @param effect the first year's effect in percentage points (negative = sick leave fell), with its 95 % interval
     * @param lostWorkdaysAvoided a year's lost workdays avoided, with the interval carried through the same formula
     * @param value lost workdays avoided × the cost per lost workday, whole NOK
     * @param ratio value per NOK of adviser cost (two decimals); null without cost
     * @param preTrendFlagged the evaluation's warning: treated and comparisons moved apart before start
     */
    public record Benefit(
            boolean available,
            String method,
            int treated,
            int comparisons,
            int notMatched,
            @Nullable WithheldReason withheldReason,
            @Nullable String withheld,
            @Nullable Interval effect,
            @Nullable Interval lostWorkdaysAvoided,
            @Nullable Interval value,
            @Nullable Interval ratio,
            boolean preTrendFlagged) {}

    /** A figure with its 95 % interval. */
    public record Interval(BigDecimal estimate, BigDecimal low, BigDecimal high) {}

    public enum WithheldReason {
        /** Fewer than five assisted workplaces could be compared: the evaluation gives no figure. */
        TOO_FEW_TREATED,
        /** Too few of the compared workplaces have the four quarters after start published yet. */
        FIRST_YEAR_NOT_OBSERVED
    }

    public record NotAttributed(
            Tally programme, int programmeCollaborations, Tally assistanceForm, int assistanceFormCollaborations) {}
}
