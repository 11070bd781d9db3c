package no.iaverk.security;

/** What a user may do. Each role includes the ones before it. */
public enum Role {
    /** Lesetilgang: sees enterprises, statistics and cases. */
    READER,
    /** Saksbehandler: owns and works on cases. */
    CASEWORKER,
    /** Superbruker: starts assessments and leads the unit's work. */
    SUPERUSER,
    /** Administrator: imports, units and users. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
