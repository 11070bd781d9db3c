package no.iaverk.cases;

import no.iaverk.shared.ConflictException;

/** A change the case or collaboration's state does not allow: 409, saying why. */
class Refused extends ConflictException {

    Refused(String message) {
        super(message);
    }
}
