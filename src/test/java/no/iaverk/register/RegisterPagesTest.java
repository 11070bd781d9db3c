package no.iaverk.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.Instant;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.imports.ImportRun;
import no.iaverk.imports.ImportRuns;
import no.iaverk.security.TestUsers;
import no.iaverk.shared.OrgNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class RegisterPagesTest {

    static final String LEGAL_WITH_SUB_UNITS = "210033602";
    static final String ITS_SUB_UNIT = "314402138";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    ImportRuns runs;

    @Autowired
    EnterpriseRegister register;

    @BeforeEach
    void exampleRegister() {
        TestData.ensureExampleRegister(jdbc, registerImport);
    }

    @Test
    void the_search_page_lists_enterprises_whose_name_starts_with_the_query() {
        assertThat(mvc.get().uri("/virksomheter").param("q", "vårlig streng").with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("<html", "VÅRLIG STRENG TIGER AS", "/virksomhet/" + LEGAL_WITH_SUB_UNITS);
    }

    @Test
    void with_htmx_only_the_result_list_comes_back() {
        assertThat(mvc.get()
                        .uri("/virksomheter")
                        .param("q", "vårlig streng")
                        .header("HX-Request", "true")
                        .with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("VÅRLIG STRENG TIGER AS")
                .doesNotContain("<html");
    }

    @Test
    void a_search_that_finds_more_than_fit_says_so_instead_of_giving_the_cap_as_the_count() {
        long fjellrev = register.search("fjellrev", EnterpriseRegister.MAX_SEARCH_RESULTS)
                .size();
        assertThat(fjellrev)
                .as("the example register has more than 100 FJELLREV")
                .isEqualTo(100);

        assertThat(mvc.get().uri("/virksomheter").param("q", "fjellrev").with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("Over 50 treff. Viser de 50 første.", "Vis flere", "flere=true")
                .doesNotContain("50 treff</p>");
        assertThat(mvc.get()
                        .uri("/virksomheter")
                        .param("q", "fjellrev")
                        .param("flere", "true")
                        .with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("Over 100 treff. Viser de 100 første; skriv mer av navnet for å finne færre.")
                .doesNotContain("Vis flere");
    }

    @Test
    void a_search_with_few_results_gives_their_number() {
        int found = register.search("vårlig streng", 50).size();
        assertThat(register.searchPage("vårlig streng", 50).more()).isFalse();
        assertThat(mvc.get().uri("/virksomheter").param("q", "vårlig streng").with(user(TestUsers.reader())))
                .bodyText()
                .contains(found + " treff")
                .doesNotContain("Over ");
    }

    @Test
    void a_misspelt_name_still_finds_the_enterprise() {
        assertThat(register.search("vårli streng tigr", 10))
                .extracting(EnterpriseSummary::orgNumber)
                .contains(LEGAL_WITH_SUB_UNITS);
    }

    @Test
    void an_org_number_finds_exactly_that_enterprise_also_with_spaces() {
        assertThat(register.search("210 033 602", 10))
                .singleElement()
                .extracting(EnterpriseSummary::name)
                .isEqualTo("VÅRLIG STRENG TIGER AS");
        assertThat(register.search("910000004", 10)).isEmpty();
    }

    @Test
    void a_query_of_one_character_finds_nothing_and_like_wildcards_are_taken_literally() {
        assertThat(register.search("v", 10)).isEmpty();
        assertThat(register.search("%%", 10)).isEmpty();
    }

    @Test
    void the_enterprise_page_shows_register_data_and_links_legal_unit_and_sub_units() {
        assertThat(mvc.get().uri("/virksomhet/" + LEGAL_WITH_SUB_UNITS).with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("VÅRLIG STRENG TIGER AS", "Aksjeselskap", "01.451 Sauehold", "Lyngdal", "Agder")
                .contains("/virksomhet/" + ITS_SUB_UNIT)
                .doesNotContain("Tildel bransjeprogram");
        assertThat(mvc.get().uri("/virksomhet/" + ITS_SUB_UNIT).with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("Juridisk enhet", "/virksomhet/" + LEGAL_WITH_SUB_UNITS);
    }

    @Test
    void an_unknown_enterprise_is_a_404_page_and_a_malformed_number_a_400_page() {
        assertThat(mvc.get().uri("/virksomhet/974760673").accept("text/html").with(user(TestUsers.reader())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/virksomhet/123").with(user(TestUsers.reader())))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void a_superuser_assigns_the_oil_and_gas_programme_on_the_page() {
        assertThat(mvc.get().uri("/virksomhet/" + LEGAL_WITH_SUB_UNITS).with(user(TestUsers.superuser())))
                .bodyText()
                .contains("Tildel bransjeprogram");

        assertThat(mvc.post()
                        .uri("/virksomhet/" + LEGAL_WITH_SUB_UNITS + "/bransjeprogram")
                        .param("programme", "OLJE_OG_GASS_LEVERANDOR")
                        .with(user(TestUsers.superuser()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(register.get(OrgNumber.of(LEGAL_WITH_SUB_UNITS))
                        .industryProgramme()
                        .name())
                .isEqualTo("Leverandørindustrien olje og gass");

        assertThat(mvc.post()
                        .uri("/virksomhet/" + LEGAL_WITH_SUB_UNITS + "/bransjeprogram")
                        .param("programme", "")
                        .with(user(TestUsers.reader()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void the_api_finds_and_reads_enterprises() {
        assertThat(mvc.get()
                        .uri("/api/enterprises")
                        .param("query", "vårlig streng")
                        .with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.results[0].orgNumber")
                .isEqualTo(LEGAL_WITH_SUB_UNITS);
        assertThat(mvc.get().uri("/api/enterprises/" + ITS_SUB_UNIT).with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.parent.orgNumber").isEqualTo(LEGAL_WITH_SUB_UNITS);
                    assertThat(json).extractingPath("$.address.county.name").isEqualTo("Agder");
                    assertThat(json).extractingPath("$.subUnit").isEqualTo(true);
                });
        assertThat(mvc.get().uri("/api/enterprises/" + LEGAL_WITH_SUB_UNITS).with(user(TestUsers.reader())))
                .bodyJson()
                .extractingPath("$.subUnits[0].orgNumber")
                .isEqualTo(ITS_SUB_UNIT);
    }

    @Test
    void the_api_answers_unknown_and_malformed_numbers_as_problem_details() {
        assertThat(mvc.get().uri("/api/enterprises/974760673").with(user(TestUsers.reader())))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("974760673");
        assertThat(mvc.get().uri("/api/enterprises/12").with(user(TestUsers.reader())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("ikke ni siffer");
        assertThat(mvc.get().uri("/api/enterprises").with(user(TestUsers.reader())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("query");
    }

    @Test
    void an_admin_uploads_files_on_the_admin_page_and_follows_the_run_to_its_report() throws Exception {
        var file = new MockMultipartFile(
                "file",
                "enheter.json",
                "application/json",
                no.iaverk.BrregJson.array(
                                no.iaverk.BrregJson.legalUnit("910000004", "OPPLASTET AS", "AS", "2100", "4601"))
                        .getBytes());
        var response = mvc.post()
                .uri("/admin/register")
                .multipart()
                .file(file)
                .with(user(TestUsers.admin()))
                .with(csrf())
                .exchange();
        assertThat(response).hasStatus(HttpStatus.FOUND);
        String runPage = response.getMvcResult().getResponse().getRedirectedUrl();
        long runId = Long.parseLong(runPage.substring(runPage.lastIndexOf('/') + 1));

        ImportRun run = awaitFinished(runId);
        assertThat(run.status()).isEqualTo(ImportRun.Status.SUCCEEDED);
        assertThat(mvc.get().uri(runPage).with(user(TestUsers.admin())))
                .hasStatusOk()
                .bodyText()
                .contains("enheter.json", "Fullført");
        assertThat(mvc.get().uri("/admin/register").with(user(TestUsers.admin())))
                .bodyText()
                .contains("enheter.json");
        assertThat(register.get(OrgNumber.of("910000004")).name()).isEqualTo("OPPLASTET AS");
        jdbc.sql("delete from enterprise where org_number = '910000004'").update();
    }

    @Test
    void an_upload_without_files_is_refused() {
        assertThat(mvc.post()
                        .uri("/api/register/imports")
                        .multipart()
                        .file(new MockMultipartFile("file", "tom.json", "application/json", new byte[0]))
                        .with(user(TestUsers.admin())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("minst én fil");
    }

    @Test
    void a_malformed_upload_through_the_api_is_a_400_problem_that_names_the_file() {
        assertThat(mvc.post()
                        .uri("/api/register/imports")
                        .multipart()
                        .file(new MockMultipartFile("file", "halv.json", "application/json", "[{\"navn\":".getBytes()))
                        .with(user(TestUsers.admin())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("halv.json", "Ingenting er importert");
    }

    private ImportRun awaitFinished(long runId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            ImportRun run = runs.find(runId).orElseThrow();
            if (!run.running()) {
                return run;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The import did not finish");
    }
}
