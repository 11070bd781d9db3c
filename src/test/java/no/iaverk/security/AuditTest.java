package no.iaverk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.regex.Pattern;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.register.RegisterImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** One read, one audit row, naming every enterprise it showed. */
@IntegrationTest
class AuditTest {

    static final String ORG = "210033602"; // a legal unit in the example files

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    AuditLog auditLog;

    @BeforeEach
    void exampleRegister() {
        jdbc.sql("truncate audit_event").update();
        TestData.ensureExampleRegister(jdbc, registerImport);
    }

    @Test
    void a_search_by_organisation_number_is_a_read_naming_the_enterprise() {
        assertThat(mvc.get().uri("/api/enterprises?query=" + ORG).with(httpBasic("leser", "demo")))
                .hasStatusOk();

        assertThat(auditLog.forEnterprise(ORG, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.resourceType()).isEqualTo("ENTERPRISE_SEARCH");
            assertThat(entry.resourceId()).isEqualTo("query=" + ORG);
            assertThat(entry.enterprises()).containsExactly(ORG);
        });
    }

    @Test
    void a_search_page_names_every_enterprise_it_listed() throws Exception {
        String page = mvc.get()
                .uri("/virksomheter?q=as")
                .with(user(TestUsers.reader()))
                .exchange()
                .getResponse()
                .getContentAsString();
        long listed = Pattern.compile("href=\"/virksomhet/\\d{9}\"")
                .matcher(page)
                .results()
                .count();

        assertThat(listed).isPositive();
        assertThat(rows()).isEqualTo(1);
        assertThat(jdbc.sql("select cardinality(enterprises) from audit_event")
                        .query(Integer.class)
                        .single())
                .isEqualTo((int) listed);
    }

    @Test
    void an_enterprise_page_and_the_sections_it_loads_are_one_read() throws Exception {
        String page = enterprisePage();
        var view = Pattern.compile("/virksomhet/" + ORG + "/sykefravaer\\?view=([0-9a-f-]{36})")
                .matcher(page);
        assertThat(view.find()).as("the page hands its view id to its sections").isTrue();

        for (String section : new String[] {"/sykefravaer", "/saker"}) {
            assertThat(mvc.get()
                            .uri("/virksomhet/" + ORG + section + "?view=" + view.group(1))
                            .header("HX-Request", "true")
                            .with(user(TestUsers.reader())))
                    .hasStatusOk();
        }

        assertThat(auditLog.forEnterprise(ORG, 10))
                .singleElement()
                .satisfies(entry -> assertThat(entry.path()).isEqualTo("/virksomhet/" + ORG));
    }

    @Test
    void a_section_with_a_made_up_or_someone_elses_view_id_is_a_read_of_its_own() throws Exception {
        String page = enterprisePage();
        var view = Pattern.compile("view=([0-9a-f-]{36})").matcher(page);
        assertThat(view.find()).isTrue();

        mvc.get()
                .uri("/virksomhet/" + ORG + "/sykefravaer?view=" + view.group(1))
                .with(user(TestUsers.superuser()))
                .exchange();
        mvc.get()
                .uri("/virksomhet/" + ORG + "/sykefravaer?view=00000000-0000-0000-0000-000000000000")
                .with(user(TestUsers.reader()))
                .exchange();
        mvc.get()
                .uri("/virksomhet/" + ORG + "/sykefravaer?view=ikke-en-id")
                .with(user(TestUsers.reader()))
                .exchange();

        assertThat(auditLog.forEnterprise(ORG, 10)).hasSize(4);
    }

    private String enterprisePage() throws Exception {
        return mvc.get()
                .uri("/virksomhet/" + ORG)
                .with(user(TestUsers.reader()))
                .exchange()
                .getResponse()
                .getContentAsString();
    }

    private long rows() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }
}
