package no.iaverk.knowledge.followup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.PlausibleDates;
import org.jspecify.annotations.Nullable;

/**
 * What the timeline is asked for: the first sick day (ISO date, required) and whether the leave is graded (true or
 * false; missing is false). Parsed from text so that a bad value is a Norwegian 400 naming the field.
 */
public record TimelineRequest(LocalDate firstSickDay, boolean graded) {

    public static TimelineRequest parse(@Nullable String firstSickDay, @Nullable String graded) {
        var errors = new InvalidFieldsException.Collector();
        LocalDate date = null;
        if (firstSickDay == null || firstSickDay.isBlank()) {
            errors.check(false, "firstSickDay", FollowUpTexts.get("firstSickDay.missing"));
        } else {
            try {
                date = LocalDate.parse(firstSickDay.strip());
                errors.check(
                        PlausibleDates.plausible(date),
                        "firstSickDay",
                        PlausibleDates.message(FollowUpTexts.get("firstSickDay.label")));
            } catch (DateTimeParseException e) {
                errors.check(false, "firstSickDay", FollowUpTexts.get("firstSickDay.invalid", firstSickDay.strip()));
            }
        }
        boolean isGraded = false;
        if (graded != null && !graded.isBlank()) {
            String value = graded.strip();
            isGraded = value.equalsIgnoreCase("true");
            errors.check(
                    isGraded || value.equalsIgnoreCase("false"), "graded", FollowUpTexts.get("graded.invalid", value));
        }
        errors.throwIfAny();
        return new TimelineRequest(date, isGraded);
    }
}
