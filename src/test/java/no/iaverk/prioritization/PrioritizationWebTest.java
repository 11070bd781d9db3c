package no.iaverk.prioritization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.iaverk.IntegrationTest;
import no.iaverk.security.AuditLog;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import no.iaverk.shared.InvalidParameterException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Call lists over HTTP and in files: the API contract and its 400s, the exports, the audit, the page. */
@IntegrationTest
class PrioritizationWebTest extends CallListFixture {

    @Test
    void the_api_answers_with_the_contract_fields() {
        assertThat(mvc.get().uri("/api/prioritization?county=03&size=2").with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.total").isEqualTo(3);
                    assertThat(json).extractingPath("$.page").isEqualTo(0);
                    assertThat(json).extractingPath("$.size").isEqualTo(2);
                    assertThat(json).extractingPath("$.publishedQuarter.year").isEqualTo(2024);
                    assertThat(json).extractingPath("$.rows[0].orgNumber").isEqualTo(E);
                    assertThat(json).extractingPath("$.rows[0].name").isEqualTo("ECHO DATA");
                    assertThat(json).extractingPath("$.rows[0].municipality").isEqualTo("Oslo");
                    assertThat(json).extractingPath("$.rows[0].employees").isEqualTo(45);
                    assertThat(json).extractingPath("$.rows[0].lostWorkdays").isEqualTo(800.0);
                    assertThat(json)
                            .extractingPath("$.rows[0].possibleWorkdays")
                            .isEqualTo(40000.0);
                    assertThat(json).extractingPath("$.rows[0].percent").isEqualTo(2.0);
                    assertThat(json)
                            .extractingPath("$.rows[0].benchmarkPercent")
                            .isEqualTo(5.0);
                    assertThat(json).extractingPath("$.rows[0].potential").isEqualTo(-1200.0);
                    assertThat(json).extractingPath("$.rows[0].trend").isEqualTo(0.0);
                    assertThat(json).extractingPath("$.rows[0].caseStatus").isNull();
                    assertThat(json).extractingPath("$.rows[0].owner").isNull();
                });
    }

    @Test
    void invalid_parameters_are_a_400_that_names_the_parameter() {
        Map<String, String> invalid = Map.of(
                "county", "3",
                "municipality", "Atlantis",
                "industry", "8",
                "sector", "4",
                "minEmployees", "-1",
                "maxPercent", "101",
                "benchmark", "HIGH",
                "trend", "FALLING",
                "sort", "COLOUR",
                "size", "0");
        for (var parameter : invalid.entrySet()) {
            assertThat(mvc.get()
                            .uri("/api/prioritization?" + parameter.getKey() + "=" + parameter.getValue())
                            .with(httpBasic("leser", "demo")))
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson()
                    .extractingPath("$.parameter")
                    .isEqualTo(parameter.getKey());
        }
        assertThatThrownBy(() -> filters.parse(Map.of("direction", "UP")))
                .isInstanceOf(InvalidParameterException.class);
        assertThat(mvc.get().uri("/api/prioritization/export?format=pdf").with(httpBasic("leser", "demo")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("format");
    }

    @Test
    void the_xlsx_export_holds_the_whole_filtered_list_with_filters_and_quarter() throws Exception {
        var out = new ByteArrayOutputStream();
        list.export(filter("county", "03", "size", "1"), ExportFormat.XLSX, ADVISER, out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            List<List<String>> cells = new ArrayList<>();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                row.forEach(cell -> values.add(cell.toString()));
                cells.add(values);
            }
            assertThat(cells)
                    .anySatisfy(row -> assertThat(row).containsExactly("Publisert kvartal", "2. kvartal 2024"));
            assertThat(cells).anySatisfy(row -> assertThat(row).containsExactly("Fylke", "Oslo"));
            int header = indexOf(cells, "Organisasjonsnummer");
            List<List<String>> rows = cells.subList(header + 1, cells.size());
            assertThat(rows).extracting(row -> row.get(0)).containsExactly(E, C, D); // all, not one page
            assertThat(rows.get(0)).contains("ECHO DATA", "Oslo", "45.0", "800.0", "2.0", "5.0", "-1200.0");
            assertThat(rows.get(2)).contains("DELTA DATA", "skjermet").doesNotContain("10.0");
            assertThat(rows.get(1).get(6)).isEqualTo("13.0"); // C's percent, a number cell
        }
    }

    @Test
    void the_csv_export_is_semicolon_separated_with_decimal_commas_and_blank_masked_figures() {
        var out = new ByteArrayOutputStream();
        list.export(filter("county", "03"), ExportFormat.CSV, ADVISER, out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFPrioriteringsliste fra iaverk").contains("Publisert kvartal;2. kvartal 2024");
        assertThat(csv).contains(E + ";ECHO DATA;Oslo;45;800,0;40000,0;2,0;5,0;-1200,0;0,0;;;;\r\n");
        assertThat(csv).contains(D + ";DELTA DATA;Oslo;3;;;;5,0;;;skjermet;;;\r\n");
    }

    @Test
    void exports_through_the_api_and_the_page_are_files() {
        assertThat(mvc.get().uri("/api/prioritization/export?format=csv").with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .hasContentTypeCompatibleWith("text/csv")
                .hasHeader("Content-Disposition", "attachment; filename=\"prioritering.csv\"");
        assertThat(mvc.get().uri("/prioritering/eksport?format=xlsx").with(user(TestUsers.reader())))
                .hasStatusOk()
                .hasContentTypeCompatibleWith(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void reading_a_list_or_an_export_is_audited_with_its_filters_and_the_enterprises_it_showed() {
        mvc.get()
                .uri("/api/prioritization?county=03")
                .with(httpBasic("leser", "demo"))
                .exchange();
        mvc.get()
                .uri("/prioritering/eksport?format=csv&minPercent=5")
                .with(user(TestUsers.reader()))
                .exchange();

        assertThat(auditLog.forResource("PRIORITIZATION_LIST", "county=03", 5))
                .singleElement()
                .satisfies(entry -> assertThat(entry.enterprises()).containsExactlyInAnyOrder(C, D, E));
        assertThat(auditLog.forResource("PRIORITIZATION_EXPORT", "format=csv&minPercent=5", 5))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.channel()).isEqualTo(AuditLog.Channel.PAGE);
                    assertThat(entry.enterprises()).containsExactlyInAnyOrder(A, B, C);
                });
        assertThat(auditLog.forEnterprise(C, 5)).hasSize(2);
    }

    @Test
    void the_page_shows_the_list_and_htmx_gets_the_results_only() {
        assertThat(mvc.get().uri("/prioritering?county=03").with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "<html",
                        "Prioritering",
                        "3 virksomheter",
                        "ECHO DATA",
                        "skjermet",
                        "Last ned Excel",
                        "Økende sykefravær");
        assertThat(mvc.get()
                        .uri("/prioritering?county=46")
                        .header("HX-Request", "true")
                        .with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("ALFA BARNEHAGE")
                .doesNotContain("<html", "ECHO DATA");
        assertThat(mvc.get().uri("/prioritering?minPercent=abc").with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("Sykefravær fra (%) må være en prosent");
    }

    @Test
    void a_caseworker_saves_a_rule_set_on_the_page_and_a_reader_may_not() {
        assertThat(mvc.post()
                        .uri("/prioritering/regelsett")
                        .param("name", "Mellomstore")
                        .param("g0c0field", "EMPLOYEES")
                        .param("g0c0operator", "AT_LEAST")
                        .param("g0c0value", "25")
                        .param("g0c1field", "EMPLOYEES")
                        .param("g0c1operator", "AT_MOST")
                        .param("g0c1value", "45")
                        .with(user(TestUsers.of("saksbehandler", Role.CASEWORKER)))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        var saved = ruleSets.available(ADVISER).stream()
                .filter(r -> r.name().equals("Mellomstore"))
                .findFirst()
                .orElseThrow();
        assertThat(orgs("ruleSet", String.valueOf(saved.id()))).containsExactly(E, C, B);

        assertThat(mvc.post()
                        .uri("/prioritering/regelsett")
                        .param("name", "Nei")
                        .with(user(TestUsers.reader()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}
