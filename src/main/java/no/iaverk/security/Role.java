package no.iaverk.security;

/**
 * What a user may do. The NAV roles form a ladder: each includes the ones before it. {@link #EMPLOYER} stands outside
 * it: an employer representative reaches the employer's own pages and API only, and no NAV role reaches those.
 */
public enum Role {
    /** Lesetilgang: sees enterprises, statistics and cases. */
    READER,
    /** Saksbehandler: owns and works on cases. */
    CASEWORKER,
    /** Superbruker: starts assessments and leads the unit's work. */
    SUPERUSER,
    /** Administrator: imports, units and users. */
    ADMIN,
    /** Arbeidsgiverrepresentant: sees the legal units granted to them (employer_access) and their sub-units. */
    EMPLOYER;

    public String authority() {
        return "ROLE_" + name();
    }

    /** A role of NAV's own people, on the ladder READER … ADMIN. */
    public boolean nav() {
        return this != EMPLOYER;
    }

    /** Whether this role includes {@code needed}: up the NAV ladder, or exactly EMPLOYER. */
    public boolean includes(Role needed) {
        return nav() && needed.nav() ? compareTo(needed) >= 0 : this == needed;
    }
}
