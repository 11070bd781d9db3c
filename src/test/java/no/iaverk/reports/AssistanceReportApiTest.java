package no.iaverk.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.security.AuditLog;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The counting rule at its edges, through {@code GET /api/reports/assistance} for March 1993 and a test centre:
 *
 * <ul>
 *   <li>c1: UNIT, three sub-units of a municipality, 1993-01-01 to the period's first day (completed);
 *   <li>c2: TOP, the municipality, starts on the period's last day (active);
 *   <li>c3: UNIT, a company's sub-unit, cancelled 1993-03-15 after nine months;
 *   <li>c4: UNIT, the same sub-unit again, from February, completed 1993-04-10: ongoing at the period's end;
 *   <li>c5 ended the day before the period and c6 starts the day after: neither counts;
 *   <li>c7: another centre's, counted only nationally.
 * </ul>
 */
@IntegrationTest
class AssistanceReportApiTest {

    static final String CENTRE = "RAPPORT-TEST";
    static final String PERIOD = "from=1993-03-01&to=1993-03-31";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog auditLog;

    @BeforeEach
    void collaborationsAroundMarch1993() {
        jdbc.update("insert into nav_unit (code, name) values (?, 'Rapporttestsenteret')", CENTRE);
        AssistanceFixture fixture = new AssistanceFixture(jdbc);
        String municipality = fixture.legalUnit("6500", 2, "KOMM");
        List<String> schools = List.of(
                fixture.subUnit(municipality, 2), fixture.subUnit(municipality, 2), fixture.subUnit(municipality, 2));
        String company = fixture.legalUnit("2100", 3);
        String shop = fixture.subUnit(company, 3);
        String other = fixture.legalUnit("2100", 3);
        String otherShop = fixture.subUnit(other, 3);

        long municipalityCase = fixture.openCase(municipality, CENTRE);
        long c1 = fixture.collaboration(
                municipalityCase,
                "UNIT",
                schools,
                date("1993-01-01"),
                "COMPLETED",
                date("1993-03-01"),
                "PROCESS",
                "CENTRE",
                List.of("REDUCE_SICK_LEAVE", "HELSE_I_ARBEID"));
        fixture.milestone(c1, "INITIAL_MEETING", date("1993-01-05"));
        fixture.milestone(c1, "ASSISTANCE_STARTED", date("1993-04-01")); // after the period: not reached in it
        fixture.collaboration(
                municipalityCase,
                "TOP",
                schools,
                date("1993-03-31"),
                "ACTIVE",
                null,
                "KNOWLEDGE_TRANSFER",
                "ENTERPRISE",
                List.of("PREVENTIVE_WORK_ENVIRONMENT"));
        long companyCase = fixture.openCase(company, CENTRE);
        fixture.collaboration(
                companyCase,
                "UNIT",
                List.of(shop),
                date("1992-06-01"),
                "CANCELLED",
                date("1993-03-15"),
                "PROCESS",
                "CENTRE",
                List.of("REDUCE_SICK_LEAVE"));
        fixture.collaboration(
                companyCase,
                "UNIT",
                List.of(shop),
                date("1993-02-01"),
                "COMPLETED",
                date("1993-04-10"),
                null,
                "CENTRE",
                List.of("REDUCE_SICK_LEAVE"));
        fixture.collaboration(
                companyCase,
                "UNIT",
                List.of(shop),
                date("1993-01-01"),
                "COMPLETED",
                date("1993-02-28"),
                "PROCESS",
                "CENTRE",
                List.of("REDUCE_SICK_LEAVE"));
        fixture.collaboration(
                companyCase,
                "UNIT",
                List.of(shop),
                date("1993-04-01"),
                "ACTIVE",
                null,
                "PROCESS",
                "CENTRE",
                List.of("REDUCE_SICK_LEAVE"));
        fixture.collaboration(other, "VESTLAND", "UNIT", List.of(otherShop), date("1993-03-10"), "ACTIVE", null);
        fixture.flush();
    }

    @AfterEach
    void removeThem() {
        AssistanceFixture.remove(jdbc);
        jdbc.update("delete from nav_unit where code = ?", CENTRE);
    }

