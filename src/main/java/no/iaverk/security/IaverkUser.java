package no.iaverk.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The authenticated principal: Spring Security's user plus the person's name, role and unit. */
public class IaverkUser extends User {

    private final CurrentUser currentUser;

    public IaverkUser(String username, String passwordHash, boolean enabled, CurrentUser currentUser) {
        super(
                username,
                passwordHash,
                enabled,
                true,
                true,
                true,
                List.of(new SimpleGrantedAuthority(currentUser.role().authority())));
        this.currentUser = currentUser;
    }

    public CurrentUser currentUser() {
        return currentUser;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
