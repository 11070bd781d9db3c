package no.iaverk.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of who read which enterprise's data, when, in which role (an employer's reads say EMPLOYER),
 * from which unit and through which channel: one row per read, naming every enterprise the read showed.
 */
@Service
public class AuditLog {

    public enum Channel {
        PAGE,
        API
    }

    public record Entry(
            Instant occurredAt,
            String username,
            @Nullable String unitCode,
            @Nullable Role role,
            String action,
            String resourceType,
            @Nullable String resourceId,
            Channel channel,
            String path,
            List<String> enterprises) {}

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One read: what kind of resource, which one, and every enterprise it showed; {@code view} ties a page's parts. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRead(
            CurrentUser user,
            String resourceType,
            String resourceId,
            Collection<String> enterprises,
            Channel channel,
            String path,
            @Nullable UUID view) {
        jdbc.sql("""
                insert into audit_event (username, unit_code, role, action, resource_type, resource_id, channel, path,
                                         enterprises, view_id)
                values (:username, :unit, :role, 'READ', :type, :id, :channel, :path, :enterprises, :view)
                """)
                .param("username", user.username())
                .param("unit", user.unitCode())
                .param("role", user.role().name())
                .param("type", resourceType)
                .param("id", resourceId)
                .param("channel", channel.name())
                .param("path", path)
                .param("enterprises", enterprises.toArray(String[]::new))
                .param("view", view)
                .update();
    }

    /**
     * Whether a page view this user was shown lately already recorded reading the same resource: then what the page
     * loads (its sections, its images) is the same read. A made-up or someone else's view id is a read of its own.
     */
    @Transactional(readOnly = true)
    public boolean partOfView(UUID view, CurrentUser user, String resourceType, String resourceId) {
        return jdbc.sql("""
                select exists (select 1 from audit_event
                               where view_id = :view and username = :username and resource_type = :type
                                 and resource_id = :id and occurred_at > now() - interval '1 hour')
                """)
                .param("view", view)
                .param("username", user.username())
                .param("type", resourceType)
                .param("id", resourceId)
                .query(Boolean.class)
                .single();
    }

    /** Every read that showed the enterprise, on its own page or in a list, newest first. */
    @Transactional(readOnly = true)
    public List<Entry> forEnterprise(String orgNumber, int limit) {
        return jdbc.sql("""
                select occurred_at, username, unit_code, role, action, resource_type, resource_id, channel, path, enterprises
                from audit_event where :org = any(enterprises)
                order by occurred_at desc, id desc limit :limit
                """)
                .param("org", orgNumber)
                .param("limit", limit)
                .query(AuditLog::entry)
                .list();
    }

    @Transactional(readOnly = true)
    public List<Entry> forResource(String resourceType, String resourceId, int limit) {
        return jdbc.sql("""
                select occurred_at, username, unit_code, role, action, resource_type, resource_id, channel, path, enterprises
                from audit_event where resource_type = :type and resource_id = :id
                order by occurred_at desc, id desc limit :limit
                """)
                .param("type", resourceType)
                .param("id", resourceId)
                .param("limit", limit)
                .query(AuditLog::entry)
                .list();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("username"),
                rs.getString("unit_code"),
                rs.getString("role") == null ? null : Role.valueOf(rs.getString("role")),
                rs.getString("action"),
                rs.getString("resource_type"),
                rs.getString("resource_id"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("path"),
                List.of((String[]) rs.getArray("enterprises").getArray()));
    }
}
