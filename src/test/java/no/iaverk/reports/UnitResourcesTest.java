package no.iaverk.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.reports.ReferenceLoad.Reason;
import no.iaverk.reports.ReferenceLoad.Skipped;
import no.iaverk.reports.ResourceCheck.Kind;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The mapping report's Tabell 4-1/4-2 as reference data: loading, what it never overwrites, and its checks. */
@IntegrationTest
class UnitResourcesTest {

    @Autowired
    UnitResources resources;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void noResources() {
        clear(jdbc);
    }

    static void clear(JdbcTemplate jdbc) {
        jdbc.update("delete from report_unit_resources");
        jdbc.update("delete from report_resources_printed_total");
    }

    @Test
    void the_reference_figures_load_once_and_a_second_load_writes_nothing() {
        ReferenceLoad first = resources.loadReference("admin");
        ReferenceLoad second = resources.loadReference("admin");

        assertThat(first).isEqualTo(new ReferenceLoad(48, 0, List.of()));
        assertThat(second).isEqualTo(new ReferenceLoad(0, 48, List.of()));
        assertThat(jdbc.queryForObject("select count(*) from report_unit_resources", Integer.class))
                .isEqualTo(48);
        assertThat(jdbc.queryForObject("select count(*) from report_resources_printed_total", Integer.class))
                .isEqualTo(4);

        CentreResources trondelag = resources.forUnit("TRONDELAG").get(3);
        assertThat(trondelag.year()).isEqualTo(2022);
        assertThat(trondelag.figures())
                .isEqualTo(
                        new ResourceFigures(new BigDecimal("29"), new BigDecimal("5.9"), 37, new BigDecimal("34.5")));
        assertThat(trondelag.source()).isEqualTo(ResourceSource.REFERENCE);
        assertThat(trondelag.sourceReference()).isEqualTo("Tabell 4-1 L2773; Tabell 4-2 L2960");
        CentreResources nordland2019 = resources.forUnit("NORDLAND").get(0);
        assertThat(nordland2019.figures()).isEqualTo(new ResourceFigures(new BigDecimal("28"), null, null, null));
    }

    @Test
    void loading_never_overwrites_what_an_admin_entered_and_says_what_it_skipped() {
        var entered = new ResourceFigures(new BigDecimal("44.5"), new BigDecimal("7.25"), 47, new BigDecimal("44"));
        resources.enter("VESTLAND", 2022, entered, "admin");

        ReferenceLoad load = resources.loadReference("admin");

        assertThat(load.written()).isEqualTo(47);
        assertThat(load.skipped()).containsExactly(new Skipped("VESTLAND", 2022, Reason.ENTERED_BY_ADMIN));
        CentreResources vestland = resources.forUnit("VESTLAND").get(3);
        assertThat(vestland.figures()).isEqualTo(entered);
        assertThat(vestland.source()).isEqualTo(ResourceSource.ENTERED);
        assertThat(vestland.enteredBy()).isEqualTo("admin");
        assertThat(resources.loadReference("admin").skipped()).hasSize(1);
    }

    @Test
    void an_admin_may_correct_a_reference_figure_which_then_stays() {
        resources.loadReference("admin");
        resources.enter("AGDER", 2019, new ResourceFigures(new BigDecimal("24"), null, null, null), "admin");

        assertThat(resources.loadReference("admin").skipped())
                .containsExactly(new Skipped("AGDER", 2019, Reason.ENTERED_BY_ADMIN));
        assertThat(resources.forUnit("AGDER").get(0).figures().budgetMnok()).isEqualByComparingTo("24");
    }

    @Test
    void the_reports_own_budget_sums_are_flagged_as_not_matching_its_rows() {
        resources.loadReference("admin");

        int[][] printedAndComputed = {{2019, 396, 395}, {2020, 405, 402}, {2021, 371, 368}, {2022, 356, 350}};
        for (int[] year : printedAndComputed) {
            ResourcesReport report = resources.forYear(year[0]);
            assertThat(report.centres()).hasSize(12);
            assertThat(report.totals().budgetMnok()).isEqualByComparingTo(String.valueOf(year[2]));
            assertThat(report.totals().centresWithBudget()).isEqualTo(12);
            ResourceCheck budget = check(report, Kind.BUDGET_TOTAL);
            assertThat(budget.printed()).isEqualByComparingTo(String.valueOf(year[1]));
            assertThat(budget.computed()).isEqualByComparingTo(String.valueOf(year[2]));
            assertThat(budget.difference()).isEqualByComparingTo(String.valueOf(year[2] - year[1]));
            assertThat(budget.reconciles()).as("budget %d", year[0]).isFalse();
            assertThat(report.reconciles()).isFalse();
        }
    }

