package no.iaverk.employer;

import no.iaverk.shared.NotFoundException;

/** No active grant with this id (never made, or already revoked): 404. */
public class GrantNotFound extends NotFoundException {

    private GrantNotFound(String message) {
        super(message);
    }

    public static GrantNotFound forId(long id) {
        return new GrantNotFound("Fant ingen aktiv tilgang med id " + id + ".");
    }
}
