package no.iaverk.knowledge;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * When an item is due for revision: its revision date lies more than two years before today, or it has none (nobody
 * has said when it was last checked against its sources).
 */
public final class RevisionDue {

    public static final Period MAX_AGE = Period.ofYears(2);

    private RevisionDue() {}

    /** The earliest revision date that is not overdue today. */
    public static LocalDate cutoff(LocalDate today) {
        return today.minus(MAX_AGE);
    }

    public static boolean overdue(@Nullable LocalDate revisedOn, LocalDate today) {
        return revisedOn == null || revisedOn.isBefore(cutoff(today));
    }
}
