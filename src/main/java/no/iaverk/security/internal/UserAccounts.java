package no.iaverk.security.internal;

import no.iaverk.security.CurrentUser;
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

    public boolean exists(String username) {
        return jdbc.sql("select exists (select 1 from app_user where username = :username)")
                .param("username", username)
                .query(Boolean.class)
                .single();
    }
}
