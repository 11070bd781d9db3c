package no.iaverk.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.register.RegisterImport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo cases cover every status, with collaborations, plans (with knowledge on their sub-themes), milestones,
 * activities and answered surveys.
 */
@IntegrationTest
class DemoCasesTest {

    @Autowired
    DemoCases demoCases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    @Test
    void the_demo_has_cases_in_every_status_with_collaborations_plans_and_activities() {
        TestData.ensureExampleRegister(jdbc, registerImport);
        jdbc.sql("truncate ia_case, case_event, collaboration, collaboration_milestone, plan_item, activity cascade")
                .update();

        assertThat(demoCases.create()).isEqualTo(9);

        assertThat(jdbc.sql("select distinct status from ia_case order by status")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder(
                        "ASSESSING", "CONTACTING", "MAPPING", "ASSISTING", "COMPLETED", "NOT_RELEVANT");
        assertThat(jdbc.sql("select distinct status from collaboration")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("ACTIVE", "COMPLETED");
        assertThat(count("select count(distinct collaboration_id) from plan_item where included"))
                .isEqualTo(2);
        assertThat(count("select count(*) from plan_item_knowledge"))
                .as("both demo plans carry the library items, attached through the service")
                .isEqualTo(2L * DemoCases.KNOWLEDGE.size());
        assertThat(count("select count(*) from collaboration_milestone")).isPositive();
        assertThat(count("select count(*) from activity where status = 'DONE'")).isPositive();
        assertThat(count("select count(*) from activity where status = 'PLANNED' and starts_at < now()"))
                .isPositive();
        assertThat(count("select count(*) from ia_case where cardinality(followers) > 0"))
                .isEqualTo(1);
        assertThat(jdbc.sql("select type from survey where status = 'COMPLETED' order by id")
                        .query(String.class)
                        .list())
                .containsExactly("NEEDS_ASSESSMENT", "EVALUATION");
        assertThat(count("select sum(participants) from survey")).isEqualTo(2 * DemoSurveys.PARTICIPANTS);
        assertThat(count("select count(*) from survey_participant"))
                .as("completed surveys keep no sessions")
                .isZero();
        assertThat(count("select count(*) from survey_response a join survey s on s.id = a.survey_id"
                        + " where s.type = 'NEEDS_ASSESSMENT'"))
                .isEqualTo(15 * DemoSurveys.PARTICIPANTS);
        assertThat(jdbc.sql("select distinct unit_code from ia_case")
                        .query(String.class)
                        .list())
                .isEqualTo(List.of("VESTLAND"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
