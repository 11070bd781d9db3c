package no.iaverk.reports;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Adviser hours recorded on the activities held (status DONE) in a period, by centre and by collaboration, for one
 * centre ({@code unit}) or the whole country (null). Hours are recorded per activity and may be missing: every row says
 * how many activities had none, so that nobody reads a sum of partly recorded hours as the whole.
 *
 * @param byCollaboration all the centre's collaborations with held activities, or nationally the {@value
 *     AdviserHoursReports#NATIONAL_TOP} with the most hours; {@code collaborations} says how many there were
 */
public record AdviserHours(
        LocalDate from,
        LocalDate to,
        @Nullable String unit,
        Tally total,
        int collaborations,
        List<CentreRow> byCentre,
        List<CollaborationRow> byCollaboration) {

    /**
     * What a group of held activities adds up to.
     *
     * @param hours the recorded hours (one decimal); a lower bound when {@code withoutHours} is above zero
     * @param coverage the share of activities with hours recorded, in percent with one decimal; null without activities
     * @param complete every activity had its hours recorded, so {@code hours} is the whole
     */
    public record Tally(
            int activities,
            int withHours,
            int withoutHours,
            BigDecimal hours,
            @Nullable BigDecimal coverage,
            boolean complete) {

        static Tally of(int activities, int withHours, BigDecimal hours) {
            BigDecimal coverage = activities == 0
                    ? null
                    : BigDecimal.valueOf(withHours * 100L)
                            .divide(BigDecimal.valueOf(activities), 1, RoundingMode.HALF_UP);
            int without = activities - withHours;
            return new Tally(activities, withHours, without, hours.setScale(1), coverage, without == 0);
        }
    }

    /** A centre's held activities, those without a collaboration (case-level contacts) included. */
    public record CentreRow(
            String unitCode, String name, @JsonUnwrapped Tally tally) {}

    /** One collaboration's held activities in the period, with the enterprise of its case. */
    public record CollaborationRow(
            long collaborationId,
            long caseId,
            String name,
            String orgNumber,
            String unitCode,
            @JsonUnwrapped Tally tally) {}

    /** Per adviser (the activity's owner): only counts and sums, never what was done. */
    public record ByAdviser(
            LocalDate from, LocalDate to, @Nullable String unit, List<AdviserRow> byAdviser) {}

    public record AdviserRow(
            String adviser, String unitCode, @JsonUnwrapped Tally tally) {}
}
