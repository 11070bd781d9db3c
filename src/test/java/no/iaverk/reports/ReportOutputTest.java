package no.iaverk.reports;

import static no.iaverk.reports.ReportPages.page;
import static no.iaverk.reports.ReportPages.squeezed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.security.IaverkUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The report's page, workbook and PDF for March 1993 and a test centre whose name has an ø:
 *
 * <ul>
 *   <li>a UNIT-level collaboration over a municipality's two schools, completed 1993-03-10, with an initial meeting;
 *   <li>a TOP-level one with the municipality itself, ongoing;
 *   <li>a UNIT-level one with a company's shop, ongoing.
 * </ul>
 *
 * Four registrations: municipal 2 at unit level and 1 at the top, private 1 at unit level; two ended.
 */
@IntegrationTest
class ReportOutputTest {

    static final String CENTRE = "RAPPORT-UT";
    static final String CENTRE_NAME = "Arbeidslivssenter Sør-Østtest";
    static final String PERIOD = "from=1993-03-01&to=1993-03-31&unit=" + CENTRE;
    static final IaverkUser CASEWORKER = TestUsers.of("saksbehandler", Role.CASEWORKER);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @BeforeEach
    void threeCollaborationsInMarch1993() {
        jdbc.update("insert into nav_unit (code, name) values (?, ?)", CENTRE, CENTRE_NAME);
        AssistanceFixture fixture = new AssistanceFixture(jdbc);
        String municipality = fixture.legalUnit("6500", 2, "KOMM");
        List<String> schools = List.of(fixture.subUnit(municipality, 2), fixture.subUnit(municipality, 2));
        String company = fixture.legalUnit("2100", 3);
        String shop = fixture.subUnit(company, 3);
        long municipalityCase = fixture.openCase(municipality, CENTRE);
        long schoolsTogether = fixture.collaboration(
                municipalityCase,
                "UNIT",
                schools,
                LocalDate.parse("1993-01-04"),
                "COMPLETED",
                LocalDate.parse("1993-03-10"),
                "PROCESS",
                "CENTRE",
                List.of("REDUCE_SICK_LEAVE"));
        fixture.milestone(schoolsTogether, "INITIAL_MEETING", LocalDate.parse("1993-01-10"));
        fixture.collaboration(
                municipalityCase,
                "TOP",
                List.of(),
                LocalDate.parse("1993-02-01"),
                "ACTIVE",
                null,
                null,
                "ENTERPRISE",
                List.of("HELSE_I_ARBEID"));
        fixture.collaboration(company, CENTRE, "UNIT", List.of(shop), LocalDate.parse("1992-12-01"), "ACTIVE", null);
        fixture.flush();
    }

    @AfterEach
    void removeThem() {
        AssistanceFixture.remove(jdbc);
        jdbc.update("delete from nav_unit where code = ?", CENTRE);
    }

    @Test
    void a_reader_sees_the_tables_and_charts_with_plain_numbers_and_the_downloads() throws Exception {
        String page = page(mvc, TestUsers.reader(), "/rapporter?" + PERIOD);

        assertThat(page)
                .contains("Bistandsrapport", "1.3.1993–31.3.1993", CENTRE_NAME)
                .contains("Virksomheter etter sektor og nivå (tabell 5-1)", "Kommunal", "Privat/ideell")
                .contains("Milepæler nådd etter nivå (tabell 5-6)", "Innledende møte", "HelseIArbeid")
                .contains("Virksomheter etter bransje og nivå (tabell 5-2)", "Enheter per samling på toppnivå")
                .contains("Hvem deltok på enhetsnivå (figur 5-5)", "Møter med ledere etter varighet, toppnivå")
                .contains("data-bar-chart=", "/js/reports.js")
                .contains("href=\"/rapporter/assistanse.xlsx?" + PERIOD.replace("&", "&amp;") + "\"")
                .contains("href=\"/rapporter/assistanse.pdf?" + PERIOD.replace("&", "&amp;") + "\"")
                .contains("href=\"/rapporter\" aria-current=\"page\">Rapporter</a>")
                .doesNotContain("/rapporter/samarbeid");
        // Tabell 5-1's municipal row: 2 at unit level, 1 at the top, 3 in all.
        assertThat(squeezed(page))
                .contains("<th scope=\"row\">Kommunal</th><td class=\"number\">2</td>"
                        + "<td class=\"number\">1</td><td class=\"number\">3</td>");
    }

    @Test
    void a_caseworker_gets_each_figure_as_a_link_to_the_collaborations_behind_it() throws Exception {
        String page = page(mvc, CASEWORKER, "/rapporter?" + PERIOD);

        String base = "/rapporter/samarbeid?" + PERIOD.replace("&", "&amp;");
        assertThat(squeezed(page))
                .contains("<a href=\"" + base + "&amp;sector=MUNICIPAL&amp;level=UNIT\">2</a>")
                .contains("<a href=\"" + base + "&amp;sector=MUNICIPAL&amp;level=TOP\">1</a>")
                .contains("<a href=\"" + base + "&amp;centre=" + CENTRE + "&amp;ended=true\">2</a>")
                .contains("<a href=\"" + base + "&amp;level=UNIT&amp;milestone=INITIAL_MEETING\">2</a>")
                .contains("<a href=\"" + base + "&amp;ended=false\">2</a>")
                .contains("<a href=\"" + base + "&amp;level=UNIT&amp;withLeader=false\">3</a>");
    }

