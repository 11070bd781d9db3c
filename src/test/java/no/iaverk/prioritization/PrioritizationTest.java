package no.iaverk.prioritization;

import static no.iaverk.statistics.StatisticsFixtures.category;
import static no.iaverk.statistics.StatisticsFixtures.enterprise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.BrregJson;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.cases.Activities;
import no.iaverk.cases.Activity;
import no.iaverk.cases.Background;
import no.iaverk.cases.CaseCommand;
import no.iaverk.cases.CaseEventType;
import no.iaverk.cases.Cases;
import no.iaverk.cases.ClosingReason;
import no.iaverk.cases.Justification;
import no.iaverk.cases.NewActivity;
import no.iaverk.imports.ImportProgress;
import no.iaverk.register.EnterpriseRegister;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.AuditLog;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import no.iaverk.shared.InvalidParameterException;
import no.iaverk.shared.NotFoundException;
import no.iaverk.shared.OrgNumber;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.Publication;
import no.iaverk.statistics.StatisticsFixtures;
import no.iaverk.statistics.StatisticsImport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Six workplaces, five quarters (2023K2–2024K2) with 2024K2 published. Kindergartens A (10 %) and B (5 %) and the
 * municipal office F (no statistics, 100 employees in the register) in Bergen; IT companies C (10 % a year ago, 13 %
 * now), D (3 persons: masked) and E (2 %, but 800 lost workdays) in Oslo. Benchmarks: kindergartens 8 %, IT 5 %.
 */
@IntegrationTest
class PrioritizationTest {

    static final Quarter P = Quarter.of(2024, 2);
    static final String MUNICIPALITY = "910000004";
    static final String COMPANY = "910000012";
    static final String A = "910000020";
    static final String B = "910000039";
    static final String C = "910000047";
    static final String D = "910000055";
    static final String E = "910000063";
    static final String F = "910000071";

    static final CurrentUser ADVISER =
            TestUsers.of("saksbehandler", Role.CASEWORKER).currentUser();

    @Autowired
    PriorityList list;

    @Autowired
    RuleSets ruleSets;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    StatisticsImport statisticsImport;

    @Autowired
    Publication publication;

    @Autowired
    EnterpriseRegister register;

    @Autowired
    AuditLog auditLog;

    @Autowired
    Cases cases;

    @Autowired
    Activities activities;

    @BeforeEach
    void sixWorkplacesWithFiveQuarters() {
        StatisticsFixtures.clear(jdbc);
        jdbc.sql("truncate enterprise, audit_event, ia_case, case_event, collaboration, activity cascade")
                .update();
        jdbc.sql("delete from rule_set where not preset").update();
        registerImport.run(
                List.of(TestData.text(
                        "register.json",
                        BrregJson.array(
                                BrregJson.legalUnit(MUNICIPALITY, "BERGEN KOMMUNE", "KOMM", "6500", "4601"),
                                BrregJson.legalUnit(COMPANY, "DATA AS", "AS", "2100", "0301"),
                                BrregJson.subUnit(A, "ALFA BARNEHAGE", MUNICIPALITY, "88.911", 60),
                                BrregJson.subUnit(B, "BETA BARNEHAGE", MUNICIPALITY, "88.911", 30),
                                BrregJson.subUnit(F, "FOLKEREGISTERET", MUNICIPALITY, "84.110", 100),
                                BrregJson.subUnit(C, "CHARLIE DATA", COMPANY, "62.010", 25, "0301", "OSLO", ""),
                                BrregJson.subUnit(D, "DELTA DATA", COMPANY, "62.010", 3, "0301", "OSLO", ""),
                                BrregJson.subUnit(E, "ECHO DATA", COMPANY, "62.010", 45, "0301", "OSLO", "")))),
                "test",
                ImportProgress.NONE);
        List<Quarter> quarters = Quarter.range(P.yearBefore(), P);
        for (int i = 0; i < quarters.size(); i++) {
            Quarter q = quarters.get(i);
            StatisticsFixtures.run(
                    statisticsImport,
                    StatisticsFixtures.files()
                            .with(
                                    "virksomhet.json",
                                    enterprise(A, q, 60, 100, 1000),
                                    enterprise(B, q, 30, 50, 1000),
                                    enterprise(C, q, 25, i == 0 ? 100 : 130, 1000),
                                    enterprise(D, q, 3, 10, 100),
                                    enterprise(E, q, 45, 200, 10000))
                            .with("bransje.json", category("bransje", "BARNEHAGER", q, 90_000, 8_000, 100_000))
                            .with("naering.json", category("næring", "62", q, 50_000, 5_000, 100_000))
                            .asJsonFiles());
        }
        publication.publish(P, "test");
    }

