package no.iaverk.reports;

import static no.iaverk.reports.ReportPages.page;
import static no.iaverk.reports.ReportPages.squeezed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.security.IaverkUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Hours, cost-benefit and resources in the whole report (page, workbook, PDF). Centre A's collaborations started in May
 * 1994 with 17.5 hours over four held activities, one without hours (as in {@link CostBenefitApiTest}); no workplace
 * has statistics, so every cost-benefit row is withheld and says why. Centre A also has resources for 2022 with more
 * FTE than people, a reconciliation check that fails.
 */
@IntegrationTest
class ReportResourceTablesTest {

    static final String A = "HOURS-A";
    static final String A_NAME = "Senter " + A;
    static final String MAY = "from=1994-05-01&to=1994-05-31&unit=" + A;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnitResources resources;

    @BeforeEach
    void hoursInMay1994AndResourcesIn2022() {
        HoursFixture fixture = new HoursFixture(jdbc);
        fixture.centre(A);
        String municipality = fixture.enterprise(null, null);
        String kindergarten = fixture.enterprise(municipality, "BARNEHAGER");
        long caseX = fixture.openCase(municipality, A);
        long x = fixture.collaboration(caseX, "UNIT", List.of(kindergarten), LocalDate.of(1994, 5, 2), "PROCESS");
        fixture.activity(caseX, x, "1994-05-03T10:00+02:00", "DONE", "radgiver1", "2.5");
        fixture.activity(caseX, x, "1994-05-10T10:00+02:00", "DONE", "radgiver1", null);
        fixture.activity(caseX, x, "1994-05-20T10:00+02:00", "DONE", "radgiver1", "9.0");
        String company = fixture.enterprise(null, null);
        long caseY = fixture.openCase(company, A);
        long y = fixture.collaboration(caseY, "TOP", List.of(), LocalDate.of(1994, 5, 5), "KNOWLEDGE_TRANSFER");
        fixture.activity(caseY, y, "1994-05-06T10:00+02:00", "DONE", "radgiver2", "6.0");
        resources.enter(
                A,
                2022,
                ResourceFigures.of(
                        new BigDecimal("12.5"), new BigDecimal("6.3"), new BigDecimal("10"), new BigDecimal("11.0")),
                "admin");
        jdbc.update("delete from audit_event where resource_type in ('REPORT_PAGE', 'REPORT_XLSX', 'REPORT_PDF')");
    }

    @AfterEach
    void removeThem() {
        jdbc.update("delete from report_unit_resources where unit_code = ?", A);
        jdbc.update("delete from audit_event where resource_type in ('REPORT_PAGE', 'REPORT_XLSX', 'REPORT_PDF')");
        HoursFixture.remove(jdbc);
    }

    @Test
    void the_page_shows_the_hours_by_centre_and_a_withheld_cost_benefit_row_with_its_reason_and_the_method()
            throws Exception {
        String page = page(mvc, TestUsers.reader(), "/rapporter?" + MAY);

        assertThat(page)
                .contains("Rådgivertimer etter arbeidslivssenter", "Dekning (%)")
                .contains("Kost-nytte etter arbeidslivssenter", "Kost-nytte etter bransjeprogram")
                .contains("Kost-nytte etter bistandsform", "Prosessbistand", "Effekt lav", "Forhold høy")
                .contains("Effektevalueringen gir ikke noe anslag her", "minst 5")
                .contains("× timekostnad")
                .containsPattern("Timekostnad 1\\h000 kr, kostnad per tapte dagsverk 4\\h700 kr")
                .doesNotContain("Ressurser 1994");
        String squeezed = squeezed(page);
        // Four held activities, three with hours (75 %), 17.5 hours.
        assertThat(squeezed)
                .contains("<th scope=\"row\">" + A_NAME + "</th><td class=\"number\">4</td><td class=\"number\">3"
                        + "</td><td class=\"number\">1</td><td class=\"number\">75,0</td>"
                        + "<td class=\"number\">17,5</td>");
        // The centre's cost-benefit row: two collaborations, 17.5 hours, 17 500 kr, then the reason over 12 columns.
        assertThat(squeezed)
                .containsPattern("<th scope=\"row\">" + A_NAME + "</th><td class=\"number\">2</td>"
                        + "<td class=\"number\">17,5</td><td class=\"number\">17\\h500</td>"
                        + "<td class=\"row-note\" colspan=\"12\">Effektevalueringen gir ikke noe anslag her");
    }

