package no.iaverk.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A case as the API and the case page show it: its derived state, its log and its collaborations. {@code followers} are
 * usernames, {@code followerNames} the same people's names for reading.
 */
public record IaCase(
        long id,
        String orgNumber,
        String enterpriseName,
        CaseStatus status,
        @Nullable String owner,
        @Nullable String ownerName,
        List<String> followers,
        List<String> followerNames,
        Background background,
        String unitCode,
        int version,
        Instant createdAt,
        Instant lastChange,
        @Nullable Instant closedAt,
        @Nullable LocalDate reassessAfter,
        boolean locked,
        List<CaseEvent> events,
        List<Collaboration> collaborations) {}
