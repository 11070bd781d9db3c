package no.iaverk.employer;

import no.iaverk.shared.OrgNumber;

/**
 * May the logged-in employer see this enterprise: a legal unit it was granted or one of that unit's sub-units. Every
 * employer-facing controller asks this before it reads; the implementation (the employer's access grants) refuses
 * with a 403 problem detail. There is deliberately no default bean: without an implementation the employer
 * controllers are not created at all, so nothing is served unchecked.
 */
public interface EmployerScope {

    /** Throws a {@code ForbiddenException} (403) when the current employer may not see {@code orgNumber}. */
    void requireAccess(OrgNumber orgNumber);
}