    @Test
    void bad_dates_are_named_in_norwegian_on_the_page_not_a_server_error() throws Exception {
        MvcTestResult reversed = mvc.get()
                .uri("/rapporter?from=1993-04-01&to=1993-03-31")
                .with(user(TestUsers.reader()))
                .exchange();
        assertThat(reversed).hasStatus(400);
        assertThat(reversed.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Rett opp feltene under.", "kan ikke være etter til-datoen", "aria-invalid=\"true\"")
                .doesNotContain("Virksomheter etter sektor og nivå");

        MvcTestResult garbled = mvc.get()
                .uri("/rapporter?from=1993-02-30&to=1993-03-31")
                .with(user(TestUsers.reader()))
                .exchange();
        assertThat(garbled).hasStatus(400);
        assertThat(garbled.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Ugyldig dato (from) «1993-02-30»", "value=\"1993-02-30\"");
        for (String download : List.of("/rapporter/assistanse.xlsx", "/rapporter/assistanse.pdf")) {
            assertThat(mvc.get()
                            .uri(download + "?from=1993-04-01&to=1993-03-31")
                            .with(user(TestUsers.reader())))
                    .hasStatus(400);
        }
    }

    @Test
    void without_a_period_the_page_shows_the_last_full_calendar_year_for_the_whole_country() throws Exception {
        int lastYear = LocalDate.now(clock).getYear() - 1; // the application's clock runs in Norway's time
        String page = page(mvc, TestUsers.reader(), "/rapporter");

        assertThat(page)
                .contains("value=\"" + lastYear + "-01-01\"", "value=\"" + lastYear + "-12-31\"")
                .contains("Hele landet", "NAV Arbeidslivssenter Øst-Viken");
    }

    @Test
    void the_workbook_has_a_sheet_per_table_with_the_api_s_numbers_as_numeric_cells() throws Exception {
        MvcTestResult result = mvc.get()
                .uri("/rapporter/assistanse.xlsx?" + PERIOD)
                .with(user(TestUsers.reader()))
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");

        try (var book =
                new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names)
                    .containsExactly(
                            "Oversikt",
                            "Sektor og nivå",
                            "Bransje og nivå",
                            "Senter avsluttet",
                            "Senter innhold",
                            "Fylke avsluttet",
                            "Fylke innhold",
                            "Milepæler",
                            "Varighet",
                            "Initiativ",
                            "Tjenesteområder",
                            "Enheter per samling",
                            "Deltakere enhetsnivå",
                            "Ledermøter toppnivå",
                            "Ledermøter enhetsnivå",
                            "Rådgivertimer",
                            "Kost-nytte senter",
                            "Kost-nytte bransjeprogram",
                            "Kost-nytte bistandsform");
            Sheet sectors = book.getSheet("Sektor og nivå");
            assertThat(sectors.getRow(1).getCell(1).getStringCellValue()).isEqualTo("1.3.1993–31.3.1993");
            assertThat(sectors.getRow(2).getCell(1).getStringCellValue()).isEqualTo(CENTRE_NAME);
            assertThat(sectors.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Laget");
            assertThat(sectors.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Enhetsnivå");
            assertThat(sectors.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Kommunal");
            assertThat(sectors.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(sectors.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sectors.getRow(11).getCell(0).getStringCellValue()).isEqualTo("Totalt");
            assertThat(sectors.getRow(11).getCell(3).getNumericCellValue()).isEqualTo(4.0);
            Sheet centres = book.getSheet("Senter avsluttet");
            assertThat(centres.getRow(6).getCell(0).getStringCellValue()).isEqualTo(CENTRE_NAME);
            assertThat(centres.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(4.0); // total
            assertThat(centres.getRow(6).getCell(3).getNumericCellValue()).isEqualTo(50.0); // share ended
        }
    }

    @Test
    void the_pdf_carries_title_period_unit_and_figures_in_an_embedded_font_with_norwegian_letters() throws Exception {
        MvcTestResult result = mvc.get()
                .uri("/rapporter/assistanse.pdf?" + PERIOD)
                .with(user(TestUsers.reader()))
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");

        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Bistandsrapport", "Periode", "1.3.1993–31.3.1993", "Laget", CENTRE_NAME)
                    .contains("Virksomheter etter sektor og nivå (tabell 5-1)", "Milepæler nådd etter nivå")
                    .contains("Kommunal 2 1 3", "Privat/ideell 1 0 1", "Totalt 3 1 4");
            List<String> fonts = new ArrayList<>();
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
                }
            }
            assertThat(fonts)
                    .isNotEmpty()
                    .allMatch(font -> font.contains("LiberationSans") && font.endsWith("embedded"));
        }
    }
}
