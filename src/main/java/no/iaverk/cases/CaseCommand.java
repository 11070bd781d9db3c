package no.iaverk.cases;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a person asks of a case, against the version they saw. */
public record CaseCommand(
        @Nullable CaseEventType type,
        @Nullable Integer expectedVersion,
        @Nullable ClosingReason reason,
        @Nullable List<Justification> justifications,
        @Nullable LocalDate reassessAfter) {

    public static CaseCommand of(CaseEventType type, int expectedVersion) {
        return new CaseCommand(type, expectedVersion, null, null, null);
    }
}