    @Test
    void a_centre_s_report_counts_top_once_unit_once_per_unit_and_the_days_at_the_period_s_edges() {
        var response = mvc.get()
                .uri("/api/reports/assistance?" + PERIOD + "&unit=" + CENTRE)
                .with(user(TestUsers.reader()));

        assertThat(response).hasStatusOk();
        var json = assertThat(response).bodyJson();
        json.extractingPath("$.from").isEqualTo("1993-03-01");
        json.extractingPath("$.to").isEqualTo("1993-03-31");
        json.extractingPath("$.unit").isEqualTo(CENTRE);
        // c1's three schools, c2's municipality, c3 and c4's shop twice: six registrations of five enterprises.
        json.extractingPath("$.enterprises.registrations").isEqualTo(6);
        json.extractingPath("$.enterprises.unique").isEqualTo(5);
        json.extractingPath("$.ended.total").isEqualTo(4);
        json.extractingPath("$.ended.completed").isEqualTo(3);
        json.extractingPath("$.ended.cancelled").isEqualTo(1);
        json.extractingPath("$.ended.ongoing").isEqualTo(2);
        json.extractingPath("$.bySectorAndLevel[?(@.sector == 'MUNICIPAL')].unitLevel")
                .asArray()
                .containsExactly(3);
        json.extractingPath("$.bySectorAndLevel[?(@.sector == 'MUNICIPAL')].topLevel")
                .asArray()
                .containsExactly(1);
        json.extractingPath("$.bySectorAndLevel[?(@.sector == 'PRIVATE')].total")
                .asArray()
                .containsExactly(2);
        json.extractingPath("$.byUnit.length()").isEqualTo(1);
        json.extractingPath("$.byUnit[0].unitCode").isEqualTo(CENTRE);
        json.extractingPath("$.byUnit[0].name").isEqualTo("Rapporttestsenteret");
        json.extractingPath("$.byUnit[0].total").isEqualTo(6);
        json.extractingPath("$.byUnit[0].ended").isEqualTo(4);
        json.extractingPath("$.byUnit[0].endedShare").isEqualTo(66.7);
        json.extractingPath("$.byUnit[0].cancelled").isEqualTo(1);
        json.extractingPath("$.byUnit[0].endedUnderOneMonth").isEqualTo(0);
        json.extractingPath("$.byUnit[0].withInitialMeeting").isEqualTo(3);
        json.extractingPath("$.byUnit[0].withAssistanceStarted").isEqualTo(0);
        json.extractingPath("$.byUnit[0].withProcessAssistance").isEqualTo(4);
        json.extractingPath("$.byUnit[0].withProcessAssistanceShare").isEqualTo(100.0);
        json.extractingPath("$.byCounty[0].countyNumber").isEqualTo("46");
        json.extractingPath("$.byCounty[0].total").isEqualTo(6);
        json.extractingPath("$.milestonesByLevel[?(@.milestone == 'INITIAL_MEETING')].unitLevelShare")
                .asArray()
                .containsExactly(60.0);
        json.extractingPath("$.milestonesByLevel[?(@.milestone == 'INITIAL_MEETING')].topLevelShare")
                .asArray()
                .containsExactly(0.0);
        json.extractingPath("$.milestonesByLevel[?(@.milestone == 'ENDED')].unitLevel")
                .asArray()
                .containsExactly(4);
        json.extractingPath("$.durations[?(@.band == 'LESS_THAN_1_MONTH')].ongoing")
                .asArray()
                .containsExactly(1);
        json.extractingPath("$.durations[?(@.band == 'MONTHS_1_TO_6')].ended")
                .asArray()
                .containsExactly(3);
        json.extractingPath("$.durations[?(@.band == 'MONTHS_1_TO_6')].ongoing")
                .asArray()
                .containsExactly(1);
        json.extractingPath("$.durations[?(@.band == 'MONTHS_7_TO_12')].ended")
                .asArray()
                .containsExactly(1);
        json.extractingPath("$.initiatedBy.CENTRE").isEqualTo(5);
        json.extractingPath("$.initiatedBy.ENTERPRISE").isEqualTo(1);
        json.extractingPath("$.serviceAreas.REDUCE_SICK_LEAVE").isEqualTo(5);
        json.extractingPath("$.serviceAreas.HELSE_I_ARBEID").isEqualTo(3);
        json.extractingPath("$.serviceAreas.PREVENTIVE_WORK_ENVIRONMENT").isEqualTo(1);
        // The municipality at the top level (c2); its schools' unit-level c1 does not make it reached.
        json.extractingPath("$.municipalitiesReached.reached").isEqualTo(1);
        json.extractingPath("$.municipalitiesReached.of")
                .isEqualTo(jdbc.queryForObject("select count(*) from municipality", Integer.class));
    }

