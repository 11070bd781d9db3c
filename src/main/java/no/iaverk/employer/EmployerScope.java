package no.iaverk.employer;

import java.util.List;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.OrgNumber;

/**
 * The employer behind the current request: the org. numbers it represents (its granted legal units and their
 * sub-units) and a name for the record of who opened a document. The employer's controllers ask this and nothing else
 * about access; {@link EmployerAccess} implements it. Tests give their own.
 */
public interface EmployerScope {

    /** The legal units and sub-units the current employer may see; empty when the request is not an employer's. */
    List<String> orgNumbers();

    /** Who is reading, as recorded when a document is opened. */
    String person();

    /** Refuses (403) an enterprise the current employer does not represent. */
    default void requireAccess(OrgNumber orgNumber) {
        if (!orgNumbers().contains(orgNumber.value())) {
            throw new ForbiddenException("Du representerer ikke virksomheten " + orgNumber.value() + ".");
        }
    }
}