    @Test
    void the_default_list_has_every_workplace_by_lost_workdays_with_masked_and_missing_figures_last() {
        var page = list.page(PriorityFilter.none(), ADVISER);

        assertThat(page.total()).isEqualTo(6);
        assertThat(page.publishedQuarter()).isEqualTo(P);
        assertThat(orgs(page)).containsExactly(E, C, A, B, D, F);
        var e = page.rows().get(0);
        assertThat(e.lostWorkdays()).isEqualByComparingTo("800");
        assertThat(e.possibleWorkdays()).isEqualByComparingTo("40000");
        assertThat(e.percent()).isEqualByComparingTo("2.0");
        assertThat(e.benchmarkPercent()).isEqualByComparingTo("5.0");
        assertThat(e.employees()).isEqualTo(45);
        assertThat(e.municipality()).isEqualTo("Oslo");
    }

    @Test
    void masked_enterprises_show_no_figures() {
        var d = row(PriorityFilter.none(), D);
        assertThat(d.masked()).isTrue();
        assertThat(d.lostWorkdays()).isNull();
        assertThat(d.possibleWorkdays()).isNull();
        assertThat(d.percent()).isNull();
        assertThat(d.potential()).isNull();
        assertThat(d.trend()).isNull();
        assertThat(d.employees()).isEqualTo(3);
    }

    @Test
    void employees_are_the_published_quarters_persons_else_the_registers() {
        assertThat(row(PriorityFilter.none(), F).employees()).isEqualTo(100);
        assertThat(row(PriorityFilter.none(), F).percent()).isNull();
        assertThat(row(PriorityFilter.none(), F).masked()).isFalse();
    }

    @Test
    void potential_is_the_lost_workdays_above_the_benchmark_level() {
        assertThat(row(PriorityFilter.none(), A).potential()).isEqualByComparingTo("80.0"); // 400 − 4000 × 8 %
        assertThat(row(PriorityFilter.none(), B).potential()).isEqualByComparingTo("-120.0");
        assertThat(row(PriorityFilter.none(), C).potential()).isEqualByComparingTo("320.0"); // 520 − 4000 × 5 %
        assertThat(row(PriorityFilter.none(), E).potential()).isEqualByComparingTo("-1200.0");
    }

    @Test
    void filters_on_place_industry_programme_and_sector() {
        assertThat(orgs("county", "46")).containsExactlyInAnyOrder(A, B, F);
        assertThat(orgs("county", "03")).containsExactlyInAnyOrder(C, D, E);
        assertThat(orgs("municipality", "0301")).containsExactlyInAnyOrder(C, D, E);
        assertThat(orgs("industry", "88")).containsExactlyInAnyOrder(A, B);
        assertThat(orgs("industry", "62.010")).containsExactlyInAnyOrder(C, D, E);
        assertThat(orgs("industry", "84110")).containsExactlyInAnyOrder(F);
        assertThat(orgs("industryProgramme", "BARNEHAGER")).containsExactlyInAnyOrder(A, B);
        assertThat(orgs("sector", "2")).containsExactlyInAnyOrder(A, B, F);
        assertThat(orgs("sector", "3")).containsExactlyInAnyOrder(C, D, E);
    }

    @Test
    void filters_on_employees() {
        assertThat(orgs("minEmployees", "40")).containsExactlyInAnyOrder(A, E, F);
        assertThat(orgs("maxEmployees", "30")).containsExactlyInAnyOrder(B, C, D);
        assertThat(orgs("minEmployees", "25", "maxEmployees", "45")).containsExactlyInAnyOrder(B, C, E);
    }

    @Test
    void sick_leave_conditions_leave_masked_enterprises_and_those_without_figures_out() {
        assertThat(orgs("minPercent", "10")).containsExactlyInAnyOrder(A, C);
        assertThat(orgs("maxPercent", "5")).containsExactlyInAnyOrder(B, E);
        assertThat(orgs("minPercent", "0")).containsExactlyInAnyOrder(A, B, C, E);
        assertThat(orgs("benchmark", "ABOVE")).containsExactlyInAnyOrder(A, C);
        assertThat(orgs("benchmark", "AT_OR_BELOW")).containsExactlyInAnyOrder(B, E);
        assertThat(orgs("trend", "RISING")).containsExactly(C);
    }

    @Test
    void sorts_by_every_key_in_both_directions_with_nulls_last() {
        assertThat(orgs("sort", "PERCENT")).containsExactly(C, A, B, E, D, F);
        assertThat(orgs("sort", "PERCENT", "direction", "ASC")).containsExactly(E, B, A, C, D, F);
        assertThat(orgs("sort", "POTENTIAL")).containsExactly(C, A, B, E, D, F);
        assertThat(orgs("sort", "EMPLOYEES")).containsExactly(F, A, E, B, C, D);
        assertThat(orgs("sort", "NAME")).containsExactly(A, B, C, D, E, F);
        assertThat(orgs("sort", "NAME", "direction", "DESC")).containsExactly(F, E, D, C, B, A);
        assertThat(orgs("sort", "LOST_WORKDAYS", "direction", "ASC")).containsExactly(B, A, C, E, D, F);
        assertThat(orgs("sort", "lostWorkdays")).containsExactly(E, C, A, B, D, F);
    }

