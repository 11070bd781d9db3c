package no.iaverk.knowledge.followup;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One dated duty of the follow-up: who, what, when (an amount of days, weeks or months from the first sick day),
 * for which leave, for first sick days from {@code validFrom} to {@code validTo} (inclusive; null = still valid), and
 * its source (null = not verified). {@code updatedBy} is null for a rule as shipped.
 */
public record FollowUpRule(
        int id,
        String key,
        Actor actor,
        String title,
        String description,
        int dueAmount,
        DueUnit dueUnit,
        AppliesTo appliesTo,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable RuleSource source,
        @Nullable String updatedBy,
        Instant updatedAt) {

    @JsonProperty("sourceVerified")
    public boolean sourceVerified() {
        return source != null;
    }

    /** Whether the rule holds for leave that began on this day, graded or not. */
    public boolean appliesTo(LocalDate firstSickDay, boolean graded) {
        return !firstSickDay.isBefore(validFrom)
                && (validTo == null || !firstSickDay.isAfter(validTo))
                && appliesTo.includes(graded);
    }

    public LocalDate dueDate(LocalDate firstSickDay) {
        return dueUnit.dueDate(firstSickDay, dueAmount);
    }
}
