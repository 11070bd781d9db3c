package no.iaverk.statistics;

import static no.iaverk.statistics.StatisticsFixtures.category;
import static no.iaverk.statistics.StatisticsFixtures.enterprise;
import static no.iaverk.statistics.StatisticsFixtures.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.iaverk.BrregJson;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.imports.ImportProgress;
import no.iaverk.register.RegisterImport;
import no.iaverk.shared.ConflictException;
import no.iaverk.shared.NotFoundException;
import no.iaverk.shared.OrgNumber;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.EnterpriseSickLeave.BenchmarkKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rules on five imported quarters, 2023K2–2024K2, with 2024K2 published. */
@IntegrationTest
class StatisticsRulesTest {

    static final Quarter P = Quarter.of(2024, 2);
    static final String MUNICIPALITY = "910000004";
    static final String COMPANY = "910000012";
    /** Kindergarten, 20 persons: 6 % every quarter but 8 % in the published one. */
    static final String A = "910000020";
    /** IT company, 2–4 persons in every quarter: everything masked. */
    static final String B = "910000039";
    /** Kindergarten, 4, 4, 5 and 3 persons in the window: the window counts, single small quarters do not. */
    static final String C = "910000047";
    /** IT company with figures for the last two quarters only. */
    static final String D = "910000055";
    /** IT company with figures for the published quarter and a year before, nothing between. */
    static final String E = "910000063";

    @Autowired
    StatisticsImport statisticsImport;

    @Autowired
    SickLeaveStatistics statistics;

    @Autowired
    Publication publication;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void fiveQuartersWithTheLastPublished() {
        StatisticsFixtures.clear(jdbc);
        jdbc.sql("truncate enterprise").update();
        registerImport.run(
                List.of(TestData.text(
                        "register.json",
                        BrregJson.array(
                                BrregJson.legalUnit(MUNICIPALITY, "KOMMUNEN", "KOMM", "6500", "4601"),
                                BrregJson.legalUnit(COMPANY, "DATA AS", "AS", "2100", "4601"),
                                BrregJson.subUnit(A, "SOLSIDEN BARNEHAGE", MUNICIPALITY, "88.911", 20),
                                BrregJson.subUnit(C, "MÅNEN BARNEHAGE", MUNICIPALITY, "88.911", 4),
                                BrregJson.subUnit(B, "DATA AS AVD 1", COMPANY, "62.010", 3),
                                BrregJson.subUnit(D, "DATA AS AVD 2", COMPANY, "62.010", 10),
                                BrregJson.subUnit(E, "DATA AS AVD 3", COMPANY, "62.010", 10)))),
                "test",
                ImportProgress.NONE);
        Map<String, int[]> persons = Map.of(
                A, new int[] {20, 20, 20, 20, 20},
                B, new int[] {4, 4, 4, 3, 2},
                C, new int[] {10, 4, 4, 5, 3},
                D, new int[] {0, 0, 0, 10, 10},
                E, new int[] {10, 0, 0, 0, 10});
        List<Quarter> quarters = Quarter.range(P.yearBefore(), P);
        for (int i = 0; i < quarters.size(); i++) {
            Quarter q = quarters.get(i);
            List<String> rows = new ArrayList<>();
            for (var entry : persons.entrySet()) {
                int count = entry.getValue()[i];
                if (count > 0) {
                    double lost = entry.getKey().equals(A) && q.equals(P) ? 80 : 60;
                    rows.add(enterprise(entry.getKey(), q, count, lost, 1000));
                }
            }
            run(files().with("virksomhet.json", rows.toArray(String[]::new))
                    .with("bransje.json", category("bransje", "BARNEHAGER", q, 90_000, 8_000 + i * 100, 100_000))
                    .with("naering.json", category("næring", "62", q, 50_000, 3_500, 100_000))
                    .with("land.json", category("land", "NO", q, 3_000_000, 6_000 + i * 50, 100_000)));
        }
        publication.publish(P, "test");
    }

    @Test
    void the_last_four_quarters_add_workdays_before_dividing() {
        var a = statistics.forEnterprise(OrgNumber.of(A));

        assertThat(a.publishedQuarter()).isEqualTo(P);
        assertThat(a.lastFourQuarters().quarters()).containsExactly(P.minus(3), P.minus(2), P.minus(1), P);
        assertThat(a.lastFourQuarters().lostWorkdays()).isEqualByComparingTo("260");
        assertThat(a.lastFourQuarters().possibleWorkdays()).isEqualByComparingTo("4000");
        assertThat(a.lastFourQuarters().percent()).isEqualByComparingTo("6.5");
        assertThat(a.lastFourQuarters().masked()).isFalse();
    }

    @Test
    void the_trend_compares_with_the_same_quarter_a_year_before() {
        assertThat(statistics.forEnterprise(OrgNumber.of(A)).trend()).isEqualByComparingTo("2.0");
        assertThat(statistics.forEnterprise(OrgNumber.of(E)).trend()).isEqualByComparingTo("0.0");
    }

