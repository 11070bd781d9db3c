package no.iaverk.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.register.RegisterImport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The demo's employers: {@code arbeidsgiver} represents the legal unit of the completed demo case with answered surveys,
 * {@code arbeidsgiver2} a legal unit no case has touched; both log in with {@code demo}.
 */
@IntegrationTest
class DemoEmployersTest {

    @Autowired
    DemoCases demoCases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    MockMvcTester mvc;

    @Test
    void the_demo_employers_exist_with_their_grants() {
        TestData.ensureExampleRegister(jdbc, registerImport);
        jdbc.sql("truncate ia_case, case_event, collaboration, collaboration_milestone, plan_item, activity cascade")
                .update();
        jdbc.sql("delete from employer_access where username in ('arbeidsgiver', 'arbeidsgiver2')")
                .update();
        jdbc.sql("truncate employer_document_opened, employer_document").update();

        demoCases.create();

        String completed = jdbc.sql("""
                        select coalesce(e.parent_org_number, e.org_number) from ia_case c
                        join enterprise e on e.org_number = c.org_number
                        where c.status = 'COMPLETED'
                        """).query(String.class).single();
        assertThat(grantOf("arbeidsgiver")).isEqualTo(completed);
        String other = grantOf("arbeidsgiver2");
        assertThat(other).isNotEqualTo(completed);
        assertThat(jdbc.sql("""
                        select count(*) from ia_case c join enterprise e on e.org_number = c.org_number
                        where e.org_number = :org or e.parent_org_number = :org
                        """).param("org", other).query(Long.class).single())
                .as("no case on arbeidsgiver2's enterprise")
                .isZero();
        assertThat(jdbc.sql("select role from app_user where username in ('arbeidsgiver', 'arbeidsgiver2')")
                        .query(String.class)
                        .list())
                .containsExactly("EMPLOYER", "EMPLOYER");

        assertThat(mvc.get().uri("/api/employer/enterprises").with(httpBasic("arbeidsgiver", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].orgNumber")
                .isEqualTo(completed);
        assertThat(mvc.get().uri("/api/employer/enterprises").with(httpBasic("arbeidsgiver2", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].orgNumber")
                .isEqualTo(other);
    }

    @Test
    void the_demo_employer_has_the_completed_collaborations_plan_and_needs_assessment_published() {
        TestData.ensureExampleRegister(jdbc, registerImport);
        jdbc.sql("truncate ia_case, case_event, collaboration, collaboration_milestone, plan_item, activity cascade")
                .update();
        jdbc.sql("delete from employer_access where username in ('arbeidsgiver', 'arbeidsgiver2')")
                .update();
        jdbc.sql("truncate employer_document_opened, employer_document").update();

        demoCases.create();

        assertThat(jdbc.sql("""
                        select d.type from employer_document d
                        join employer_access a on a.org_number = d.org_number
                        where a.username = 'arbeidsgiver' and a.revoked_at is null order by d.type
                        """).query(String.class).list()).containsExactly("NEEDS_ASSESSMENT", "PLAN");
        assertThat(mvc.get().uri("/api/employer/collaborations").with(httpBasic("arbeidsgiver", "demo")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat().extractingPath("$.length()").isEqualTo(1);
                    json.assertThat().extractingPath("$[0].status").isEqualTo("COMPLETED");
                    json.assertThat()
                            .extractingPath("$[0].documents[*].type")
                            .asArray()
                            .containsExactlyInAnyOrder("PLAN", "NEEDS_ASSESSMENT");
                    json.assertThat()
                            .extractingPath("$[0].plan[*].knowledge[*].id")
                            .asArray()
                            .contains("MEASURE-M14");
                });
        assertThat(mvc.get().uri("/api/employer/collaborations").with(httpBasic("arbeidsgiver2", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$")
                .asArray()
                .isEmpty();
    }

    private String grantOf(String username) {
        return jdbc.sql("select org_number from employer_access where username = :u and revoked_at is null")
                .param("u", username)
                .query(String.class)
                .single();
    }
}