    @Test
    void pages_of_a_given_size_and_the_total() {
        var page = list.page(filter("size", "2", "page", "1"), ADVISER);
        assertThat(page.total()).isEqualTo(6);
        assertThat(page.pages()).isEqualTo(3);
        assertThat(orgs(page)).containsExactly(A, B);
        assertThat(list.page(filter("size", "2", "page", "5"), ADVISER).rows()).isEmpty();
    }

    @Test
    void the_four_preset_rule_sets_do_what_the_centres_wrote() {
        assertThat(orgs("ruleSet", preset("Minst 50 ansatte og minst 8 %"))).containsExactly(A);
        assertThat(orgs("ruleSet", preset("Minst 12 % og over 20 ansatte, eller minst 500 tapte dagsverk")))
                .containsExactly(E, C);
        assertThat(orgs("ruleSet", preset("Over 40 ansatte"))).containsExactly(E, A, F);
        assertThat(orgs("ruleSet", preset("Økende sykefravær"))).containsExactly(C);
    }

    @Test
    void a_rule_set_combines_with_extra_filters() {
        assertThat(orgs("ruleSet", preset("Over 40 ansatte"), "county", "46")).containsExactly(A, F);
    }

    @Test
    void an_adviser_saves_a_rule_set_for_the_unit_and_other_units_do_not_see_it() {
        var saved = ruleSets.save(
                "Store eller syke",
                List.of(
                        List.of(condition(Condition.Field.EMPLOYEES, Condition.Operator.AT_LEAST, "50")),
                        List.of(
                                condition(Condition.Field.PERCENT, Condition.Operator.GREATER_THAN, "12"),
                                condition(Condition.Field.POTENTIAL, Condition.Operator.GREATER_THAN, "0"))),
                ADVISER);

        assertThat(orgs("ruleSet", String.valueOf(saved.id()))).containsExactlyInAnyOrder(A, C, F);
        assertThat(ruleSets.available(ADVISER)).extracting(RuleSet::name).contains("Store eller syke");
        CurrentUser elsewhere = new CurrentUser("annen", "Annen", Role.CASEWORKER, "OSLO");
        assertThat(ruleSets.available(elsewhere)).extracting(RuleSet::name).doesNotContain("Store eller syke");
        assertThatThrownBy(() -> list.page(filter("ruleSet", String.valueOf(saved.id())), elsewhere))
                .isInstanceOf(NotFoundException.class);

        ruleSets.delete(saved.id(), ADVISER);
        assertThat(ruleSets.available(ADVISER)).extracting(RuleSet::name).doesNotContain("Store eller syke");
    }

    @Test
    void a_rule_set_needs_a_name_groups_and_sensible_values_and_presets_stay() {
        var one = List.of(List.of(condition(Condition.Field.EMPLOYEES, Condition.Operator.AT_LEAST, "50")));
        assertThatThrownBy(() -> ruleSets.save(" ", one, ADVISER)).hasMessageContaining("navn");
        assertThatThrownBy(() -> ruleSets.save("Tom", List.of(), ADVISER)).hasMessageContaining("grupper");
        assertThatThrownBy(() -> ruleSets.save(
                        "Rar",
                        List.of(List.of(condition(Condition.Field.PERCENT, Condition.Operator.AT_LEAST, "120"))),
                        ADVISER))
                .hasMessageContaining("0 til 100");
        ruleSets.save("Dobbel", one, ADVISER);
        assertThatThrownBy(() -> ruleSets.save("Dobbel", one, ADVISER)).hasMessageContaining("allerede");
        long presetId = Long.parseLong(preset("Over 40 ansatte"));
        assertThatThrownBy(() -> ruleSets.delete(presetId, ADVISER)).hasMessageContaining("kan ikke slettes");
    }

    @Test
    void the_list_follows_the_register_without_a_refresh() {
        register.assignIndustryProgramme(OrgNumber.of(E), "OLJE_OG_GASS_LEVERANDOR");

        assertThat(orgs("industryProgramme", "OLJE_OG_GASS_LEVERANDOR")).containsExactly(E);
    }

