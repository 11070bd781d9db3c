package no.iaverk.security;

import java.io.Serializable;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person behind the current request: who, in which role and which unit. An employer representative ({@link
 * Role#EMPLOYER}) belongs to no NAV unit: {@code unitCode} is null for them (and for the system itself). Serializable
 * because it lives in the session (in PostgreSQL, see V41) inside the {@link IaverkUser} principal.
 */
public record CurrentUser(
        String username,
        String displayName,
        Role role,
        @Nullable String unitCode) implements Serializable {

    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof IaverkUser user) {
            return Optional.of(user.currentUser());
        }
        return Optional.empty();
    }

    public boolean has(Role needed) {
        return role.includes(needed);
    }

    /** An employer representative, not one of NAV's people. */
    public boolean employer() {
        return role == Role.EMPLOYER;
    }

    /** For templates: {@code currentUser.hasRole('SUPERUSER')}. */
    public boolean hasRole(String needed) {
        return has(Role.valueOf(needed));
    }
}