    @Test
    void without_a_unit_the_report_is_national_with_a_row_per_centre() {
        var response = mvc.get().uri("/api/reports/assistance?" + PERIOD).with(user(TestUsers.reader()));

        assertThat(response).hasStatusOk();
        var json = assertThat(response).bodyJson();
        json.extractingPath("$.unit").isNull();
        json.extractingPath("$.enterprises.registrations").isEqualTo(7);
        json.extractingPath("$.byUnit[?(@.unitCode == 'VESTLAND')].total")
                .asArray()
                .containsExactly(1);
        json.extractingPath("$.byUnit[?(@.unitCode == 'RAPPORT-TEST')].total")
                .asArray()
                .containsExactly(6);
        json.extractingPath("$.byUnit[?(@.unitCode == 'ROGALAND')].total")
                .asArray()
                .containsExactly(0);
        json.extractingPath("$.byUnit[?(@.unitCode == 'ROGALAND')].endedShare")
                .asArray()
                .containsExactly((Object) null);
    }

    @Test
    void a_bad_date_a_reversed_period_and_an_unknown_unit_are_400_naming_the_parameter() {
        expectProblem("to=1993-03-31", "from", "Mangler dato (from)");
        expectProblem("from=1993-02-30&to=1993-03-31", "from", "Ugyldig dato (from)");
        expectProblem("from=1993-03-01&to=31.03.1993", "to", "Ugyldig dato (to)");
        expectProblem("from=1993-04-01&to=1993-03-31", "from", "kan ikke være etter");
        expectProblem(PERIOD + "&unit=NORDPOLEN", "unit", "Ukjent enhet (unit) «NORDPOLEN»");
    }

    @Test
    void the_list_behind_each_figure_is_as_long_as_the_figure() throws Exception {
        String report = mvc.get()
                .uri("/api/reports/assistance?" + PERIOD + "&unit=" + CENTRE)
                .with(user(TestUsers.reader()))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // figure in the report (JSON path) → the list's filters
        record Link(String figure, String filters) {}
        List<Link> links = List.of(
                new Link("$.enterprises.registrations", ""),
                new Link("$.bySectorAndLevel[?(@.sector == 'MUNICIPAL')].unitLevel", "&sector=MUNICIPAL&level=UNIT"),
                new Link("$.bySectorAndLevel[?(@.sector == 'PRIVATE')].total", "&sector=PRIVATE"),
                new Link(
                        "$.byIndustryAndLevel[?(@.category == 'OTHER_INDUSTRIES')].unitLevel",
                        "&category=OTHER_INDUSTRIES&level=UNIT"),
                new Link("$.byUnit[0].ended", "&centre=" + CENTRE + "&ended=true"),
                new Link("$.byUnit[0].cancelled", "&centre=" + CENTRE + "&ended=true&status=CANCELLED"),
                new Link("$.byUnit[0].withInitialMeeting", "&centre=" + CENTRE + "&ended=true&withInitialMeeting=true"),
                new Link("$.byUnit[0].withProcessAssistance", "&ended=true&withProcessAssistance=true"),
                new Link("$.byUnit[0].endedUnderOneMonth", "&ended=true&underOneMonth=true"),
                new Link("$.byCounty[0].total", "&countyNumber=46"),
                new Link(
                        "$.milestonesByLevel[?(@.milestone == 'INITIAL_MEETING')].unitLevel",
                        "&milestone=INITIAL_MEETING&level=UNIT"),
                new Link("$.durations[?(@.band == 'MONTHS_1_TO_6')].ended", "&band=MONTHS_1_TO_6&ended=true"),
                new Link("$.initiatedBy.ENTERPRISE", "&initiatedBy=ENTERPRISE"),
                new Link("$.serviceAreas.HELSE_I_ARBEID", "&serviceArea=HELSE_I_ARBEID"));
        for (Link link : links) {
            Object figure = JsonPath.read(report, link.figure());
            int expected = figure instanceof List<?> values
                    ? ((Number) values.get(0)).intValue()
                    : ((Number) figure).intValue();
            var list = mvc.get()
                    .uri("/api/reports/assistance/collaborations?" + PERIOD + "&unit=" + CENTRE + link.filters())
                    .with(user(TestUsers.of("saksbehandler", Role.CASEWORKER, CENTRE)));
            assertThat(list).as(link.filters()).hasStatusOk();
            assertThat(list)
                    .bodyJson()
                    .extractingPath("$.total")
                    .as(link.figure())
                    .isEqualTo(expected);
            assertThat(list).bodyJson().extractingPath("$.items.length()").isEqualTo(expected);
        }
    }

