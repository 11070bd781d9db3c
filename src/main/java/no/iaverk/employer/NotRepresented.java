package no.iaverk.employer;

import no.iaverk.shared.ForbiddenException;

/** The employer asked for an enterprise that is neither a legal unit granted to them nor one of its sub-units: 403. */
public class NotRepresented extends ForbiddenException {

    private NotRepresented(String message) {
        super(message);
    }

    public static NotRepresented enterprise(String orgNumber) {
        return new NotRepresented("Du har ikke tilgang til virksomheten " + orgNumber
                + ". Du ser bare de juridiske enhetene du representerer og deres underenheter.");
    }
}
