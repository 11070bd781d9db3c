package no.iaverk.security;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The append-only record of who read which enterprise's data, when, from which unit and through which channel. */
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
            String action,
            String resourceType,
            @Nullable String resourceId,
            Channel channel,
            String path) {}

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRead(CurrentUser user, String resourceType, String resourceId, Channel channel, String path) {
        jdbc.sql("""
                insert into audit_event (username, unit_code, action, resource_type, resource_id, channel, path)
                values (:username, :unit, 'READ', :type, :id, :channel, :path)
                """)
                .param("username", user.username())
                .param("unit", user.unitCode())
                .param("type", resourceType)
                .param("id", resourceId)
                .param("channel", channel.name())
                .param("path", path)
                .update();
    }

    @Transactional(readOnly = true)
    public List<Entry> forResource(String resourceType, String resourceId, int limit) {
        return jdbc.sql("""
                select occurred_at, username, unit_code, action, resource_type, resource_id, channel, path
                from audit_event where resource_type = :type and resource_id = :id
                order by occurred_at desc, id desc limit :limit
                """)
                .param("type", resourceType)
                .param("id", resourceId)
                .param("limit", limit)
                .query(Entry.class)
                .list();
    }
}
