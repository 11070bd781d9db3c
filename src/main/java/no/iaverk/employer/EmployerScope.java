package no.iaverk.employer;

import java.util.List;

/**
 * The employer behind the current request: the org. numbers it represents (its granted legal units and their sub-units)
 * and a name for the record of who opened a document. The employer's controllers ask this and nothing else about
 * access; the employer principal's access service implements it (E1's {@code EmployerAccess}, wired at merge).
 */
public interface EmployerScope {

    /** The legal units and sub-units the current employer may see; empty when the request is not an employer's. */
    List<String> orgNumbers();

    /** Who is reading, as recorded when a document is opened. */
    String person();
}
