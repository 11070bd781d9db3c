package no.iaverk.employer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise's goal with its status now: {@code value} is the year-to-date percent of the published quarters of the
 * goal's year up to {@code quarter} (one decimal; null when the status is NONE, never a masked figure), {@code
 * maskedSubUnits} the sub-units a legal unit's sum leaves out, and {@code history} the status stored as each quarter
 * was published.
 */
public record Goal(
        long id,
        String orgNumber,
        @Nullable String enterpriseName,
        String description,
        GoalMetric metric,
        BigDecimal target,
        BigDecimal tolerance,
        int year,
        GoalStatus status,
        @Nullable BigDecimal value,
        GoalStatus.@Nullable Reason reason,
        @Nullable Quarter quarter,
        int maskedSubUnits,
        List<Evaluation> history,
        String createdBy,
        Instant createdAt) {

    /** The status stored when a quarter was published (or the goal created). */
    public record Evaluation(
            Quarter quarter,
            @Nullable BigDecimal value,
            GoalStatus status,
            GoalStatus.@Nullable Reason reason,
            int maskedSubUnits,
            Instant evaluatedAt) {}
}