    @Test
    void the_list_names_each_registration_and_its_case_and_its_read_is_audited() {
        var response = mvc.get()
                .uri("/api/reports/assistance/collaborations?" + PERIOD + "&unit=" + CENTRE + "&sector=MUNICIPAL")
                .with(user(TestUsers.superuser()));

        assertThat(response).hasStatusOk();
        var json = assertThat(response).bodyJson();
        json.extractingPath("$.total").isEqualTo(4);
        json.extractingPath("$.items[0].level").isEqualTo("UNIT");
        json.extractingPath("$.items[0].status").isEqualTo("COMPLETED");
        json.extractingPath("$.items[0].startOn").isEqualTo("1993-01-01");
        json.extractingPath("$.items[0].endedOn").isEqualTo("1993-03-01");
        json.extractingPath("$.items[0].unitCode").isEqualTo(CENTRE);
        json.extractingPath("$.items[0].enterpriseName").asString().startsWith("Underenhet ");
        json.extractingPath("$.items[3].level").isEqualTo("TOP");
        json.extractingPath("$.items[3].endedOn").isNull();
        List<String> orgNumbers = jdbc.queryForList(
                "select org_number from enterprise where org_number like '96%' and organisation_form in ('KOMM')"
                        + " or parent_org_number in (select org_number from enterprise where organisation_form = 'KOMM'"
                        + " and org_number like '96%')",
                String.class);
        assertThat(auditLog.forResource(
                        "ASSISTANCE_COLLABORATIONS", PERIOD + "&unit=" + CENTRE + "&sector=MUNICIPAL", 5))
                .first()
                .satisfies(entry -> assertThat(entry.enterprises()).containsExactlyInAnyOrderElementsOf(orgNumbers));
    }

    @Test
    void a_reader_may_not_see_the_list_and_bad_filters_are_400_naming_the_parameter() {
        assertThat(mvc.get()
                        .uri("/api/reports/assistance/collaborations?" + PERIOD)
                        .with(user(TestUsers.reader())))
                .hasStatus(403);
        assertThat(mvc.get().uri("/rapporter/samarbeid?" + PERIOD).with(user(TestUsers.reader())))
                .hasStatus(403);

        expectListProblem("&sector=KOMMUNE", "sector", "Ugyldig verdi (sector) «KOMMUNE»");
        expectListProblem("&ended=kanskje", "ended", "skriv true eller false");
        expectListProblem("&band=LANG", "band", "LESS_THAN_1_MONTH");
        expectListProblem("&category=BIL", "category", "KINDERGARTENS");
        expectListProblem("&unit=NORDPOLEN", "unit", "Ukjent enhet");
    }

    @Test
    void the_page_lists_the_collaborations_with_links_to_their_cases() {
        var page = mvc.get()
                .uri("/rapporter/samarbeid?" + PERIOD + "&unit=" + CENTRE + "&level=TOP")
                .with(user(TestUsers.superuser()));

        assertThat(page).hasStatusOk();
        long caseId = jdbc.queryForObject(
                "select c.id from ia_case c join enterprise e on e.org_number = c.org_number"
                        + " where e.organisation_form = 'KOMM' and c.id >= 900000001",
                Long.class);
        assertThat(page)
                .bodyText()
                .contains("Samarbeidene bak tallet")
                .contains("1 registreringer")
                .contains("href=\"/sak/" + caseId + "\"")
                .contains("Overordnet nivå")
                // The filters and the centre are named as the report names them, not by their codes.
                .contains("<strong>Toppnivå</strong>")
                .doesNotContain("<strong>TOP</strong>");
    }

    private void expectListProblem(String filters, String parameter, String detail) {
        var response = mvc.get()
                .uri("/api/reports/assistance/collaborations?" + PERIOD + filters)
                .with(user(TestUsers.superuser()));
        assertThat(response).hasStatus(400);
        assertThat(response).bodyJson().extractingPath("$.parameter").isEqualTo(parameter);
        assertThat(response).bodyJson().extractingPath("$.detail").asString().contains(detail);
    }

    private void expectProblem(String query, String parameter, String detail) {
        var response = mvc.get().uri("/api/reports/assistance?" + query).with(user(TestUsers.reader()));
        assertThat(response).hasStatus(400);
        assertThat(response).bodyJson().extractingPath("$.parameter").isEqualTo(parameter);
        assertThat(response).bodyJson().extractingPath("$.detail").asString().contains(detail);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
