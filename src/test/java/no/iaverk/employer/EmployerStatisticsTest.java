package no.iaverk.employer;

import static no.iaverk.statistics.StatisticsFixtures.category;
import static no.iaverk.statistics.StatisticsFixtures.enterprise;
import static no.iaverk.statistics.StatisticsFixtures.files;
import static no.iaverk.statistics.StatisticsFixtures.metadata;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.BrregJson;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.employer.EmployerSickLeave.BenchmarkKind;
import no.iaverk.employer.EmployerSickLeave.Unit;
import no.iaverk.imports.ImportProgress;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.TestUsers;
import no.iaverk.shared.OrgNumber;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.Publication;
import no.iaverk.statistics.StatisticsFixtures;
import no.iaverk.statistics.StatisticsImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * The employer's statistics on the real database, from NAV-shaped files through the published views. Four quarters,
 * 2023K3–2024K2, 2024K2 published. One private company with four sub-units:
 *
 * <ul>
 *   <li>A: wholesale (46), 20 persons, 5 % every quarter;
 *   <li>B: kindergarten (programme BARNEHAGER, industry 88), 10 persons, 8 %;
 *   <li>M: wholesale, 10 persons but 3 in the published quarter: masked there;
 *   <li>X: IT (62), 10 persons, no industry figures delivered: no benchmark.
 * </ul>
 */
@IntegrationTest
class EmployerStatisticsTest {

    static final Quarter P = Quarter.of(2024, 2);
    static final List<Quarter> WINDOW = P.lastFour();
    static final String COMPANY = "920000002";
    static final String A = "920000010";
    static final String B = "920000029";
    static final String M = "920000037";
    static final String X = "920000045";
    static final String OTHER = "930000019";

    record Member(String nace, int[] persons, double lost) {}

    static final Map<String, Member> MEMBERS = new LinkedHashMap<>();

    static {
        MEMBERS.put(A, new Member("46.130", new int[] {20, 20, 20, 20}, 50));
        MEMBERS.put(B, new Member("88.911", new int[] {10, 10, 10, 10}, 80));
        MEMBERS.put(M, new Member("46.130", new int[] {10, 10, 10, 3}, 90));
        MEMBERS.put(X, new Member("62.010", new int[] {10, 10, 10, 10}, 40));
    }

    /** The test's employer may see the company and its sub-units, nothing else. */
    @TestConfiguration
    static class Scope {
        @Bean
        @Primary
        EmployerScope employerScope() {
            return new EmployerScope() {
                @Override
                public List<String> orgNumbers() {
                    return List.of(COMPANY, A, B, M, X);
                }

                @Override
                public String person() {
                    return "Test";
                }
            };
        }
    }

    @Autowired
    EmployerStatistics statistics;

    @Autowired
    StatisticsImport statisticsImport;

    @Autowired
    Publication publication;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void importCompany() {
        StatisticsFixtures.clear(jdbc);
        jdbc.sql("truncate enterprise").update();
        registerImport.run(
                List.of(TestData.text(
                        "register.json",
                        BrregJson.array(
                                BrregJson.legalUnit(COMPANY, "HANDEL AS", "AS", "2100", "4601"),
                                BrregJson.subUnit(A, "A GROSSIST", COMPANY, "46.130", 20),
                                BrregJson.subUnit(B, "B BARNEHAGE", COMPANY, "88.911", 10),
                                BrregJson.subUnit(M, "M GROSSIST", COMPANY, "46.130", 3),
                                BrregJson.subUnit(X, "X DATA", COMPANY, "62.010", 10)))),
                "test",
                ImportProgress.NONE);
        for (int i = 0; i < WINDOW.size(); i++) {
            Quarter q = WINDOW.get(i);
            List<String> rows = new ArrayList<>();
            List<String> meta = new ArrayList<>();
            for (var entry : MEMBERS.entrySet()) {
                rows.add(enterprise(
                        entry.getKey(),
                        q,
                        entry.getValue().persons()[i],
                        entry.getValue().lost(),
                        1000));
                meta.add(metadata(entry.getKey(), q, "3", entry.getValue().nace()));
            }
            StatisticsFixtures.run(
                    statisticsImport,
                    files().with("virksomhet.json", rows.toArray(String[]::new))
                            .with("virksomhet_metadata.json", meta.toArray(String[]::new))
                            // wholesale at 6 %, kindergartens at 10 %; no figures for IT
                            .with(
                                    "naering.json",
                                    category("næring", "46", q, 500, 600, 10000),
                                    category("næring", "88", q, 500, 1000, 10000))
                            .with("sektor.json", category("sektor", "3", q, 1000, 600, 10000))
                            .with("land.json", category("land", "NO", q, 2000, 1200, 20000))
                            .asJsonFiles());
            // The views show published quarters only: each is published in its turn, as NAV's calendar does.
            publication.publish(q, "test");
        }
    }

