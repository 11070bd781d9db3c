package no.iaverk.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person behind the current request: who, in which role and which unit. */
public record CurrentUser(String username, String displayName, Role role, String unitCode) {

    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof IaverkUser user) {
            return Optional.of(user.currentUser());
        }
        return Optional.empty();
    }

    public boolean has(Role needed) {
        return role.compareTo(needed) >= 0;
    }

    /** For templates: {@code currentUser.hasRole('SUPERUSER')}. */
    public boolean hasRole(String needed) {
        return has(Role.valueOf(needed));
    }
}
