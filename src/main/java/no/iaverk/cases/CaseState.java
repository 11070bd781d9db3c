package no.iaverk.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A case's state as its log makes it. {@code previous} is the stack of statuses BACK returns to: each status move
 * pushes the status it left, each BACK pops one, so earlier back-and-forth cancels out. {@code unitCode} is the unit that
 * owns the case: the starter's, then the receiving unit of each transfer.
 */
record CaseState(
        String unitCode,
        CaseStatus status,
        @Nullable String owner,
        @Nullable String ownerName,
        Set<String> followers,
        int version,
        Instant changedAt,
        @Nullable Instant closedAt,
        @Nullable LocalDate reassessAfter,
        List<CaseStatus> previous) {

    static CaseState replay(List<CaseEvent> events) {
        CaseState state = null;
        for (CaseEvent event : events) {
            state = state == null ? started(event) : state.apply(event);
        }
        if (state == null) {
            throw new IllegalStateException("A case without events");
        }
        return state;
    }

    private static CaseState started(CaseEvent event) {
        if (event.actorUnit() == null) {
            throw new IllegalStateException("A case started outside any unit");
        }
        return new CaseState(
                event.actorUnit(),
                CaseStatus.ASSESSING,
                null,
                null,
                Set.of(),
                event.version(),
                event.occurredAt(),
                null,
                null,
                List.of());
    }

    CaseState apply(CaseEvent event) {
        String unit = unitCode;
        String newOwner = owner;
        String newOwnerName = ownerName;
        var newFollowers = new LinkedHashSet<>(followers);
        var stack = new ArrayList<>(previous);
        Instant closed = closedAt;
        LocalDate reassess = reassessAfter;
        switch (event.type()) {
            case STARTED -> throw new IllegalStateException("STARTED is only the first event");
            case TAKE_OWNERSHIP -> {
                newOwner = event.actor();
                newOwnerName = event.actorName();
                newFollowers.remove(event.actor());
            }
            case TRANSFERRED -> {
                // The old unit's people can no longer change the case: its owner and followers let go of it.
                unit = Objects.requireNonNull(event.toUnit());
                newOwner = null;
                newOwnerName = null;
                newFollowers.clear();
            }
            case FOLLOW -> newFollowers.add(event.actor());
            case UNFOLLOW -> newFollowers.remove(event.actor());
            case BACK -> {
                stack.remove(stack.size() - 1);
                closed = null;
                reassess = null;
            }
            case TO_CONTACTING, TO_MAPPING, TO_ASSISTING, COMPLETE, NOT_RELEVANT -> {
                stack.add(status);
                if (!event.status().open()) {
                    closed = event.occurredAt();
                    reassess = event.reassessAfter();
                }
            }
        }
        return new CaseState(
                unit,
                event.status(),
                newOwner,
                newOwnerName,
                Set.copyOf(newFollowers),
                event.version(),
                event.occurredAt(),
                closed,
                reassess,
                List.copyOf(stack));
    }

    boolean ownedBy(String username) {
        return username.equals(owner);
    }

    /** Owner and followers work on the collaborations and the contact log: {@link IaCase#workedOnBy}'s rule. */
    boolean workedOnBy(String username) {
        return IaCase.workedOnBy(owner, followers, username);
    }
}
