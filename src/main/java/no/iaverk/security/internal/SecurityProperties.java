package no.iaverk.security.internal;

import java.util.List;
import no.iaverk.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code iaverk.security.users}: users created or updated at start when no identity provider is used. Passwords are
 * given as hashes with their encoding prefix, e.g. {@code {bcrypt}$2a$10$...}.
 */
@ConfigurationProperties("iaverk.security")
record SecurityProperties(List<ConfiguredUser> users) {

    SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** {@code unit} is a NAV unit's code; an EMPLOYER has none. */
    record ConfiguredUser(
            String username,
            String password,
            String displayName,
            Role role,
            @Nullable String unit) {}
}
