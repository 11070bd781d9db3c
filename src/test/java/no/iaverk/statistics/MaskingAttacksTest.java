package no.iaverk.statistics;

import static no.iaverk.statistics.StatisticsFixtures.category;
import static no.iaverk.statistics.StatisticsFixtures.enterprise;
import static no.iaverk.statistics.StatisticsFixtures.files;
import static no.iaverk.statistics.StatisticsFixtures.metadata;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.iaverk.BrregJson;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.imports.ImportProgress;
import no.iaverk.prioritization.ExportFormat;
import no.iaverk.prioritization.PriorityFilters;
import no.iaverk.prioritization.PriorityList;
import no.iaverk.prioritization.PriorityRow;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import no.iaverk.shared.OrgNumber;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.EnterpriseSickLeave.BenchmarkKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Attacks on the masking: each tries to recover a figure for fewer than five persons by combining figures iaverk
 * shows (docs/privacy.md), and must fail. Four quarters, 2023K3–2024K2, with 2024K2 published. All enterprises are
 * sub-units of one private company in Bergen:
 *
 * <ul>
 *   <li>V (20 persons) and M1 (1 person) in wholesale (industry 46): the industry minus V gives M1;
 *   <li>S (3 persons) alone in retail (47): the industry's figure is S's own;
 *   <li>W (10 persons, but 3 in 2024K1) in IT (62): its four-quarter total minus its visible quarters gives 2024K1;
 *   <li>M2 (3 persons) in 46 and M3 (2 persons) in 47, for the totals iaverk computes itself.
 * </ul>
 */
@IntegrationTest
class MaskingAttacksTest {

    static final Quarter P = Quarter.of(2024, 2);
    static final List<Quarter> WINDOW = P.lastFour();
    static final String COMPANY = "920000002";
    static final String V = "920000010";
    static final String M1 = "920000029";
    static final String S = "920000037";
    static final String W = "920000045";
    static final String M2 = "920000053";
    static final String M3 = "920000061";

    /** Org number → NACE code, persons per quarter of the window, lost workdays per quarter; possible is 1000. */
    record Member(String nace, int[] persons, double lost) {}

    static final Map<String, Member> MEMBERS = new LinkedHashMap<>();

    static {
        MEMBERS.put(V, new Member("46.130", new int[] {20, 20, 20, 20}, 50));
        MEMBERS.put(M1, new Member("46.130", new int[] {1, 1, 1, 1}, 7));
        MEMBERS.put(S, new Member("47.110", new int[] {3, 3, 3, 3}, 16));
        MEMBERS.put(W, new Member("62.010", new int[] {10, 10, 3, 10}, 40));
    }

    @Autowired
    StatisticsImport statisticsImport;

    @Autowired
    PriorityFilters filters;

    @Autowired
    SickLeaveStatistics statistics;

    @Autowired
    Publication publication;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    PriorityList list;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void register() {
        StatisticsFixtures.clear(jdbc);
        jdbc.sql("truncate enterprise").update();
        registerImport.run(
                List.of(TestData.text(
                        "register.json",
                        BrregJson.array(
                                BrregJson.legalUnit(COMPANY, "HANDEL AS", "AS", "2100", "4601"),
                                BrregJson.subUnit(V, "VISIBLE GROSSIST", COMPANY, "46.130", 20),
                                BrregJson.subUnit(M1, "ENKEL GROSSIST", COMPANY, "46.130", 1),
                                BrregJson.subUnit(S, "SMÅ BUTIKK", COMPANY, "47.110", 3),
                                BrregJson.subUnit(W, "WEB DATA", COMPANY, "62.010", 10),
                                BrregJson.subUnit(M2, "ANNEN GROSSIST", COMPANY, "46.130", 3),
                                BrregJson.subUnit(M3, "ANNEN BUTIKK", COMPANY, "47.110", 2)))),
                "test",
                ImportProgress.NONE);
    }

    /** Each quarter with NAV's own category files, summed as NAV sums them: over every enterprise, masked or not. */
    void importDelivered(Map<String, Member> members) {
        importDelivered(members, true);
    }