    @Test
    void filters_and_sorts_on_the_case_status_owner_and_last_contact() {
        CurrentUser superuser = TestUsers.superuser().currentUser();
        long assessed = cases.start(A, Background.CENTRE_INITIATIVE, superuser).id();
        cases.handle(assessed, CaseCommand.of(CaseEventType.TAKE_OWNERSHIP, 1), ADVISER);
        long closed = cases.start(C, Background.ENTERPRISE_REQUEST, superuser).id();
        cases.handle(closed, CaseCommand.of(CaseEventType.TAKE_OWNERSHIP, 1), ADVISER);
        activities.register(
                closed,
                new NewActivity(
                        null,
                        LocalDateTime.now().minusDays(2),
                        Activity.Channel.PHONE,
                        null,
                        List.of(Activity.Participant.LEADER),
                        null,
                        Activity.Status.DONE,
                        null),
                ADVISER);
        cases.handle(
                closed,
                new CaseCommand(
                        CaseEventType.NOT_RELEVANT,
                        2,
                        ClosingReason.ENTERPRISE_DECLINES,
                        List.of(Justification.NO_ANSWER),
                        null),
                ADVISER);

        assertThat(orgs("status", "ASSESSING")).containsExactly(A);
        assertThat(orgs("status", "NONE")).containsExactly(E, C, B, D, F);
        assertThat(orgs("owner", "saksbehandler")).containsExactly(A);
        assertThat(orgs("owner", "someone")).isEmpty();
        assertThat(orgs("noContactMonths", "3")).containsExactly(E, A, B, D, F);
        assertThat(orgs("sort", "LAST_CASE_CHANGE")).startsWith(C, A);
        var row = row(filter(), A);
        assertThat(row.caseStatus()).isEqualTo("ASSESSING");
        assertThat(row.owner()).isEqualTo("saksbehandler");
        assertThat(row.caseId()).isEqualTo(assessed);
        assertThat(row(filter(), C).caseStatus()).as("only an open case shows").isNull();
        assertThat(mvc.get().uri("/api/prioritization?status=MAPPING").with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);
        assertThat(mvc.get().uri("/api/prioritization?status=COMPLETED").with(httpBasic("leser", "demo")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("status");
    }

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
                "municipality", "oslo",
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
        assertThatThrownBy(() -> PriorityFilter.parse(Map.of("direction", "UP")))
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
            assertThat(cells).anySatisfy(row -> assertThat(row).containsExactly("Publisert kvartal", "2024K2"));
            assertThat(cells).anySatisfy(row -> assertThat(row).containsExactly("Filter: Fylke", "03"));
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

        assertThat(csv).startsWith("\uFEFFPrioriteringsliste fra iaverk").contains("Publisert kvartal;2024K2");
        assertThat(csv).contains(E + ";ECHO DATA;Oslo;45;800,0;40000,0;2,0;5,0;-1200,0;0,0;;;\r\n");
        assertThat(csv).contains(D + ";DELTA DATA;Oslo;3;;;;5,0;;;skjermet;;\r\n");
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
    void reading_a_list_or_an_export_is_audited_with_its_filters() {
        mvc.get()
                .uri("/api/prioritization?county=03")
                .with(httpBasic("leser", "demo"))
                .exchange();
        mvc.get()
                .uri("/prioritering/eksport?format=csv&minPercent=5")
                .with(user(TestUsers.reader()))
                .exchange();

        assertThat(auditLog.forResource("PRIORITIZATION_LIST", "county=03", 5)).singleElement();
        assertThat(auditLog.forResource("PRIORITIZATION_EXPORT", "format=csv&minPercent=5", 5))
                .singleElement()
                .satisfies(entry -> assertThat(entry.channel()).isEqualTo(AuditLog.Channel.PAGE));
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
                .contains("minPercent må være en prosent");
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

    private static Condition condition(Condition.Field field, Condition.Operator operator, String value) {
        return new Condition(field, operator, new BigDecimal(value));
    }

    private String preset(String name) {
        return ruleSets.available(ADVISER).stream()
                .filter(r -> r.preset() && r.name().equals(name))
                .map(r -> String.valueOf(r.id()))
                .findFirst()
                .orElseThrow();
    }

    private PriorityRow row(PriorityFilter filter, String org) {
        return list.page(filter, ADVISER).rows().stream()
                .filter(r -> r.orgNumber().equals(org))
                .findFirst()
                .orElseThrow();
    }

    private List<String> orgs(String... parameters) {
        return orgs(list.page(filter(parameters), ADVISER));
    }

    private static List<String> orgs(PriorityPage page) {
        return page.rows().stream().map(PriorityRow::orgNumber).toList();
    }

    private static PriorityFilter filter(String... parameters) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            map.put(parameters[i], parameters[i + 1]);
        }
        return PriorityFilter.parse(map);
    }

    private static int indexOf(List<List<String>> cells, String first) {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty() && cells.get(i).get(0).equals(first)) {
                return i;
            }
        }
        throw new AssertionError("No row starting with " + first);
    }
}
