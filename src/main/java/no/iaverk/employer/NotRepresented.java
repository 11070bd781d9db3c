package no.iaverk.employer;

import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.MessageBundle;

/** The employer asked for an enterprise that is neither a legal unit granted to them nor one of its sub-units: 403. */
public class NotRepresented extends ForbiddenException {

    private NotRepresented(String message) {
        super(message);
    }

    /** A collaboration that concerns no enterprise the employer represents. */
    public static NotRepresented collaboration() {
        return new NotRepresented(
                MessageBundle.of("templates/employer/messages").getMessage("employer.collaboration.error.notYours"));
    }

    public static NotRepresented enterprise(String orgNumber) {
        return new NotRepresented("Du har ikke tilgang til virksomheten " + orgNumber
                + ". Du ser bare de juridiske enhetene du representerer og deres underenheter.");
    }
}