    @Test
    void a_year_the_period_touches_has_the_centre_s_resources_and_the_failing_check_as_note() throws Exception {
        String page = page(mvc, TestUsers.reader(), "/rapporter?from=2022-01-01&to=2022-12-31&unit=" + A);

        assertThat(page)
                .contains("Ressurser 2022", "Budsjett (MNOK)", "Årsverk")
                .contains("Avstemming årsverk over antall ansatte (" + A + ") stemmer ikke")
                .doesNotContain("Ressurser 2021", "Ressurser 2023");
        assertThat(squeezed(page))
                .contains("<th scope=\"row\">" + A_NAME + "</th><td class=\"number\">12,5</td>"
                        + "<td class=\"number\">6,3</td><td class=\"number\">10</td><td class=\"number\">11,0</td>");
    }

    @Test
    void the_workbook_has_the_hours_and_cost_benefit_sheets_with_numeric_cells() throws Exception {
        MvcTestResult result = mvc.get()
                .uri("/rapporter/assistanse.xlsx?" + MAY)
                .with(user(TestUsers.reader()))
                .exchange();
        assertThat(result).hasStatusOk();

        try (var book =
                new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names)
                    .endsWith(
                            "Rådgivertimer",
                            "Kost-nytte senter",
                            "Kost-nytte bransjeprogram",
                            "Kost-nytte bistandsform");
            Sheet hours = book.getSheet("Rådgivertimer");
            assertThat(hours.getRow(6).getCell(0).getStringCellValue()).isEqualTo(A_NAME);
            assertThat(hours.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(4.0);
            assertThat(hours.getRow(6).getCell(4).getNumericCellValue()).isEqualTo(75.0);
            assertThat(hours.getRow(6).getCell(5).getNumericCellValue()).isEqualTo(17.5);
            Sheet costs = book.getSheet("Kost-nytte senter");
            assertThat(costs.getRow(6).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(costs.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(17.5);
            assertThat(costs.getRow(6).getCell(3).getNumericCellValue()).isEqualTo(17500.0);
            assertThat(costs.getRow(6).getCell(4).getStringCellValue()).contains("minst 5");
        }
    }

    @Test
    void the_pdf_has_the_hours_table_with_the_centre_s_hours() throws Exception {
        MvcTestResult result = mvc.get()
                .uri("/rapporter/assistanse.pdf?" + MAY)
                .with(user(TestUsers.reader()))
                .exchange();
        assertThat(result).hasStatusOk();

        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Rådgivertimer etter arbeidslivssenter", "Kost-nytte etter bistandsform")
                    .contains(A_NAME + " 4 3 1 75,0 17,5");
        }
    }

    @Test
    void each_output_is_audit_logged_once_with_its_query() throws Exception {
        page(mvc, TestUsers.reader(), "/rapporter?" + MAY);
        for (String download : List.of("/rapporter/assistanse.xlsx?", "/rapporter/assistanse.pdf?")) {
            assertThat(mvc.get().uri(download + MAY).with(user(TestUsers.reader())))
                    .hasStatusOk();
        }

        List<String> logged = jdbc.queryForList("""
                select resource_type || ' ' || resource_id from audit_event
                where resource_type in ('REPORT_PAGE', 'REPORT_XLSX', 'REPORT_PDF') order by id
                """, String.class);
        assertThat(logged).containsExactly("REPORT_PAGE " + MAY, "REPORT_XLSX " + MAY, "REPORT_PDF " + MAY);
    }

    @Test
    void the_leaders_link_is_for_superusers_and_the_resources_link_for_admins() throws Exception {
        IaverkUser superuser = TestUsers.of("superbruker", Role.SUPERUSER);
        IaverkUser admin = TestUsers.of("admin", Role.ADMIN);

        assertThat(page(mvc, TestUsers.reader(), "/rapporter?" + MAY))
                .doesNotContain("href=\"/rapporter/leder\"", "href=\"/admin/ressurser\"");
        assertThat(page(mvc, superuser, "/rapporter?" + MAY))
                .contains("href=\"/rapporter/leder\"")
                .doesNotContain("href=\"/admin/ressurser\"");
        assertThat(page(mvc, admin, "/rapporter?" + MAY))
                .contains("href=\"/rapporter/leder\"", "href=\"/admin/ressurser\"");
    }
}
