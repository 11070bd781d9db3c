package no.iaverk.register;

import no.iaverk.shared.NotFoundException;

/** No enterprise with that organisation number in the register. */
public class EnterpriseNotFound extends NotFoundException {

    private EnterpriseNotFound(String message) {
        super(message);
    }

    public static EnterpriseNotFound forOrgNumber(String orgNumber) {
        return new EnterpriseNotFound("Fant ingen virksomhet med organisasjonsnummer " + orgNumber + ".");
    }
}