    /** Without the metadata file, the enterprises are classified by the register. */
    void importDelivered(Map<String, Member> members, boolean withMetadata) {
        for (int i = 0; i < WINDOW.size(); i++) {
            Quarter q = WINDOW.get(i);
            List<String> rows = new ArrayList<>();
            List<String> meta = new ArrayList<>();
            Map<String, double[]> industries = new LinkedHashMap<>();
            double[] country = new double[3];
            for (var entry : members.entrySet()) {
                Member m = entry.getValue();
                rows.add(enterprise(entry.getKey(), q, m.persons()[i], m.lost(), 1000));
                meta.add(metadata(entry.getKey(), q, "3", m.nace()));
                add(industries.computeIfAbsent(m.nace().substring(0, 2), code -> new double[3]), m, i);
                add(country, m, i);
            }
            List<String> industryRows = new ArrayList<>();
            industries.forEach(
                    (code, sums) -> industryRows.add(category("næring", code, q, (int) sums[0], sums[1], sums[2])));
            StatisticsFixtures.run(
                    statisticsImport,
                    files().with("virksomhet.json", rows.toArray(String[]::new))
                            .with(
                                    "virksomhet_metadata.json",
                                    withMetadata ? meta.toArray(String[]::new) : new String[0])
                            .with("naering.json", industryRows.toArray(String[]::new))
                            .with("sektor.json", category("sektor", "3", q, (int) country[0], country[1], country[2]))
                            .with("land.json", category("land", "NO", q, (int) country[0], country[1], country[2]))
                            .asJsonFiles());
        }
        publication.publish(P, "test");
    }

    /** Each quarter with enterprise rows only: iaverk computes every category itself. */
    void importWithoutCategories(Map<String, Member> members) {
        for (int i = 0; i < WINDOW.size(); i++) {
            Quarter q = WINDOW.get(i);
            List<String> rows = new ArrayList<>();
            List<String> meta = new ArrayList<>();
            for (var entry : members.entrySet()) {
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
                            .asJsonFiles());
        }
        publication.publish(P, "test");
    }

    private static void add(double[] sums, Member m, int quarter) {
        sums[0] += m.persons()[quarter];
        sums[1] += m.lost();
        sums[2] += 1000;
    }

    @Test
    void a_benchmark_that_is_the_enterprise_itself_is_withheld_everywhere() {
        importDelivered(MEMBERS);

        PriorityRow s = row(S);
        assertThat(s.masked()).isTrue();
        assertThat(s.benchmarkPercent()).isNull();
        assertThat(mvc.get().uri("/api/prioritization?industry=47").with(httpBasic("leser", "demo")))
                .bodyJson()
                .extractingPath("$.rows[0].benchmarkPercent")
                .isNull();
        assertThat(csv("industry", "47")).doesNotContain(";1,6;").contains("skjermet");

        var benchmark = benchmark(S, BenchmarkKind.INDUSTRY);
        assertThat(benchmark.lastFourQuartersPercent()).isNull();
        assertThat(benchmark.history())
                .allSatisfy(point -> assertThat(point.percent()).isNull());
        assertThat(industryRow("47").lastFourQuartersPercent()).isNull();
        assertThat(industryRow("47").quarterPercent()).isNull();
    }

    @Test
    void a_masked_quarter_cannot_be_recovered_from_the_four_quarter_total() {
        importDelivered(MEMBERS);

        var w = statistics.forEnterprise(OrgNumber.of(W));
        assertThat(w.quarters())
                .extracting(EnterpriseSickLeave.QuarterFigures::masked)
                .containsExactly(false, false, true, false);
        // The visible quarters are shown with their workdays, so the window may show its percent only.
        assertThat(w.lastFourQuarters().percent()).isEqualByComparingTo("4.0");
        assertThat(w.lastFourQuarters().maskedQuarters()).isEqualTo(1);
        assertThat(w.lastFourQuarters().lostWorkdays()).isNull();
        assertThat(w.lastFourQuarters().possibleWorkdays()).isNull();
        assertThat(w.costOfLostWorkdays()).isNull();
        assertThat(mvc.get().uri("/api/enterprises/" + W + "/sick-leave").with(httpBasic("leser", "demo")))
                .bodyJson()
                .extractingPath("$.lastFourQuarters.lostWorkdays")
                .isNull();

        PriorityRow row = row(W);
        assertThat(row.partlyMasked()).isTrue();
        assertThat(row.percent()).isEqualByComparingTo("4.0");
        assertThat(row.lostWorkdays()).isNull();
        assertThat(row.possibleWorkdays()).isNull();
        assertThat(row.potential()).isNull();
        assertThat(csv("industry", "62")).contains("delvis skjermet").doesNotContain("160,0");
    }

