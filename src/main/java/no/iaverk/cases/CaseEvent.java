package no.iaverk.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.iaverk.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a case's append-only log: who did what, in which role and unit, when and why. A transfer names the unit
 * the case left and the one it moved to. {@code recordedAt} is set when the event was entered afterwards, as history
 * ({@link CaseHistory}): it happened at {@code occurredAt} and was recorded then by the actor.
 */
public record CaseEvent(
        int version,
        CaseEventType type,
        CaseStatus status,
        String actor,
        String actorName,
        Role actorRole,
        @Nullable String actorUnit,
        Instant occurredAt,
        @Nullable ClosingReason reason,
        List<Justification> justifications,
        @Nullable LocalDate reassessAfter,
        @Nullable String fromUnit,
        @Nullable String toUnit,
        @Nullable Instant recordedAt) {}
