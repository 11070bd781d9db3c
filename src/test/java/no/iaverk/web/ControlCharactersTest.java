package no.iaverk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import no.iaverk.BrregJson;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.imports.ImportProgress;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A NUL byte (or another control character) anywhere a request or an import brings text: a 400, never a 500. */
@IntegrationTest
class ControlCharactersTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_query_parameter_with_a_nul_byte_is_a_400_naming_the_parameter() {
        assertThat(mvc.get()
                        .uri("/api/enterprises")
                        .param("query", "Bergen\u0000")
                        .with(httpBasic("leser", "demo")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .hasPathSatisfying("$.parameter", value -> assertThat(value).isEqualTo("query"))
                .hasPathSatisfying(
                        "$.detail", value -> assertThat(value).asString().contains("kontrolltegn"));
        var page = mvc.get()
                .uri("/virksomheter")
                .param("q", "\u0000")
                .with(user(TestUsers.reader()))
                .exchange();
        assertThat(page).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(page.getMvcResult().getResolvedException()).hasMessageContaining("Feltet q inneholder kontrolltegn");
    }

    @Test
    void a_json_string_with_a_nul_byte_is_a_400_naming_the_field_also_inside_lists() {
        assertThat(mvc.post()
                        .uri("/api/prioritization/rule-sets")
                        .with(httpBasic("saksbehandler", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Store\\u0000", "groups": [[{"field": "PERCENT", "operator": "AT_LEAST", "value": 8}]]}
                                """))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .hasPathSatisfying("$.parameter", value -> assertThat(value).isEqualTo("name"));
        assertThat(mvc.put()
                        .uri("/api/units/VESTLAND")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Vestland\", \"countyNumbers\": [\"46\\u0001\"]}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .hasPathSatisfying("$.parameter", value -> assertThat(value).isEqualTo("countyNumbers[0]"))
                .hasPathSatisfying(
                        "$.detail", value -> assertThat(value).asString().contains("kontrolltegn"));
    }

    @Test
    void a_page_form_with_a_nul_byte_is_a_400_page_not_a_500() {
        var form = mvc.post()
                .uri("/prioritering/regelsett")
                .with(user(TestUsers.of("saksbehandler", Role.CASEWORKER)))
                .with(csrf())
                .param("name", "Liste\u0000")
                .param("g0c0field", "PERCENT")
                .param("g0c0operator", "AT_LEAST")
                .param("g0c0value", "8")
                .exchange();
        // The servlet container renders the Norwegian error page from this (ErrorPagesTest covers that part).
        assertThat(form).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(form.getMvcResult().getResolvedException())
                .hasMessageContaining("Feltet name inneholder kontrolltegn");
    }

    @Test
    void tabs_and_line_breaks_are_text() {
        assertThat(mvc.get()
                        .uri("/api/enterprises")
                        .param("query", "Bergen\tkommune\r\n")
                        .with(httpBasic("leser", "demo")))
                .hasStatusOk();
    }

    @Test
    void a_register_record_with_a_nul_byte_is_rejected_and_the_others_imported() {
        jdbc.sql("truncate enterprise").update();
        var report = registerImport.run(
                List.of(TestData.text(
                        "enheter.json",
                        BrregJson.array(
                                BrregJson.legalUnit("910000004", "GOD KOMMUNE", "KOMM", "6500", "4601"),
                                BrregJson.legalUnit("910000012", "ØDELAGT\\u0000 AS", "AS", "2100", "4601")))),
                "test",
                ImportProgress.NONE);

        assertThat(report.rejections()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("910000012");
            assertThat(problem.reason()).isEqualTo("feltet navn inneholder kontrolltegn");
        });
        assertThat(jdbc.sql("select count(*) from enterprise").query(Long.class).single())
                .isEqualTo(1);
    }
}