    @Test
    void an_industry_minus_its_one_visible_enterprise_does_not_give_the_masked_one() {
        importDelivered(MEMBERS);

        // NAV's industry 46 is V plus the one person of M1: everything but V's own figures is a remainder of 1.
        var industry = industryRow("46");
        assertThat(industry.quarterPercent()).isNull();
        assertThat(industry.lastFourQuartersPercent()).isNull();
        assertThat(industry.lostWorkdays()).isNull();
        assertThat(benchmark(V, BenchmarkKind.INDUSTRY).lastFourQuartersPercent())
                .isNull();
        assertThat(row(V).benchmarkPercent()).isNull();
        // Classified by the register when the statistics bring no metadata, to the same effect.
        importDelivered(MEMBERS, false);
        assertThat(industryRow("46").lastFourQuartersPercent()).isNull();
        assertThat(jdbc.sql("select count(*) from sick_leave_enterprise where sector is not null")
                        .query(Long.class)
                        .single())
                .as("no metadata this time")
                .isZero();
        // The same delivered figure is shown when the masked part is at least five persons.
        assertThat(jdbc.sql("select bool_and(suppressed) from sick_leave_category where category = 'INDUSTRY'"
                                + " and code = '62'")
                        .query(Boolean.class)
                        .single())
                .as("IT is W alone, visible in three quarters: only its masked quarter is withheld")
                .isFalse();
    }

    @Test
    void a_parent_minus_its_children_leaves_only_visible_figures() {
        importWithoutCategories(MEMBERS);

        // Norway (the parent, computed here) minus wholesale (a child) is what the other enterprises show themselves.
        var country = statistics.overview().country().get(0);
        var wholesale = industryRow("46");
        BigDecimal visibleElsewhere = statistics.forEnterprise(OrgNumber.of(W)).quarters().stream()
                .map(EnterpriseSickLeave.QuarterFigures::lostWorkdays)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(wholesale.lostWorkdays()).isEqualByComparingTo("200"); // V alone
        assertThat(visibleElsewhere).isEqualByComparingTo("120"); // W's three visible quarters
        assertThat(country.lostWorkdays().subtract(wholesale.lostWorkdays())).isEqualByComparingTo(visibleElsewhere);
        assertThat(wholesale.maskedMembers()).isEqualTo(1);
        assertThat(country.maskedMembers()).isEqualTo(2);
        assertThat(industryRow("47").lastFourQuartersPercent()).isNull();
    }

    @Test
    void two_computed_totals_that_differ_by_one_masked_enterprise_differ_by_nothing() {
        var members = new LinkedHashMap<>(MEMBERS);
        importWithoutCategories(members);
        BigDecimal before = statistics.overview().country().get(0).lostWorkdays();

        members.put(M3, new Member("47.110", new int[] {2, 2, 2, 2}, 9));
        importWithoutCategories(members);
        var country = statistics.overview().country().get(0);

        assertThat(country.lostWorkdays()).isEqualByComparingTo(before);
        assertThat(country.maskedMembers()).isEqualTo(3); // M1, S and M3 in 2024K2; W is visible then
    }

    @Test
    void totals_over_sets_that_each_hide_five_masked_persons_still_do_not_differ_by_a_masked_one() {
        // A = wholesale {V, M1, M2} hides 4 persons, B = Norway {V, M1, M2, S, M3} hides 9: with a rule of "at least
        // five masked persons" B would pass, and B minus A minus nothing visible would be S and M3.
        var members = new LinkedHashMap<String, Member>();
        members.put(V, MEMBERS.get(V));
        members.put(M1, new Member("46.130", new int[] {3, 3, 3, 3}, 7));
        members.put(M2, new Member("46.130", new int[] {3, 3, 3, 3}, 11));
        members.put(S, MEMBERS.get(S));
        members.put(M3, new Member("47.110", new int[] {2, 2, 2, 2}, 9));
        importWithoutCategories(members);

        var a = industryRow("46");
        var b = statistics.overview().country().get(0);
        assertThat(a.lostWorkdays()).isEqualByComparingTo("200");
        assertThat(b.lostWorkdays().subtract(a.lostWorkdays())).isEqualByComparingTo("0");
        assertThat(a.maskedMembers()).isEqualTo(2);
        assertThat(b.maskedMembers()).isEqualTo(4);
        assertThat(a.lastFourQuartersPercent()).isEqualByComparingTo("5.0");
    }

    private PriorityRow row(String orgNumber) {
        return list
                .page(
                        filters.parse(Map.of("size", "100")),
                        TestUsers.of("leser", Role.READER).currentUser())
                .rows()
                .stream()
                .filter(row -> row.orgNumber().equals(orgNumber))
                .findFirst()
                .orElseThrow();
    }

    private String csv(String filter, String value) {
        var out = new ByteArrayOutputStream();
        list.export(
                filters.parse(Map.of(filter, value)),
                ExportFormat.CSV,
                TestUsers.of("leser", Role.READER).currentUser(),
                out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private EnterpriseSickLeave.Benchmark benchmark(String orgNumber, BenchmarkKind kind) {
        return statistics.forEnterprise(OrgNumber.of(orgNumber)).benchmarks().stream()
                .filter(b -> b.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    private NationalOverview.Row industryRow(String code) {
        return statistics.overview().industries().stream()
                .filter(row -> row.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
