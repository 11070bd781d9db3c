package no.iaverk.security;

/** Logged-in principals for page tests, shaped like the demo users. */
public final class TestUsers {

    private TestUsers() {}

    public static IaverkUser reader() {
        return of("leser", Role.READER);
    }

    public static IaverkUser superuser() {
        return of("superbruker", Role.SUPERUSER);
    }

    public static IaverkUser admin() {
        return of("admin", Role.ADMIN);
    }

    /** An employer representative: role EMPLOYER, no NAV unit. */
    public static IaverkUser employer(String username) {
        return new IaverkUser(username, "", true, new CurrentUser(username, username, Role.EMPLOYER, null));
    }

    public static IaverkUser of(String username, Role role) {
        return of(username, role, "VESTLAND");
    }

    public static IaverkUser of(String username, Role role, String unit) {
        return new IaverkUser(username, "", true, new CurrentUser(username, username, role, unit));
    }
}
