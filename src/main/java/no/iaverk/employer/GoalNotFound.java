package no.iaverk.employer;

import no.iaverk.shared.NotFoundException;

/** No goal with this id for this enterprise (or it was removed). */
public class GoalNotFound extends NotFoundException {

    GoalNotFound(long id) {
        super("Fant ikke mål %d.".formatted(id));
    }
}
