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

    private String grantOf(String username) {
        return jdbc.sql("select org_number from employer_access where username = :u and revoked_at is null")
                .param("u", username)
                .query(String.class)
                .single();
    }
}
