package no.iaverk.knowledge.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rules table {@code knowledge_follow_up_rule} (V35). */
@Repository
class RuleQueries {

    private static final String COLUMNS = """
            id, key, actor, title, description, due_amount, due_unit, applies_to, valid_from, valid_to,
            source_file, source_lines, updated_by, updated_at
            """;

    private final JdbcClient jdbc;

    RuleQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every rule, grouped by when it began to apply, then by deadline. */
    List<FollowUpRule> all() {
        return jdbc.sql("select " + COLUMNS + """
                        from knowledge_follow_up_rule
                        order by valid_from,
                                 due_amount * case due_unit when 'DAYS' then 1 when 'WEEKS' then 7 else 30 end, key
                        """).query(RuleQueries::rule).list();
    }

    /** The rules valid for leave that began on this day (graded or not is decided in Java, with the dates). */
    List<FollowUpRule> validOn(LocalDate firstSickDay) {
        return jdbc.sql("select " + COLUMNS + """
                        from knowledge_follow_up_rule
                        where valid_from <= :day and (valid_to is null or valid_to >= :day)
                        """)
                .param("day", firstSickDay)
                .query(RuleQueries::rule)
                .list();
    }

    Optional<FollowUpRule> find(int id) {
        return jdbc.sql("select " + COLUMNS + " from knowledge_follow_up_rule where id = :id")
                .param("id", id)
                .query(RuleQueries::rule)
                .optional();
    }

    /** Replaces everything but the key; false when there is no such rule. */
    boolean update(int id, RuleChange change, String username) {
        @Nullable RuleSource source = change.source();
        return jdbc.sql("""
                        update knowledge_follow_up_rule
                        set actor = :actor, title = :title, description = :description, due_amount = :dueAmount,
                            due_unit = :dueUnit, applies_to = :appliesTo, valid_from = :validFrom, valid_to = :validTo,
                            source_file = :sourceFile, source_lines = :sourceLines,
                            updated_by = :username, updated_at = now()
                        where id = :id
                        """)
                        .param("actor", change.actor().name())
                        .param("title", change.title())
                        .param("description", change.description())
                        .param("dueAmount", change.dueAmount())
                        .param("dueUnit", change.dueUnit().name())
                        .param("appliesTo", change.appliesTo().name())
                        .param("validFrom", change.validFrom())
                        .param("validTo", change.validTo(), java.sql.Types.DATE)
                        .param("sourceFile", source == null ? null : source.file(), java.sql.Types.VARCHAR)
                        .param("sourceLines", source == null ? null : source.lines(), java.sql.Types.VARCHAR)
                        .param("username", username)
                        .param("id", id)
                        .update()
                == 1;
    }

    private static FollowUpRule rule(ResultSet rs, int row) throws SQLException {
        String file = rs.getString("source_file");
        String lines = rs.getString("source_lines");
        return new FollowUpRule(
                rs.getInt("id"),
                rs.getString("key"),
                Actor.valueOf(rs.getString("actor")),
                rs.getString("title"),
                rs.getString("description"),
                rs.getInt("due_amount"),
                DueUnit.valueOf(rs.getString("due_unit")),
                AppliesTo.valueOf(rs.getString("applies_to")),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                file == null || lines == null ? null : new RuleSource(file, lines),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
