package no.iaverk.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A case in a list: its state, and for the adviser's overview its next planned activity and overdue ones. */
public record CaseSummary(
        long id,
        String orgNumber,
        String enterpriseName,
        CaseStatus status,
        @Nullable String owner,
        @Nullable String ownerName,
        String unitCode,
        int version,
        Instant createdAt,
        Instant lastChange,
        @Nullable Instant closedAt,
        @Nullable LocalDate reassessAfter,
        @Nullable LocalDateTime nextActivity,
        int overdueActivities) {}
