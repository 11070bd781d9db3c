package no.iaverk.evaluation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One collaboration's workplaces against their comparisons. The estimate has the shape of a group estimate, but it is
 * descriptive: one collaboration is one cluster, so its interval (workplaces resampled as if independent, with the
 * comparison enterprises) misses the shocks its workplaces share.
 *
 * @param startQuarter relative quarter 0; null when the collaboration has no dated start in the panel
 * @param series the studied workplaces together per relative quarter
 * @param workplaces every workplace the collaboration covers, studied or not
 */
public record CollaborationEffect(
        @JsonUnwrapped EffectEstimate estimate,
        boolean descriptive,
        @Nullable String startQuarter,
        List<QuarterComparison> series,
        List<WorkplaceComparison> workplaces) {

    /**
     * The studied workplaces observed in a quarter: their sick-leave percent together (lost over possible workdays)
     * and the mean of their comparisons' percent, each workplace's weighted by its possible workdays.
     */
    public record QuarterComparison(
            int relativeQuarter,
            String quarter,
            @Nullable Double percent,
            @Nullable Double comparisonMean,
            int workplaces) {}

    /** Why a covered workplace is or is not in the estimate. */
    public enum Status {
        /** Matched: first assisted here, four observed quarters before start, comparisons found. */
        STUDIED,
        /** First assisted by an earlier collaboration: it counts there. */
        ASSISTED_EARLIER,
        /** No published figures for it. */
        NO_STATISTICS,
        /** One of the four quarters before start is missing or masked, or the start is outside the published range. */
        NO_BASELINE,
        /** No workplace of its industry and size band could serve as a comparison. */
        NO_COMPARISONS
    }

    /**
     * A covered workplace's own percent per relative quarter against the mean of its comparisons (not named); a
     * masked quarter has no figure.
     */
    public record WorkplaceComparison(
            String orgNumber, @Nullable String name, Status status, int comparisons, List<Point> quarters) {}

    public record Point(
            int relativeQuarter,
            String quarter,
            @Nullable Double percent,
            @Nullable Double comparisonMean) {}
}
