package no.iaverk.employer;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What a goal measures, each as a percent of the possible workdays; lower is better for all three. */
public enum GoalMetric {
    SICK_LEAVE_PERCENT,
    /** Lost workdays of absences up to 16 days (durations A and B). */
    SHORT_TERM_PERCENT,
    /** Lost workdays of longer absences (durations C to F). */
    LONG_TERM_PERCENT;

    public static Optional<GoalMetric> parse(@Nullable String text) {
        return Arrays.stream(values()).filter(m -> m.name().equals(text)).findFirst();
    }
}
