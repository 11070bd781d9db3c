package no.iaverk.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.InvalidFieldsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** An admin grants a person a legal unit at /admin/arbeidsgivere, and revokes it; a wrong field is said at the field. */
@IntegrationTest
class EmployerGrantsTest {

    static final String NEW_EMPLOYER = "ny-arbeidsgiver";
    static final String PASSWORD = "langt-passord";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    EmployerGrants grants;

    String legalUnit;
    String subUnit;

    @BeforeEach
    void exampleRegister() {
        TestData.ensureExampleRegister(jdbc, registerImport);
        subUnit = jdbc.sql("""
                        select s.org_number from enterprise s join enterprise l on l.org_number = s.parent_org_number
                        where s.sub_unit and s.deleted_on is null and not l.sub_unit and l.deleted_on is null
                        order by s.org_number limit 1
                        """).query(String.class).single();
        legalUnit = jdbc.sql("select parent_org_number from enterprise where org_number = :org")
                .param("org", subUnit)
                .query(String.class)
                .single();
        jdbc.sql("delete from employer_access where username = :u")
                .param("u", NEW_EMPLOYER)
                .update();
        jdbc.sql("delete from app_user where username = :u")
                .param("u", NEW_EMPLOYER)
                .update();
    }

    @Test
    void a_refused_grant_says_what_is_wrong_at_each_field_in_norwegian() {
        var admin = user(TestUsers.admin());
        assertThat(mvc.post()
                        .uri("/admin/arbeidsgivere")
                        .param("username", "Ny Bruker")
                        .param("orgNumber", "123")
                        .with(admin)
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Brukernavnet kan bare ha små bokstaver", "er ikke ni siffer", "aria-invalid=\"true\"");
        assertThat(mvc.post()
                        .uri("/admin/arbeidsgivere")
                        .param("username", NEW_EMPLOYER)
                        .param("orgNumber", subUnit)
                        .with(admin)
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Skriv navnet på personen", "Passordet må ha minst 8 tegn", "er en underenhet");
        assertThat(mvc.post()
                        .uri("/admin/arbeidsgivere")
                        .param("username", "leser")
                        .param("orgNumber", "974760674")
                        .with(admin)
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("er en NAV-bruker", "har feil kontrollsiffer");
        assertThatThrownBy(() -> grants.grant(new NewGrant("leser", null, null, "999999999"), EmployerAccessTest.ADMIN))
                .isInstanceOf(InvalidFieldsException.class)
                .satisfies(
                        e -> assertThat(((InvalidFieldsException) e).errors()).containsKeys("username", "orgNumber"));
        assertThat(count()).isZero();
    }

    @Test
    void an_admin_grants_a_new_employer_a_legal_unit_and_revokes_it() {
        var admin = user(TestUsers.admin());
        assertThat(mvc.post()
                        .uri("/admin/arbeidsgivere")
                        .param("username", NEW_EMPLOYER)
                        .param("displayName", "Nina Ny")
                        .param("password", PASSWORD)
                        .param("orgNumber", legalUnit)
                        .with(admin)
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/admin/arbeidsgivere");
        assertThat(mvc.get().uri("/admin/arbeidsgivere").with(admin))
                .hasStatusOk()
                .bodyText()
                .contains("Nina Ny", legalUnit);
        assertThat(mvc.get().uri("/api/employer/enterprises/" + subUnit).with(httpBasic(NEW_EMPLOYER, PASSWORD)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/admin").with(admin)).bodyText().contains("/admin/arbeidsgivere");

        long id = grants.active().stream()
                .filter(grant -> grant.username().equals(NEW_EMPLOYER))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(grants.grant(new NewGrant(NEW_EMPLOYER, null, null, legalUnit), EmployerAccessTest.ADMIN)
                        .id())
                .as("granting again is the grant as it was")
                .isEqualTo(id);
        assertThat(mvc.post()
                        .uri("/admin/arbeidsgivere/" + id + "/tilbakekall")
                        .with(admin)
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/api/employer/enterprises/" + subUnit).with(httpBasic(NEW_EMPLOYER, PASSWORD)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/admin/arbeidsgivere/" + id + "/tilbakekall")
                        .with(admin)
                        .with(csrf()))
                .as("a revoked grant is not revoked twice")
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select revoked_by from employer_access where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .as("the revoked grant stays as history")
                .isEqualTo("admin");
    }

    @Test
    void only_an_admin_grants() {
        var superuser = new CurrentUser("superbruker", "Siri", Role.SUPERUSER, "VESTLAND");
        assertThatThrownBy(() -> grants.grant(new NewGrant(NEW_EMPLOYER, "Nina", PASSWORD, legalUnit), superuser))
                .isInstanceOf(ForbiddenException.class);
        assertThat(mvc.get().uri("/admin/arbeidsgivere").with(user(TestUsers.superuser())))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private long count() {
        return jdbc.sql("select count(*) from employer_access where username in ('leser', :u)")
                .param("u", NEW_EMPLOYER)
                .query(Long.class)
                .single();
    }
}
