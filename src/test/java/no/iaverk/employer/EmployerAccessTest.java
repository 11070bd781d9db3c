package no.iaverk.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.OrgNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * An employer representative sees the legal units granted to them and their sub-units, and nothing else: no other
 * enterprise, no NAV page or API; no NAV user reaches the employer's paths.
 */
@IntegrationTest
class EmployerAccessTest {

    static final String EMPLOYER = "test-arbeidsgiver";
    static final String PASSWORD = "hemmelig-passord";
    static final CurrentUser ADMIN = new CurrentUser("admin", "Anders Admin", Role.ADMIN, "VESTLAND");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    EmployerGrants grants;

    @Autowired
    EmployerAccess access;

    /** Two legal units of the example register with sub-units: ours and another's. */
    String ours;

    String ourSubUnit;
    String theirs;
    String theirSubUnit;

    @BeforeEach
    void employerRepresentingOneLegalUnit() {
        TestData.ensureExampleRegister(jdbc, registerImport);
        List<String> legalUnits = jdbc.sql("""
                        select l.org_number from enterprise l
                        where not l.sub_unit and l.deleted_on is null
                          and exists (select 1 from enterprise s where s.parent_org_number = l.org_number
                                      and s.sub_unit and s.deleted_on is null)
                        order by l.org_number limit 2
                        """).query(String.class).list();
        ours = legalUnits.get(0);
        theirs = legalUnits.get(1);
        ourSubUnit = firstSubUnit(ours);
        theirSubUnit = firstSubUnit(theirs);
        jdbc.sql("delete from employer_access where username = :u")
                .param("u", EMPLOYER)
                .update();
        grants.grant(new NewGrant(EMPLOYER, "Test Arbeidsgiver", PASSWORD, ours), ADMIN);
    }

    @Test
    void the_employer_sees_its_legal_unit_and_its_sub_units_and_nothing_else() {
        CurrentUser employer = TestUsers.employer(EMPLOYER).currentUser();
        assertThat(access.mayAccess(employer, OrgNumber.of(ours))).isTrue();
        assertThat(access.mayAccess(employer, OrgNumber.of(ourSubUnit))).isTrue();
        assertThat(access.mayAccess(employer, OrgNumber.of(theirs))).isFalse();
        assertThat(access.mayAccess(employer, OrgNumber.of(theirSubUnit))).isFalse();
        assertThatThrownBy(() -> access.requireAccess(employer, OrgNumber.of(theirSubUnit)))
                .isInstanceOf(ForbiddenException.class);

        var enterprises = mvc.get().uri("/api/employer/enterprises").with(httpBasic(EMPLOYER, PASSWORD));
        assertThat(enterprises)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].orgNumber")
                .isEqualTo(ours);
        assertThat(enterprises).bodyJson().extractingPath("$[0].kind").isEqualTo("LEGAL_UNIT");
        assertThat(enterprises).bodyJson().extractingPath("$[1].kind").isEqualTo("SUB_UNIT");
        assertThat(enterprises)
                .bodyJson()
                .extractingPath("$[1].parentOrgNumber")
                .isEqualTo(ours);
        assertThat(enterprises)
                .bodyJson()
                .extractingPath("$[*].orgNumber")
                .asArray()
                .contains(ours, ourSubUnit)
                .doesNotContain(theirs, theirSubUnit);

        assertThat(mvc.get().uri("/api/employer/enterprises/" + ourSubUnit).with(httpBasic(EMPLOYER, PASSWORD)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.legalUnit.orgNumber")
                .isEqualTo(ours);
        assertThat(mvc.get().uri("/api/employer/enterprises/" + theirSubUnit).with(httpBasic(EMPLOYER, PASSWORD)))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("ikke tilgang", theirSubUnit);

        var page = user(TestUsers.employer(EMPLOYER));
        assertThat(mvc.get().uri("/arbeidsgiver").with(page))
                .hasStatusOk()
                .bodyText()
                .contains("/arbeidsgiver/virksomhet/" + ours, "/arbeidsgiver/virksomhet/" + ourSubUnit)
                .doesNotContain("/prioritering", "/saker");
        assertThat(mvc.get().uri("/arbeidsgiver/virksomhet/" + ours).with(page))
                .hasStatusOk()
                .bodyText()
                .contains(ourSubUnit, "id=\"statistikk\"");
        assertThat(mvc.get().uri("/arbeidsgiver/virksomhet/" + theirs).with(page))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/arbeidsgiver/virksomhet/" + theirSubUnit).with(page))
                .hasStatus(HttpStatus.FORBIDDEN);

        // The statistics and documents ask the same access (EmployerAccess is their EmployerScope).
        assertThat(mvc.get()
                        .uri("/api/employer/enterprises/" + ourSubUnit + "/sick-leave")
                        .with(httpBasic(EMPLOYER, PASSWORD)))
                .hasStatusOk();
        for (String refused : List.of(theirs, theirSubUnit)) {
            assertThat(mvc.get()
                            .uri("/api/employer/enterprises/" + refused + "/sick-leave")
                            .with(httpBasic(EMPLOYER, PASSWORD)))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get()
                            .uri("/arbeidsgiver/virksomhet/" + refused + "/kalkulator")
                            .with(page))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri("/api/employer/documents").with(httpBasic(EMPLOYER, PASSWORD)))
                .hasStatusOk();
    }

