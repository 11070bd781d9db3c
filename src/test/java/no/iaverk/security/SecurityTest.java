package no.iaverk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.register.RegisterImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class SecurityTest {

    static final String ORG = "210033602"; // a legal unit in the example files

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    AuditLog auditLog;

    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void exampleRegister() {
        jdbc.sql("truncate audit_event").update();
        TestData.ensureExampleRegister(jdbc, registerImport);
    }

    @Test
    void the_api_without_credentials_answers_401_as_a_problem_detail() {
        assertThat(mvc.get().uri("/api/enterprises/" + ORG))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo(401);
    }

    @Test
    void wrong_password_is_401() {
        assertThat(mvc.get().uri("/api/enterprises/" + ORG).with(httpBasic("leser", "feil")))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void a_reader_may_read_but_not_import() {
        assertThat(mvc.get().uri("/api/enterprises/" + ORG).with(httpBasic("leser", "demo")))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/api/register/imports")
                        .multipart()
                        .file(new MockMultipartFile("file", "e.json", "application/json", "[]".getBytes()))
                        .with(httpBasic("leser", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void caseworkers_and_superusers_may_not_import_either_but_an_admin_may() {
        for (String username : List.of("saksbehandler", "superbruker")) {
            assertThat(mvc.post()
                            .uri("/api/register/imports")
                            .multipart()
                            .file(new MockMultipartFile("file", "e.json", "application/json", "[]".getBytes()))
                            .with(httpBasic(username, "demo")))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.post()
                        .uri("/api/register/imports")
                        .multipart()
                        .file(new MockMultipartFile("file", "e.json", "application/json", "[]".getBytes()))
                        .with(httpBasic("admin", "demo")))
                .hasStatusOk();
    }

    @Test
    void only_a_superuser_or_admin_assigns_an_industry_programme() {
        String body = "{\"programme\": \"OLJE_OG_GASS_LEVERANDOR\"}";
        assertThat(mvc.put()
                        .uri("/api/enterprises/" + ORG + "/industry-programme")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(httpBasic("saksbehandler", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.put()
                        .uri("/api/enterprises/" + ORG + "/industry-programme")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(httpBasic("superbruker", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.industryProgramme.code")
                .isEqualTo("OLJE_OG_GASS_LEVERANDOR");
    }

    @Test
    void pages_send_an_anonymous_visitor_to_the_login_page() {
        assertThat(mvc.get().uri("/virksomhet/" + ORG))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/login");
    }

    @Test
    void the_admin_pages_are_for_admins_only() {
        assertThat(mvc.get().uri("/admin").with(user(TestUsers.reader()))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin").with(user(TestUsers.admin()))).hasStatusOk();
    }

    @Test
    void the_login_page_names_the_demo_users_in_embedded_mode() {
        assertThat(mvc.get().uri("/login"))
                .hasStatusOk()
                .bodyText()
                .contains("leser", "saksbehandler", "superbruker", "admin", "demo");
    }

    @Test
    void a_demo_user_logs_in_with_a_form_and_csrf() {
        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", "saksbehandler")
                        .param("password", "demo")
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/");
        assertThat(mvc.post().uri("/login").param("username", "saksbehandler").param("password", "demo"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void passwords_are_stored_hashed() {
        String hash = jdbc.sql("select password_hash from app_user where username = 'leser'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("demo");
        assertThat(passwords.matches("demo", hash)).isTrue();
    }

    @Test
    void every_nav_user_belongs_to_a_unit_and_an_employer_to_none() {
        assertThat(jdbc.sql("select count(*) from app_user where (unit_code is null) <> (role = 'EMPLOYER')")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from app_user where role = 'EMPLOYER'")
                        .query(Long.class)
                        .single())
                .as("the demo employers")
                .isPositive();
    }

    @Test
    void reading_an_enterprise_through_the_api_is_audited_with_user_unit_and_channel() {
        mvc.get()
                .uri("/api/enterprises/" + ORG)
                .with(httpBasic("leser", "demo"))
                .exchange();

        assertThat(auditLog.forResource("ENTERPRISE", ORG, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.username()).isEqualTo("leser");
            assertThat(entry.unitCode()).isEqualTo("VESTLAND");
            assertThat(entry.action()).isEqualTo("READ");
            assertThat(entry.channel()).isEqualTo(AuditLog.Channel.API);
            assertThat(entry.path()).isEqualTo("/api/enterprises/" + ORG);
        });
    }

    @Test
    void reading_an_enterprise_page_is_audited() {
        assertThat(mvc.get().uri("/virksomhet/" + ORG).with(user(TestUsers.reader())))
                .hasStatusOk();

        assertThat(auditLog.forResource("ENTERPRISE", ORG, 10))
                .singleElement()
                .satisfies(entry -> assertThat(entry.channel()).isEqualTo(AuditLog.Channel.PAGE));
    }

    @Test
    void failed_or_anonymous_reads_are_not_audited_as_reads() {
        mvc.get().uri("/api/enterprises/" + ORG).exchange();
        mvc.get()
                .uri("/api/enterprises/974760673")
                .with(httpBasic("leser", "demo"))
                .exchange();
        mvc.get().uri("/api/enterprises?query=tiger").exchange();

        assertThat(jdbc.sql("select count(*) from audit_event")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