    @Test
    void the_printed_county_shares_are_flagged_against_the_share_the_rows_give() {
        resources.loadReference("admin");

        // Sum of budgets over the sum of the county budgets they imply, for the ten centres with a share.
        String[][] printedAndComputed = {{"7.7", "7.3"}, {"7.7", "7.2"}, {"6.9", "6.5"}, {"6.6", "6.2"}};
        for (int i = 0; i < 4; i++) {
            ResourcesReport report = resources.forYear(2019 + i);
            assertThat(report.totals().centresWithShare()).isEqualTo(10);
            ResourceCheck share = check(report, Kind.COUNTY_SHARE_TOTAL);
            assertThat(share.printed()).isEqualByComparingTo(printedAndComputed[i][0]);
            assertThat(share.computed()).isEqualByComparingTo(printedAndComputed[i][1]);
            assertThat(share.tolerance()).isEqualByComparingTo("0.2");
            assertThat(share.reconciles()).isFalse();
        }
    }

    @Test
    void staff_is_summed_apart_and_more_fte_than_people_is_flagged() {
        resources.loadReference("admin");
        ResourcesReport reference = resources.forYear(2022);
        assertThat(reference.totals().headcount()).isEqualTo(32 + 25 + 28 + 36 + 30 + 37 + 29 + 46 + 34 + 55);
        assertThat(reference.totals().centresWithHeadcount()).isEqualTo(10);
        assertThat(reference.totals().fte()).isEqualByComparingTo("104.2"); // 31.7 + 38 + 34.5
        assertThat(reference.totals().centresWithFte()).isEqualTo(3);
        ResourceCheck trondelag = check(reference, Kind.FTE_ABOVE_HEADCOUNT);
        assertThat(trondelag.unitCode()).isEqualTo("TRONDELAG");
        assertThat(trondelag.reconciles()).isTrue();

        resources.enter("OSLO", 2022, new ResourceFigures(null, null, 30, new BigDecimal("38")), "admin");

        List<ResourceCheck> staff = resources.forYear(2022).checks().stream()
                .filter(c -> c.kind() == Kind.FTE_ABOVE_HEADCOUNT && !c.reconciles())
                .toList();
        assertThat(staff).singleElement().satisfies(c -> {
            assertThat(c.unitCode()).isEqualTo("OSLO");
            assertThat(c.difference()).isEqualByComparingTo("8");
        });
    }

    @Test
    void a_year_without_printed_totals_has_no_total_checks_and_lists_every_centre_empty() {
        ResourcesReport report = resources.forYear(2024);
        assertThat(report.centres())
                .hasSize(12)
                .allSatisfy(c -> assertThat(c.recorded()).isFalse());
        assertThat(report.printed()).isNull();
        assertThat(report.checks()).isEmpty();
        assertThat(report.totals().countyBudgetShare()).isNull();
    }

    @Test
    void figures_that_cannot_be_are_refused_naming_every_field() {
        var wrong = new ResourceFigures(new BigDecimal("-1"), new BigDecimal("100.5"), -3, new BigDecimal("-0.5"));
        assertThatThrownBy(() -> resources.enter("OSLO", 1999, wrong, "admin"))
                .isInstanceOfSatisfying(
                        InvalidFieldsException.class,
                        e -> assertThat(e.errors())
                                .containsOnlyKeys("year", "budgetMnok", "countyBudgetShare", "headcount", "fte"));
        assertThatThrownBy(() -> resources.enter("OSLO", 2022, new ResourceFigures(null, null, null, null), "admin"))
                .isInstanceOf(InvalidFieldsException.class);
        assertThatThrownBy(
                        () -> resources.enter("NOPE", 2022, new ResourceFigures(BigDecimal.ONE, null, null, null), "a"))
                .isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from report_unit_resources", Integer.class))
                .isZero();
    }

    @Test
    void a_form_reads_norwegian_decimals_and_names_what_is_not_a_number() {
        assertThat(ResourceFigures.parse("23,5", " 6,3 ", "32", ""))
                .isEqualTo(new ResourceFigures(new BigDecimal("23.5"), new BigDecimal("6.3"), 32, null));
        assertThatThrownBy(() -> ResourceFigures.parse("mye", "", "31,7", "x"))
                .isInstanceOfSatisfying(
                        InvalidFieldsException.class,
                        e -> assertThat(e.errors())
                                .containsOnlyKeys("budgetMnok", "headcount", "fte")
                                .containsEntry("headcount", "Antall ansatte må være et helt tall."));
    }

    private static ResourceCheck check(ResourcesReport report, Kind kind) {
        return report.checks().stream()
                .filter(c -> c.kind() == kind)
                .findFirst()
                .orElseThrow();
    }
}
