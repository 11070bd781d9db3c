package no.iaverk.security.internal;

import java.util.Optional;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.EmployerLogins;
import no.iaverk.security.IaverkUser;
import no.iaverk.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Users live in the database with hashed passwords; this is where logins look them up and where they are saved. */
@Component
class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("""
                select username, password_hash, display_name, role, unit_code, enabled from app_user
                where username = :username
                """)
                .param("username", username)
                .query((rs, row) -> new IaverkUser(
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled"),
                        new CurrentUser(
                                rs.getString("username"),
                                rs.getString("display_name"),
                                Role.valueOf(rs.getString("role")),
                                rs.getString("unit_code"))))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Transactional
    public void save(String username, String passwordHash, String displayName, Role role, @Nullable String unitCode) {
        jdbc.sql("""
                insert into app_user (username, password_hash, display_name, role, unit_code)
                values (:username, :hash, :displayName, :role, :unit)
                on conflict (username) do update set password_hash = excluded.password_hash,
                    display_name = excluded.display_name, role = excluded.role, unit_code = excluded.unit_code
                """)
                .param("username", username)
                .param("hash", passwordHash)
                .param("displayName", displayName)
                .param("role", role.name())
                .param("unit", unitCode)
                .update();
    }

    /**
     * Records an employer who logged in through OpenID Connect (a new row, or the name brought up to date) and returns
     * them as the user they are here; empty when the user name is one of NAV's people or disabled. The password hash
     * is no bcrypt hash at all, so no password ever matches it: this person logs in at the provider only.
     */
    @Transactional
    public Optional<CurrentUser> employerSignedIn(String username, @Nullable String displayName) {
        jdbc.sql("""
                insert into app_user (username, password_hash, display_name, role, unit_code)
                values (:username, :hash, coalesce(:displayName, :username), 'EMPLOYER', null)
                on conflict (username) do update set display_name = coalesce(:displayName, app_user.display_name)
                    where app_user.role = 'EMPLOYER'
                """)
                .param("username", username)
                .param("hash", EmployerLogins.NO_PASSWORD)
                .param("displayName", displayName)
                .update();
        return jdbc.sql(
                        "select display_name from app_user where username = :username and role = 'EMPLOYER' and enabled")
                .param("username", username)
                .query(String.class)
                .optional()
                .map(name -> new CurrentUser(username, name, Role.EMPLOYER, null));
    }

    /**
     * Records one of NAV's people who logged in through OpenID Connect with the role and unit their token gave (a new
     * row, or name, role and unit brought up to date: the provider decides them) and returns them as the user they are
     * here; empty when the user name is an employer's login or disabled. A new row gets no usable password; an
     * existing row keeps its own.
     */
    @Transactional
    public Optional<CurrentUser> navSignedIn(String username, String displayName, Role role, String unitCode) {
        if (!role.nav()) {
            throw new IllegalArgumentException("Not a NAV role: " + role);
        }
        jdbc.sql("""
                insert into app_user (username, password_hash, display_name, role, unit_code)
                values (:username, :hash, :displayName, :role, :unit)
                on conflict (username) do update set display_name = excluded.display_name, role = excluded.role,
                    unit_code = excluded.unit_code
                    where app_user.role <> 'EMPLOYER' and app_user.enabled
                """)
                .param("username", username)
                .param("hash", EmployerLogins.NO_PASSWORD)
                .param("displayName", displayName)
                .param("role", role.name())
                .param("unit", unitCode)
                .update();
        return jdbc.sql("""
                select display_name, role, unit_code from app_user
                where username = :username and role <> 'EMPLOYER' and enabled
                """)
                .param("username", username)
                .query((rs, row) -> new CurrentUser(
                        username,
                        rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")),
                        rs.getString("unit_code")))
                .optional();
    }

    public boolean exists(String username) {
        return jdbc.sql("select exists (select 1 from app_user where username = :username)")
                .param("username", username)
                .query(Boolean.class)
                .single();
    }
}
