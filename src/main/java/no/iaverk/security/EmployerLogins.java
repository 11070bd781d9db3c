package no.iaverk.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user accounts of employer representatives ({@link Role#EMPLOYER}, no NAV unit), for the employer module's grants:
 * whether a user name is taken and by whom, and a new employer login, with a password (form login) or, when employers
 * log in through OpenID Connect (ID-porten), without one: the user name is then the person id the provider brings.
 */
@Service
public class EmployerLogins {

    /** Not a bcrypt hash: the encoder answers "no match" to every password, so the person logs in at the provider. */
    public static final String NO_PASSWORD = "{bcrypt}none:logs-in-through-openid-connect";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final boolean identityProvider;

    EmployerLogins(
            JdbcClient jdbc,
            PasswordEncoder passwords,
            @Value("${iaverk.security.employer-oidc.issuer-uri:}") String employerIssuer) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.identityProvider = !employerIssuer.isBlank();
    }

    /** Whether employers log in through an OpenID Connect provider, so a new employer needs no password here. */
    public boolean identityProvider() {
        return identityProvider;
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

    /**
     * Creates an employer login; the caller has checked that the name is free. Without a password (only with {@link
     * #identityProvider()}) the person can log in through the provider only.
     */
    @Transactional
    public void create(String username, String displayName, @Nullable String password) {
        if (password == null && !identityProvider) {
            throw new IllegalArgumentException("An employer login needs a password without an identity provider");
        }
        jdbc.sql("""
                insert into app_user (username, password_hash, display_name, role, unit_code)
                values (:username, :hash, :displayName, 'EMPLOYER', null)
                """)
                .param("username", username)
                .param("hash", password == null ? NO_PASSWORD : passwords.encode(password))
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