    @Test
    void an_employer_reaches_no_nav_page_or_api() {
        for (String api :
                List.of("/api/prioritization/rule-sets", "/api/cases", "/api/enterprises/" + ours, "/api/knowledge")) {
            assertThat(mvc.get().uri(api).with(httpBasic(EMPLOYER, PASSWORD)))
                    .as(api)
                    .hasStatus(HttpStatus.FORBIDDEN)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        var page = user(TestUsers.employer(EMPLOYER));
        for (String nav :
                List.of("/sak/1", "/saker", "/prioritering", "/virksomheter/" + ours, "/admin", "/kunnskap")) {
            assertThat(mvc.get().uri(nav).with(page)).as(nav).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri("/").with(page)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/arbeidsgiver");
    }

    @Test
    void no_nav_user_reaches_the_employers_paths() {
        for (String user : List.of("leser", "saksbehandler", "admin")) {
            assertThat(mvc.get().uri("/api/employer/enterprises").with(httpBasic(user, "demo")))
                    .as(user)
                    .hasStatus(HttpStatus.FORBIDDEN)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(mvc.get().uri("/arbeidsgiver").with(user(TestUsers.admin()))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/arbeidsgiver/virksomhet/" + ours).with(user(TestUsers.reader())))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void nobody_anonymous_gets_in_and_an_employers_login_lands_on_the_employers_start_page() {
        assertThat(mvc.get().uri("/api/employer/enterprises")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/arbeidsgiver"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");

        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", EMPLOYER)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/arbeidsgiver");
        var wentForAnEmployerPage = new MockHttpSession();
        mvc.get()
                .uri("/arbeidsgiver/virksomhet/" + ourSubUnit)
                .session(wentForAnEmployerPage)
                .exchange();
        assertThat(mvc.post()
                        .uri("/login")
                        .session(wentForAnEmployerPage)
                        .param("username", EMPLOYER)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .as("where the employer was going, when it is one of the employer's pages")
                .redirectedUrl()
                .contains("/arbeidsgiver/virksomhet/" + ourSubUnit);
        var wentForANavPage = new MockHttpSession();
        mvc.get().uri("/saker").session(wentForANavPage).exchange();
        assertThat(mvc.post()
                        .uri("/login")
                        .session(wentForANavPage)
                        .param("username", EMPLOYER)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .as("never a NAV page, which would refuse them")
                .hasRedirectedUrl("/arbeidsgiver");
        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", "leser")
                        .param("password", "demo")
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/");
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_read_by_an_employer_is_audited_as_an_employers_read() {
        jdbc.sql("delete from audit_event where username = :u")
                .param("u", EMPLOYER)
                .update();
        mvc.get()
                .uri("/api/employer/enterprises")
                .with(httpBasic(EMPLOYER, PASSWORD))
                .exchange();
        mvc.get()
                .uri("/arbeidsgiver/virksomhet/" + ourSubUnit)
                .with(user(TestUsers.employer(EMPLOYER)))
                .exchange();
        mvc.get()
                .uri("/arbeidsgiver/virksomhet/" + theirSubUnit)
                .with(user(TestUsers.employer(EMPLOYER)))
                .exchange();

        var rows = jdbc.sql("""
                        select role, resource_type, channel, unit_code is null as no_unit, enterprises
                        from audit_event where username = :u order by id
                        """)
                .param("u", EMPLOYER)
                .query((rs, row) -> List.of(
                        rs.getString("role"),
                        rs.getString("resource_type"),
                        rs.getString("channel"),
                        String.valueOf(rs.getBoolean("no_unit")),
                        List.of((String[]) rs.getArray("enterprises").getArray())))
                .list();
        assertThat(rows).as("the refused read is not a read").hasSize(2);
        assertThat(rows.get(0).subList(0, 4)).containsExactly("EMPLOYER", "EMPLOYER_ENTERPRISES", "API", "true");
        assertThat((List<Object>) rows.get(0).get(4)).contains(ours, ourSubUnit);
        assertThat(rows.get(1).subList(0, 4)).containsExactly("EMPLOYER", "ENTERPRISE", "PAGE", "true");
        assertThat((List<Object>) rows.get(1).get(4)).containsExactly(ourSubUnit);
    }

    private String firstSubUnit(String legalUnit) {
        return jdbc.sql("""
                        select org_number from enterprise
                        where parent_org_number = :org and sub_unit and deleted_on is null
                        order by name, org_number limit 1
                        """).param("org", legalUnit).query(String.class).single();
    }
}
