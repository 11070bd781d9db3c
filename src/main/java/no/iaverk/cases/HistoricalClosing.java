package no.iaverk.cases;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a recorded case ended, on a past date: COMPLETE (after a completed collaboration) or NOT_RELEVANT with a reason
 * and its justifications, under the same rules as a person's command.
 */
public record HistoricalClosing(
        @Nullable CaseEventType type,
        @Nullable LocalDate closedOn,
        @Nullable ClosingReason reason,
        @Nullable List<Justification> justifications) {}
