package no.iaverk.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import no.iaverk.security.CurrentUser;
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
        List<Collaboration> collaborations) {

    /**
     * Whether the person owns or follows the case: those are the people who work on its collaborations, plans,
     * activities and surveys. The one place this rule is written; {@link CaseState} and the surveys ask it here.
     */
    public boolean workedOnBy(CurrentUser user) {
        return workedOnBy(owner, followers, user.username());
    }

    static boolean workedOnBy(@Nullable String owner, Collection<String> followers, String username) {
        return username.equals(owner) || followers.contains(username);
    }
}