    @Test
    void no_trend_when_either_quarter_is_missing_or_masked() {
        assertThat(statistics.forEnterprise(OrgNumber.of(D)).trend()).isNull(); // no quarter a year before
        assertThat(statistics.forEnterprise(OrgNumber.of(C)).trend()).isNull(); // 3 persons now
        assertThat(statistics.forEnterprise(OrgNumber.of(B)).trend()).isNull();
    }

    @Test
    void a_window_where_no_quarter_reaches_five_persons_is_masked_everywhere() {
        var b = statistics.forEnterprise(OrgNumber.of(B));

        assertThat(b.lastFourQuarters().masked()).isTrue();
        assertThat(b.lastFourQuarters().percent()).isNull();
        assertThat(b.lastFourQuarters().lostWorkdays()).isNull();
        assertThat(b.lastFourQuarters().possibleWorkdays()).isNull();
        assertThat(b.quarters()).allSatisfy(quarter -> {
            assertThat(quarter.masked()).isTrue();
            assertThat(quarter.percent()).isNull();
            assertThat(quarter.lostWorkdays()).isNull();
            assertThat(quarter.persons()).isNull();
        });
        assertThat(b.shortTermPercent()).isNull();
        assertThat(b.gradedPercent()).isNull();
        assertThat(b.costOfLostWorkdays()).isNull();
    }

    @Test
    void one_quarter_with_five_persons_unmasks_the_window_but_not_the_small_quarters() {
        var c = statistics.forEnterprise(OrgNumber.of(C));

        assertThat(c.lastFourQuarters().masked()).isFalse();
        assertThat(c.lastFourQuarters().percent()).isEqualByComparingTo("6.0");
        assertThat(c.quarters())
                .extracting(EnterpriseSickLeave.QuarterFigures::masked)
                .containsExactly(false, true, true, false, true);
        assertThat(c.quarters().get(4).percent()).isNull();
        assertThat(c.quarters().get(3).percent()).isEqualByComparingTo("6.0");
    }

    @Test
    void a_partial_window_names_the_quarters_it_used() {
        var d = statistics.forEnterprise(OrgNumber.of(D));
        assertThat(d.lastFourQuarters().quarters()).containsExactly(P.previous(), P);
        assertThat(d.lastFourQuarters().possibleWorkdays()).isEqualByComparingTo("2000");

        var e = statistics.forEnterprise(OrgNumber.of(E));
        assertThat(e.lastFourQuarters().quarters()).containsExactly(P);
        assertThat(e.quarters()).hasSize(2);
    }

    @Test
    void short_long_and_graded_shares_are_shares_of_lost_workdays() {
        var a = statistics.forEnterprise(OrgNumber.of(A));

        assertThat(a.shortTermPercent()).isEqualByComparingTo("40.0"); // A 30 % + B 10 %
        assertThat(a.longTermPercent()).isEqualByComparingTo("60.0");
        assertThat(a.gradedPercent()).isEqualByComparingTo("20.0");
    }

    @Test
    void the_cost_is_lost_workdays_times_the_cost_per_day() {
        assertThat(statistics.forEnterprise(OrgNumber.of(A)).costOfLostWorkdays())
                .isEqualByComparingTo(new BigDecimal(260 * 4700));
        assertThat(statistics.costPerDay()).isEqualByComparingTo("4700");
    }

    @Test
    void an_enterprise_in_a_programme_is_compared_with_its_programme_else_its_industry_and_always_sector_and_norway() {
        var a = statistics.forEnterprise(OrgNumber.of(A));
        assertThat(a.benchmarks())
                .extracting(EnterpriseSickLeave.Benchmark::kind, EnterpriseSickLeave.Benchmark::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BenchmarkKind.INDUSTRY_PROGRAMME, "BARNEHAGER"),
                        org.assertj.core.groups.Tuple.tuple(BenchmarkKind.SECTOR, "2"),
                        org.assertj.core.groups.Tuple.tuple(BenchmarkKind.COUNTRY, "NO"));
        var programme = a.benchmarks().get(0);
        // (8100 + 8200 + 8300 + 8400) / 400 000 = 8.25 %, shown HALF_UP
        assertThat(programme.lastFourQuartersPercent()).isEqualByComparingTo("8.3");
        assertThat(programme.trend()).isEqualByComparingTo("0.4");
        assertThat(programme.name()).isEqualTo("Barnehager");
        assertThat(programme.computed()).isFalse();

