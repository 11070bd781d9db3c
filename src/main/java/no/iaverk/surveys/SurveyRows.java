package no.iaverk.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads a survey with its themes and the counts it may show. */
final class SurveyRows {

    private SurveyRows() {}

    static Optional<Survey> find(JdbcClient jdbc, long id) {
        List<Survey.Theme> themes = jdbc.sql("""
                select t.id, t.code, t.name, st.open, st.closed,
                       (select count(*) from survey_question q where q.survey_id = st.survey_id and q.theme_id = t.id)
                           as questions
                from survey_theme st join bank_theme t on t.id = st.theme_id
                where st.survey_id = :id order by st.sort_order
                """)
                .param("id", id)
                .query((rs, row) -> new Survey.Theme(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getBoolean("open"),
                        rs.getBoolean("closed"),
                        rs.getInt("questions")))
                .list();
        return jdbc.sql("""
                select s.*,
                       coalesce(s.participants,
                                (select count(*) from survey_participant p where p.survey_id = s.id)) as joined,
                       (select count(*) from %s a where a.survey_id = s.id) as answer_count
                from survey s where s.id = :id
                """.formatted(SealedAnswers.ALL))
                .param("id", id)
                .query((rs, row) -> survey(rs, themes))
                .optional();
    }

    /** The counts show the room's progress while a theme is open, and the totals once the survey is completed. */
    private static Survey survey(ResultSet rs, List<Survey.Theme> themes) throws SQLException {
        SurveyStatus status = SurveyStatus.valueOf(rs.getString("status"));
        boolean counted = status == SurveyStatus.COMPLETED
                || (status == SurveyStatus.STARTED && themes.stream().anyMatch(Survey.Theme::open));
        long answers = rs.getLong("answer_count");
        return new Survey(
                rs.getLong("id"),
                rs.getLong("case_id"),
                rs.getLong("collaboration_id"),
                SurveyType.valueOf(rs.getString("type")),
                status,
                rs.getString("join_code"),
                rs.getInt("bank_version"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("open_until")),
                instant(rs.getTimestamp("completed_at")),
                counted ? rs.getLong("joined") : null,
                counted ? answers : null,
                answers > 0,
                themes);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
