package no.iaverk.knowledge.followup;

import java.time.LocalDate;

/**
 * How a rule's deadline is counted from the first sick day. A rule is due on the last day of its period: «after 6
 * weeks» is the last day of week 6 (the first sick day is day 1 of week 1), «16 days» is day 16.
 */
public enum DueUnit {
    DAYS,
    WEEKS,
    MONTHS;

    public LocalDate dueDate(LocalDate firstSickDay, int amount) {
        return switch (this) {
            case DAYS -> firstSickDay.plusDays(amount - 1L);
            case WEEKS -> firstSickDay.plusWeeks(amount).minusDays(1);
            case MONTHS -> firstSickDay.plusMonths(amount).minusDays(1);
        };
    }
}