        var d = statistics.forEnterprise(OrgNumber.of(D));
        assertThat(d.benchmarks().get(0).kind()).isEqualTo(BenchmarkKind.INDUSTRY);
        assertThat(d.benchmarks().get(0).code()).isEqualTo("62");
        assertThat(d.benchmarks().get(0).lastFourQuartersPercent()).isEqualByComparingTo("3.5");
        assertThat(d.benchmarks().get(1).code()).isEqualTo("3");
    }

    @Test
    void a_benchmark_from_computed_figures_says_so() {
        var sector = statistics.forEnterprise(OrgNumber.of(A)).benchmarks().get(1);
        assertThat(sector.kind()).isEqualTo(BenchmarkKind.SECTOR);
        assertThat(sector.computed()).isTrue(); // no sektor.json in any quarter
        assertThat(sector.lastFourQuartersPercent()).isNotNull();
    }

    @Test
    void a_quarter_imported_after_the_published_one_stays_hidden_until_published() {
        run(files().with("virksomhet.json", enterprise(A, P.next(), 20, 200, 1000)));

        var a = statistics.forEnterprise(OrgNumber.of(A));
        assertThat(a.publishedQuarter()).isEqualTo(P);
        assertThat(a.quarters()).hasSize(5);

        publication.publish(P.next(), "test");
        assertThat(statistics.forEnterprise(OrgNumber.of(A)).publishedQuarter()).isEqualTo(P.next());
    }

    @Test
    void the_snapshot_holds_the_same_figures_as_the_enterprise_view() {
        for (String org : List.of(A, B, C, D, E)) {
            var view = statistics.forEnterprise(OrgNumber.of(org));
            var row = jdbc.sql("""
                            select masked, round(percent, 1) as percent, lost, round(trend, 1) as trend,
                                   benchmark_kind, round(benchmark_percent, 1) as benchmark, quarters, potential
                            from sick_leave_snapshot where org_number = :org""").param("org", org).query().singleRow();
            assertThat(row.get("masked"))
                    .as(org)
                    .isEqualTo(view.lastFourQuarters().masked());
            assertThat((BigDecimal) row.get("percent"))
                    .as(org)
                    .isEqualTo(view.lastFourQuarters().percent());
            assertThat(row.get("lost") == null)
                    .isEqualTo(view.lastFourQuarters().lostWorkdays() == null);
            assertThat((BigDecimal) row.get("trend")).as(org).isEqualTo(view.trend());
            assertThat(row.get("benchmark_kind"))
                    .isEqualTo(view.benchmarks().get(0).kind().name());
            assertThat((BigDecimal) row.get("benchmark"))
                    .isEqualByComparingTo(view.benchmarks().get(0).lastFourQuartersPercent());
            assertThat(((Number) row.get("quarters")).intValue())
                    .isEqualTo(view.lastFourQuarters().quarters().size());
        }
        // A: 260 lost of 4000 possible; at the programme's unrounded 8.25 % it would lose 330.
        assertThat(jdbc.sql("select round(potential, 2) from sick_leave_snapshot where org_number = :org")
                        .param("org", A)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("-70.00");
        assertThat(jdbc.sql("select count(*) from sick_leave_snapshot where masked and (percent is not null"
                                + " or lost is not null or possible is not null or potential is not null)")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void only_an_imported_quarter_can_be_published_and_the_current_one_never_moves_back() {
        assertThatThrownBy(() -> publication.publish(Quarter.of(2030, 1), "test"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> publication.publish(P.previous(), "test"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("går ikke bakover");
        assertThat(publication.current()).contains(P);
    }

    @Test
    void a_quarter_is_published_by_itself_when_its_publication_date_has_passed() {
        run(files().with("virksomhet.json", enterprise(A, P.next(), 20, 60, 1000))
                .with("publiseringsdato.json", StatisticsFixtures.publicationDate(P.next(), "2024-11-28T08:00:00")));

        assertThat(publication.current()).contains(P.next());
        assertThat(publication.status(P.next()).publishedBy()).isEqualTo("publiseringsdato");
    }

    @Test
    void a_quarter_due_in_the_future_waits_and_the_scheduled_check_leaves_it() {
        var report = run(files().with("virksomhet.json", enterprise(A, P.next(), 20, 60, 1000))
                .with("publiseringsdato.json", StatisticsFixtures.publicationDate(P.next(), "2999-11-28T08:00:00")));

        assertThat(report.published()).isFalse();
        assertThat(report.publicationDate()).isNotNull();
        publication.publishDueQuarters();
        assertThat(publication.current()).contains(P);
    }

    @Test
    void the_scheduled_check_publishes_a_quarter_whose_date_has_come() {
        run(files().with("virksomhet.json", enterprise(A, P.next(), 20, 60, 1000)));
        jdbc.sql("insert into sick_leave_publication_date (year, quarter, public_at) values (2024, 3, now())")
                .update();

        publication.publishDueQuarters();

        assertThat(publication.current()).contains(P.next());
    }

    @Test
    void without_a_published_quarter_nothing_is_shown() {
        jdbc.sql("update sick_leave_quarter set published_at = null").update();

        var a = statistics.forEnterprise(OrgNumber.of(A));
        assertThat(a.publishedQuarter()).isNull();
        assertThat(a.quarters()).isEmpty();
        assertThat(a.lastFourQuarters()).isNull();
    }

    @Test
    void an_enterprise_unknown_to_register_and_statistics_is_not_found() {
        assertThatThrownBy(() -> statistics.forEnterprise(OrgNumber.of("974760673")))
                .isInstanceOf(NotFoundException.class);
    }

    private StatisticsImportReport run(StatisticsFixtures.Files files) {
        return StatisticsFixtures.run(statisticsImport, files.asJsonFiles());
    }
}
