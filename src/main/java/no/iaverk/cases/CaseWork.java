package no.iaverk.cases;

import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.shared.ForbiddenException;
import org.jspecify.annotations.Nullable;

/**
 * Who may work on a case's collaborations, plans, milestones and activities: a caseworker of the case's unit who owns or
 * follows the open case. One rule for the services, which refuse with its reason, and for the pages, which offer only
 * what it allows.
 */
final class CaseWork {

    private CaseWork() {}

    /** 403 or 409 saying why, unless the user may work on the case. */
    static void require(CaseState state, CurrentUser user, OwningUnit owningUnit) {
        if (!user.has(Role.CASEWORKER)) {
            throw new ForbiddenException("Med lesetilgang kan du lese saken, men ikke endre den.");
        }
        owningUnit.require(state.unitCode(), user);
        if (!state.status().open()) {
            throw new Refused("Saken er lukket («%s»). Samarbeid og aktiviteter endres bare i åpne saker."
                    .formatted(CaseTexts.status(state.status())));
        }
        if (!state.workedOnBy(user.username())) {
            throw new ForbiddenException("Bare eieren og de som følger saken kan arbeide med samarbeid og aktiviteter."
                    + " Ta eierskap eller følg saken først.");
        }
    }

    /** Why the user may not work on the case; null when they may. */
    static @Nullable String refusal(CaseState state, CurrentUser user, OwningUnit owningUnit) {
        try {
            require(state, user, owningUnit);
            return null;
        } catch (ForbiddenException | Refused refused) {
            return refused.getMessage();
        }
    }
}
