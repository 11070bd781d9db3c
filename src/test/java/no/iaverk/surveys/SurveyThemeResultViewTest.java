package no.iaverk.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.iaverk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The surveys' published view {@code survey_theme_result} (V32), which the knowledge suggestions read: completed
 * surveys only, a theme's mean agreement withheld under three respondents. Rolled back after the test.
 */
@IntegrationTest
@Transactional
class SurveyThemeResultViewTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_survey_view_gives_completed_surveys_mean_agreement_per_theme_masked_below_three_respondents() {
        long caseId = jdbc.sql("""
                        insert into ia_case (org_number, unit_code, background, status, owner, owner_name,
                            version, created_at, changed_at)
                        values ('999000004', 'ALS-TEST', 'CENTRE_INITIATIVE', 'ASSISTING', 'saksbehandler',
                            'Saksbehandler', 5, now(), now())
                        returning id
                        """).query(Long.class).single();
        long collaborationId =
                jdbc.sql("""
                        insert into collaboration (case_id, name, level, unit_org_numbers, initiated_by,
                            service_areas, start_date, planned_end_date, assistance_form, status,
                            created_by, created_at)
                        values (:case, 'Alle', 'TOP', '{999000004}', 'ENTERPRISE', '{SICK_LEAVE_WORK}',
                            '2091-03-10', '2091-09-30', 'PROCESS', 'ACTIVE', 'saksbehandler', now())
                        returning id
                        """).param("case", caseId).query(Long.class).single();
        long completed = survey(caseId, collaborationId, "COMPLETED");
        long running = survey(caseId, collaborationId, "STARTED");
        // Three answer «Partssamarbeid» (4, 4 and 1 on every question), two «Arbeidsmiljø».
        answer(completed, "PARTY_COOPERATION", List.of(4, 4, 1));
        answer(completed, "WORK_ENVIRONMENT", List.of(5, 5));
        answer(running, "PARTY_COOPERATION", List.of(1, 1, 1));

        assertThat(jdbc.sql("""
                        select survey_id, collaboration_id, kind, theme_code, theme_name, respondents,
                               mean_agreement, masked
                        from survey_theme_result where case_id = :case order by theme_code
                        """).param("case", caseId).query().listOfRows())
                .map(row -> List.of(
                        row.get("survey_id"),
                        row.get("collaboration_id"),
                        row.get("kind"),
                        row.get("theme_code"),
                        row.get("theme_name"),
                        row.get("respondents"),
                        String.valueOf(row.get("mean_agreement")),
                        row.get("masked")))
                .containsExactly(
                        List.of(
                                completed,
                                collaborationId,
                                "NEEDS_ASSESSMENT",
                                "PARTY_COOPERATION",
                                "Partssamarbeid",
                                3L,
                                "3.00",
                                false),
                        List.of(
                                completed,
                                collaborationId,
                                "NEEDS_ASSESSMENT",
                                "WORK_ENVIRONMENT",
                                "Arbeidsmiljø",
                                2L,
                                "null",
                                true));
    }

    private long survey(long caseId, long collaborationId, String status) {
        return jdbc.sql("""
                        insert into survey (case_id, collaboration_id, type, status, join_code, bank_version,
                            created_by, created_at, completed_at)
                        values (:case, :collaboration, 'NEEDS_ASSESSMENT', :status,
                            'PC' || substr(md5(random()::text), 1, 8), 1, 'saksbehandler', now(),
                            case when :status = 'COMPLETED' then now() end)
                        returning id
                        """)
                .param("case", caseId)
                .param("collaboration", collaborationId)
                .param("status", status)
                .query(Long.class)
                .single();
    }

    /** One respondent per score, answering every scale question of the theme with that score. */
    private void answer(long surveyId, String theme, List<Integer> scores) {
        for (int score : scores) {
            jdbc.sql("""
                            insert into survey_response (survey_id, respondent, question_id, option_ids)
                            select :survey, :respondent, q.id, array[o.id]
                            from bank_question q
                            join bank_theme t on t.id = q.theme_id
                            join bank_option o on o.question_id = q.id and o.score = :score
                            where q.scale and t.bank_version = 1 and t.kind = 'NEEDS_ASSESSMENT' and t.code = :theme
                            """)
                    .param("survey", surveyId)
                    .param("theme", theme)
                    .param("score", score)
                    .param("respondent", java.util.UUID.randomUUID())
                    .update();
        }
    }
}