    Unit subUnit(EmployerSickLeave sickLeave, String orgNumber) {
        return sickLeave.subUnits().stream()
                .filter(unit -> unit.orgNumber().equals(orgNumber))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void each_sub_unit_is_compared_with_its_programme_else_its_industry_else_nothing() {
        EmployerSickLeave sickLeave = statistics.forEnterprise(OrgNumber.of(COMPANY));

        assertThat(sickLeave.publishedQuarter()).isEqualTo(P);
        assertThat(sickLeave.subUnits()).extracting(Unit::orgNumber).containsExactly(A, B, M, X);
        Unit a = subUnit(sickLeave, A);
        assertThat(a.lastFourQuarters().percent()).isEqualByComparingTo("5.0");
        assertThat(a.industry().kind()).isEqualTo(BenchmarkKind.INDUSTRY);
        assertThat(a.industry().lastFourQuartersPercent()).isEqualByComparingTo("6.0");
        assertThat(a.comparison()).isEqualTo(Comparison.LOWER); // 5.0 < 0.9 × 6.0
        // The fixture splits lost workdays 30 % A, 10 % B, 60 % C and 20 % graded.
        assertThat(a.lastFourQuarters().shortTermPercent()).isEqualByComparingTo("2.0");
        assertThat(a.lastFourQuarters().longTermPercent()).isEqualByComparingTo("3.0");
        assertThat(a.lastFourQuarters().gradedPercent()).isEqualByComparingTo("20.0");

        Unit b = subUnit(sickLeave, B);
        assertThat(b.industry().kind()).isEqualTo(BenchmarkKind.INDUSTRY_PROGRAMME);
        assertThat(b.industry().code()).isEqualTo("BARNEHAGER");
        assertThat(b.comparison()).isEqualTo(Comparison.ABOUT_THE_SAME); // the programme is B alone

        Unit x = subUnit(sickLeave, X);
        assertThat(x.industry()).isNull();
        assertThat(x.comparison()).isEqualTo(Comparison.NONE);

        assertThat(sickLeave.country().lastFourQuartersPercent()).isEqualByComparingTo("6.0");

        // Without the programme's figures B falls back to its industry (88, 10 %); without those, to nothing.
        jdbc.sql("delete from sick_leave_category where category = 'INDUSTRY_PROGRAMME' and code = 'BARNEHAGER'")
                .update();
        Unit fallback = subUnit(statistics.forEnterprise(OrgNumber.of(COMPANY)), B);
        assertThat(fallback.industry().kind()).isEqualTo(BenchmarkKind.INDUSTRY);
        assertThat(fallback.industry().code()).isEqualTo("88");
        assertThat(fallback.comparison()).isEqualTo(Comparison.LOWER); // 8 < 9

        jdbc.sql("delete from sick_leave_category where category = 'INDUSTRY' and code = '88'")
                .update();
        Unit none = subUnit(statistics.forEnterprise(OrgNumber.of(COMPANY)), B);
        assertThat(none.industry()).isNull();
        assertThat(none.comparison()).isEqualTo(Comparison.NONE);
    }

    @Test
    void the_legal_unit_sums_its_visible_sub_units_and_counts_the_masked_one() {
        EmployerSickLeave sickLeave = statistics.forEnterprise(OrgNumber.of(COMPANY));
        Unit company = sickLeave.enterprise();

        assertThat(company.sumOfSubUnits()).isTrue();
        var published = company.history().get(company.history().size() - 1);
        assertThat(published.quarter()).isEqualTo(2);
        assertThat(published.maskedSubUnits()).isEqualTo(1);
        assertThat(published.lostWorkdays()).isEqualByComparingTo("170"); // A + B + X, without M
        assertThat(published.possibleWorkdays()).isEqualByComparingTo("3000");
        assertThat(company.lastFourQuarters().maskedSubUnits()).isEqualTo(1);
        // 3 quarters with M (260 / 4000) and one without (170 / 3000): 950 / 15000
        assertThat(company.lastFourQuarters().percent()).isEqualByComparingTo("6.3");

        Unit m = subUnit(sickLeave, M);
        assertThat(m.lastFourQuarters().maskedQuarters()).isEqualTo(1);
        assertThat(m.comparison()).isEqualTo(Comparison.NONE);
        assertThat(m.history().get(3).masked()).isTrue();
        assertThat(m.history().get(3).lostWorkdays()).isNull();
        assertThat(m.trend()).isNull();
    }

    @Test
    void nothing_shown_depends_on_a_masked_sub_units_figures() {
        String before = json.writeValueAsString(statistics.forEnterprise(OrgNumber.of(COMPANY)));
        String csvBefore = EmployerStatisticsCsv.of(statistics.forEnterprise(OrgNumber.of(COMPANY)));

        // Whatever M's masked quarter really held, every figure shown, summed or subtracted, stays the same.
        jdbc.sql("update sick_leave_enterprise set lost = 999, possible = 1001, persons = 4, graded_lost = 7"
                        + " where org_number = :m and period = :period")
                .param("m", M)
                .param("period", P.period())
                .update();

        assertThat(json.writeValueAsString(statistics.forEnterprise(OrgNumber.of(COMPANY))))
                .isEqualTo(before);
        assertThat(EmployerStatisticsCsv.of(statistics.forEnterprise(OrgNumber.of(COMPANY))))
                .isEqualTo(csvBefore);
    }

    @Test
    void the_api_shows_the_figures_with_their_verdict_and_audits_the_read() {
        assertThat(mvc.get()
                        .uri("/api/employer/enterprises/" + COMPANY + "/sick-leave")
                        .with(httpBasic("arbeidsgiver", "demo")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(body -> {
                    // the company itself is registered as a kindergarten: 6.3 % against the programme's 8 %
                    body.assertThat().extractingPath("$.enterprise.comparison").isEqualTo("LOWER");
                    body.assertThat()
                            .extractingPath("$.enterprise.industry.code")
                            .isEqualTo("BARNEHAGER");
                    body.assertThat()
                            .extractingPath("$.enterprise.lastFourQuarters.maskedSubUnits")
                            .isEqualTo(1);
                    body.assertThat().extractingPath("$.subUnits[0].comparison").isEqualTo("LOWER");
                    body.assertThat()
                            .extractingPath("$.subUnits[2].history[3].lostWorkdays")
                            .isNull();
                    body.assertThat().extractingPath("$.country.code").isEqualTo("NO");
                });

        assertThat(jdbc.sql(
                                "select count(*) from audit_event"
                                        + " where username = 'arbeidsgiver' and :org = any(enterprises) and path like '/api/employer/%'")
                        .param("org", COMPANY)
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    @Test
    void another_enterprise_is_refused_with_a_problem_detail() {
        assertThat(mvc.get()
                        .uri("/api/employer/enterprises/" + OTHER + "/sick-leave")
                        .with(httpBasic("arbeidsgiver", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains(OTHER);
        assertThat(mvc.get()
                        .uri("/api/employer/enterprises/" + OTHER + "/sick-leave.csv")
                        .with(httpBasic("arbeidsgiver", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void the_csv_leaves_masked_cells_empty_and_says_why() {
        var result = mvc.get()
                .uri("/api/employer/enterprises/" + COMPANY + "/sick-leave.csv")
                .with(httpBasic("arbeidsgiver", "demo"))
                .exchange();
        assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        String csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();

        assertThat(lines.get(0))
                .endsWith("Enhet;Organisasjonsnummer;Kvartal;Antall personer;Tapte dagsverk;Mulige dagsverk;"
                        + "Sykefraværsprosent;Merknad");
        assertThat(lines)
                .contains("M GROSSIST;920000037;2024K2;;;;;Skjermet: færre enn 5 personer, tallene vises ikke");
        assertThat(lines)
                .contains("HANDEL AS;920000002;2024K2;40;170;3000;5,7;Sum av underenhetene, ekskl. 1 skjermet");
        assertThat(lines).contains("A GROSSIST;920000010;2024K2;20;50;1000;5,0;");
    }

    @Test
    void the_calculator_answers_with_the_yearly_cost_or_a_norwegian_400() {
        assertThat(mvc.get()
                        .uri("/api/employer/cost-calculator?mode=PERCENT&fte=10&currentPercent=6&targetPercent=5")
                        .with(httpBasic("arbeidsgiver", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.yearlySaving")
                .isEqualTo(108100); // 2300 possible × 1 point × 4700

        assertThat(mvc.get()
                        .uri("/api/employer/cost-calculator?mode=PERCENT&currentPercent=6&targetPercent=7")
                        .with(httpBasic("arbeidsgiver", "demo")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .satisfies(body -> {
                    body.assertThat()
                            .extractingPath("$.errors.possibleWorkdays")
                            .isEqualTo("Fyll ut mulige dagsverk eller antall årsverk.");
                    body.assertThat()
                            .extractingPath("$.errors.targetPercent")
                            .isEqualTo("Målet kan ikke være høyere enn det dere har nå.");
                });
    }

    @Test
    void the_pages_show_the_statistics_and_a_prefilled_calculator_with_field_errors() {
        assertThat(mvc.get()
                        .uri("/arbeidsgiver/virksomhet/" + COMPANY + "/sykefravaer")
                        .with(user(TestUsers.employer("arbeidsgiver"))))
                .hasStatusOk()
                .bodyText()
                .contains("Hele virksomheten", "ekskl. 1 skjermet", "Lavere enn bransjen", "data-chart");

        // A has four full quarters: 4000 possible workdays at 5 %
        assertThat(mvc.get()
                        .uri("/arbeidsgiver/virksomhet/" + A + "/kalkulator")
                        .with(user(TestUsers.employer("arbeidsgiver"))))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"4000\"", "value=\"5\"");

        assertThat(mvc.get()
                        .uri("/arbeidsgiver/virksomhet/" + A + "/kalkulator?mode=PERCENT&possibleWorkdays=x")
                        .with(user(TestUsers.employer("arbeidsgiver"))))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Mulige dagsverk må være et tall over 0.", "aria-invalid=\"true\"");
    }

    @Test
    void a_window_with_a_masked_quarter_gives_no_prefill() {
        assertThat(mvc.get()
                        .uri("/api/employer/enterprises/" + M + "/cost-calculator")
                        .with(httpBasic("arbeidsgiver", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.possibleWorkdays")
                .isNull();
    }
}
