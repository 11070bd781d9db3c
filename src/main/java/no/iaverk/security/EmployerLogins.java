package no.iaverk.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user accounts of employer representatives ({@link Role#EMPLOYER}, no NAV unit), for the employer module's grants:
 * whether a user name is taken and by whom, and a new employer login with a password (form login; with OpenID Connect
 * the identity provider would bring the person instead).
 */
@Service
public class EmployerLogins {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    EmployerLogins(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** The role of an existing user; empty when nobody has the name. */
    @Transactional(readOnly = true)
    public Optional<Role> roleOf(String username) {
        return jdbc.sql("select role from app_user where username = :username")
                .param("username", username)
                .query(String.class)
                .optional()
                .map(Role::valueOf);
    }

    /** Creates an employer login; the caller has checked that the name is free. */
    @Transactional
    public void create(String username, String displayName, String password) {
        jdbc.sql("""
                insert into app_user (username, password_hash, display_name, role, unit_code)
                values (:username, :hash, :displayName, 'EMPLOYER', null)
                """)
                .param("username", username)
                .param("hash", passwords.encode(password))
                .param("displayName", displayName)
                .update();
    }

    /** The display names of the given users that exist. */
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select username, display_name from app_user where username = any(:usernames)")
                .param("usernames", usernames.toArray(String[]::new))
                .query((rs, row) -> Map.entry(rs.getString("username"), rs.getString("display_name")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
