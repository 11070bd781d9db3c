package no.iaverk.reports;

/** Where a centre's resource figures came from: an admin entered them, or the mapping report's reference tables. */
public enum ResourceSource {
    ENTERED,
    REFERENCE
}
