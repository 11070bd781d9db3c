package no.iaverk.employer;

import no.iaverk.shared.ConflictException;

/** Publishing is refused by the state of what would be published (a survey that is not completed): 409. */
public class DocumentRefused extends ConflictException {

    DocumentRefused(String message) {
        super(message);
    }
}
