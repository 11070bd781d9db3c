package no.iaverk.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import no.iaverk.IntegrationTest;
import no.iaverk.security.IaverkUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code PUT /api/units/{code}/resources/{year}}, {@code GET /api/units/{code}/resources}, {@code /api/reports/resources}. */
@IntegrationTest
class ResourcesApiTest {

    static final String FIGURES = """
            {"budgetMnok": 42.5, "countyBudgetShare": 7.2, "headcount": 46, "fte": 43.8}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnitResources resources;

    @BeforeEach
    @AfterEach
    void noResources() {
        UnitResourcesTest.clear(jdbc);
    }

    @Test
    void an_admin_puts_a_centres_year_and_anyone_reads_it_back() {
        assertThat(put(TestUsers.admin(), "VESTLAND", "2023", FIGURES))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.unitCode").isEqualTo("VESTLAND");
                    assertThat(json).extractingPath("$.figures.budgetMnok").isEqualTo(42.5);
                    assertThat(json).extractingPath("$.figures.headcount").isEqualTo(46);
                    assertThat(json).extractingPath("$.figures.fte").isEqualTo(43.8);
                    assertThat(json).extractingPath("$.source").isEqualTo("ENTERED");
                    assertThat(json).extractingPath("$.enteredBy").isEqualTo("admin");
                });
        // A PUT replaces the year whole: what it leaves out becomes unknown.
        assertThat(put(TestUsers.admin(), "VESTLAND", "2023", "{\"budgetMnok\": 40}"))
                .hasStatusOk();

        assertThat(mvc.get().uri("/api/units/VESTLAND/resources").with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.length()").isEqualTo(1);
                    assertThat(json).extractingPath("$[0].year").isEqualTo(2023);
                    assertThat(json).extractingPath("$[0].figures.budgetMnok").isEqualTo(40);
                    assertThat(json).extractingPath("$[0].figures.headcount").isNull();
                });
        assertThat(mvc.get().uri("/api/units/NOPE/resources").with(user(TestUsers.reader())))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void only_an_admin_may_put() {
        for (IaverkUser user :
                new IaverkUser[] {TestUsers.reader(), TestUsers.of("sb", Role.CASEWORKER), TestUsers.superuser()}) {
            assertThat(put(user, "VESTLAND", "2023", FIGURES)).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(jdbc.queryForObject("select count(*) from report_unit_resources", Integer.class))
                .isZero();
    }

    @Test
    void wrong_figures_are_a_problem_naming_each_field_in_norwegian() {
        MvcTestResult result = put(
                TestUsers.admin(),
                "VESTLAND",
                "1999",
                "{\"budgetMnok\": -1, \"countyBudgetShare\": 101, \"headcount\": 3, \"fte\": -2}");
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.errors.year").asString().contains("Året (year)");
            assertThat(json).extractingPath("$.errors.budgetMnok").asString().contains("Budsjett (budgetMnok)");
            assertThat(json)
                    .extractingPath("$.errors.countyBudgetShare")
                    .asString()
                    .contains("mellom 0 og 100");
            assertThat(json).extractingPath("$.errors.fte").asString().contains("Årsverk (fte)");
            assertThat(json).extractingPath("$.detail").asString().contains("Budsjett (budgetMnok)");
        });
        assertThat(put(TestUsers.admin(), "VESTLAND", "2023", "{\"headcount\": 31.7}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.headcount")
                .asString()
                .contains("helt tall");
        assertThat(put(TestUsers.admin(), "VESTLAND", "2023", "{\"budgetMnok\": \"mye\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("budgetMnok");
        assertThat(put(TestUsers.admin(), "VESTLAND", "tjuetjue", FIGURES)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(put(TestUsers.admin(), "NOPE", "2023", FIGURES))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("NOPE");
        assertThat(jdbc.queryForObject("select count(*) from report_unit_resources", Integer.class))
                .isZero();
    }

    @Test
    void the_years_report_lists_every_centre_with_totals_and_the_flagged_sums() {
        resources.loadReference("admin");

        assertThat(mvc.get().uri("/api/reports/resources?year=2022").with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.year").isEqualTo(2022);
                    assertThat(json).extractingPath("$.centres.length()").isEqualTo(12);
                    assertThat(json).extractingPath("$.totals.budgetMnok").isEqualTo(350);
                    assertThat(json).extractingPath("$.printed.budgetMnok").isEqualTo(356);
                    assertThat(json).extractingPath("$.checks[0].kind").isEqualTo("BUDGET_TOTAL");
                    assertThat(json).extractingPath("$.checks[0].printed").isEqualTo(356);
                    assertThat(json).extractingPath("$.checks[0].computed").isEqualTo(350);
                    assertThat(json).extractingPath("$.checks[0].difference").isEqualTo(-6);
                    assertThat(json).extractingPath("$.checks[0].reconciles").isEqualTo(false);
                });
        assertThat(mvc.get().uri("/api/reports/resources?year=tjue").with(user(TestUsers.reader())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("year");
        assertThat(mvc.get().uri("/api/reports/resources?year=1800").with(user(TestUsers.reader())))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/reports/resources")).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    private MvcTestResult put(IaverkUser user, String unit, String year, String body) {
        return mvc.put()
                .uri("/api/units/" + unit + "/resources/" + year)
                .with(user(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }
}
