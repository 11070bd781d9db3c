package no.iaverk.reports;

import static no.iaverk.reports.LeadersFixture.UNIT_A;
import static no.iaverk.reports.LeadersFixture.UNIT_A_RULE;
import static no.iaverk.reports.LeadersFixture.UNIT_B;
import static no.iaverk.reports.LeadersFixture.UNIT_B_RULE;
import static no.iaverk.reports.LeadersFixture.org;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.iaverk.IntegrationTest;
import no.iaverk.reports.LeadersOverview.Adviser;
import no.iaverk.reports.LeadersOverview.RuleSetShare;
import no.iaverk.reports.LeadersOverview.Turnover;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The leaders' overview's counts on 15 May 2026 (activities from 16 April, quarters 2024K3–2026K2) for unit A, with
 * two advisers (ada, bo), a case nobody owns, and unit B's case, collaboration, activity and rule set that must not
 * show:
 *
 * <ul>
 *   <li>k1: ada's case 01 (60 employees, 9 %), TOP, active, planned end 1 March 2026 (passed);
 *   <li>k2: bo's case 02 (30 employees, 13 %, rising), UNIT with sub-unit 04 (45 employees, masked), active;
 *   <li>k3: bo's completed case, ended 20 Nov 2025; k4: ada's case 01, UNIT, started and cancelled in 2024K3;
 *   <li>k6: ada's case 05 (45 employees, masked), active, planned end today (not passed), started before the window.
 * </ul>
 */
@IntegrationTest
class LeadersOverviewTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 15);
    static final CurrentUser SUPERUSER_A = new CurrentUser("sjef", "Sjef", Role.SUPERUSER, UNIT_A);

    @Autowired
    LeadersOverviews overviews;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void twoUnits() {
        LeadersFixture fixture = new LeadersFixture(jdbc);
        fixture.units();
        fixture.candidate(org(1), 60, "9", "-0.2");
        fixture.candidate(org(2), 30, "13", "0.5");
        fixture.candidate(org(4), 45, null, null);
        fixture.candidate(org(5), 45, null, null);
        fixture.candidate(org(3), 100, "20", "1");

        long case1 = fixture.caseOf(org(1), UNIT_A, "ASSISTING", "ada");
        long case2 = fixture.caseOf(org(5), UNIT_A, "MAPPING", "ada");
        long case3 = fixture.caseOf(org(2), UNIT_A, "ASSISTING", "bo");
        long case4 = fixture.caseOf(org(6), UNIT_A, "COMPLETED", "bo");
        fixture.caseOf(org(7), UNIT_A, "CONTACTING", null);
        long case6 = fixture.caseOf(org(3), UNIT_B, "ASSISTING", "cy");

        fixture.collaboration(case1, "TOP", List.of(), date("2025-09-01"), date("2026-03-01"), "ACTIVE", null);
        fixture.collaboration(case3, "UNIT", List.of(org(4)), date("2026-04-01"), date("2026-12-31"), "ACTIVE", null);
        fixture.collaboration(
                case4, "TOP", List.of(), date("2024-01-10"), date("2025-12-31"), "COMPLETED", date("2025-11-20"));
        fixture.collaboration(
                case1,
                "UNIT",
                List.of(org(1)),
                date("2024-08-05"),
                date("2025-08-05"),
                "CANCELLED",
                date("2024-09-30"));
        fixture.collaboration(case6, "TOP", List.of(), date("2026-02-01"), date("2026-12-31"), "ACTIVE", null);
        fixture.collaboration(case2, "TOP", List.of(), date("2024-06-30"), TODAY, "ACTIVE", null);

        fixture.activity(case1, "ada", date("2026-05-10"), "PHONE", "DONE", "REDUCE_SICK_LEAVE");
        fixture.activity(case1, "ada", date("2026-04-16"), "PHYSICAL_MEETING", "DONE", "REDUCE_SICK_LEAVE");
        fixture.activity(case1, "ada", date("2026-04-15"), "PHONE", "DONE", "REDUCE_SICK_LEAVE"); // before the window
        fixture.activity(case1, "ada", date("2026-05-16"), "PHONE", "DONE", null); // tomorrow
        fixture.activity(case3, "ada", date("2026-05-02"), "PHONE", "DONE", null); // helping on bo's case
        fixture.activity(case3, "bo", TODAY, "EMAIL", "DONE", "HELSE_I_ARBEID");
        fixture.activity(case3, "bo", date("2026-05-14"), "DIGITAL_MEETING", "PLANNED", null); // overdue
        fixture.activity(case3, "bo", TODAY, "DIGITAL_MEETING", "PLANNED", null); // due today: not overdue
        fixture.activity(case3, "bo", date("2026-05-01"), "PHONE", "CANCELLED", "HELSE_I_ARBEID");
        fixture.activity(case2, "ada", date("2026-05-01"), "PHYSICAL_MEETING", "PLANNED", null); // overdue
        fixture.activity(case6, "cy", date("2026-05-10"), "PHONE", "DONE", "REDUCE_SICK_LEAVE");
    }

    @AfterEach
    void removeThem() {
        LeadersFixture.remove(jdbc);
    }

    @Test
    void perAdviserOnlyTheUnitsCountsAreShown() {
        LeadersOverview overview = overviews.overview(null, SUPERUSER_A, TODAY);

        assertThat(overview.unit()).isEqualTo(UNIT_A);
        assertThat(overview.unitName()).isEqualTo("Lederenhet A");
        assertThat(overview.activitiesFrom()).isEqualTo(date("2026-04-16"));
        assertThat(overview.advisers()).extracting(Adviser::adviser).containsExactly("ada", "bo", null);
        assertThat(overview.advisers()).extracting(Adviser::name).containsExactly("Rådgiver ada", "Rådgiver bo", null);

        Adviser ada = overview.advisers().get(0);
        assertThat(ada.openCasesByStatus()).isEqualTo(Map.of("ASSISTING", 1, "MAPPING", 1));
        assertThat(ada.openCases()).isEqualTo(2);
        assertThat(ada.activeCollaborations()).isEqualTo(2);
        assertThat(ada.pastPlannedEnd()).isEqualTo(1);
        assertThat(ada.activitiesByChannel()).isEqualTo(Map.of("PHONE", 2, "PHYSICAL_MEETING", 1));
        assertThat(ada.activities()).isEqualTo(3);
        assertThat(ada.overduePlannedActivities()).isEqualTo(1);
        assertThat(ada.servicesDelivered()).isEqualTo(Map.of("REDUCE_SICK_LEAVE", 2));

        Adviser bo = overview.advisers().get(1);
        assertThat(bo.openCasesByStatus()).isEqualTo(Map.of("ASSISTING", 1));
        assertThat(bo.activeCollaborations()).isEqualTo(1);
        assertThat(bo.pastPlannedEnd()).isZero();
        assertThat(bo.activitiesByChannel()).isEqualTo(Map.of("EMAIL", 1));
        assertThat(bo.overduePlannedActivities()).isEqualTo(1);
        assertThat(bo.servicesDelivered()).isEqualTo(Map.of("HELSE_I_ARBEID", 1));

        Adviser nobody = overview.advisers().get(2);
        assertThat(nobody.openCasesByStatus()).isEqualTo(Map.of("CONTACTING", 1));
        assertThat(nobody.activeCollaborations()).isZero();

        Adviser total = overview.total();
        assertThat(total.openCasesByStatus()).isEqualTo(Map.of("ASSISTING", 2, "MAPPING", 1, "CONTACTING", 1));
        assertThat(total.openCases()).isEqualTo(4);
        assertThat(total.activeCollaborations()).isEqualTo(3);
        assertThat(total.pastPlannedEnd()).isEqualTo(1);
        assertThat(total.activities()).isEqualTo(4);
        assertThat(total.overduePlannedActivities()).isEqualTo(2);
    }

    @Test
    void thePortfolioCountsActiveCollaborationsWithAnEnterpriseThatMeetsEachOfTheUnitsRuleSets() {
        LeadersOverview overview = overviews.overview(UNIT_A, SUPERUSER_A, TODAY);

        assertThat(overview.portfolio().activeCollaborations()).isEqualTo(3);
        assertThat(overview.portfolio().ruleSets())
                .extracting(RuleSetShare::name, RuleSetShare::collaborations, RuleSetShare::share)
                .contains(
                        tuple("Minst 50 ansatte og minst 8 %", 1, 33.3), // k1
                        tuple("Minst 12 % og over 20 ansatte, eller minst 500 tapte dagsverk", 1, 33.3), // k2's case
                        tuple("Over 40 ansatte", 3, 100.0), // k1, k2's sub-unit, k6 (masked, but employees count)
                        tuple("Økende sykefravær", 1, 33.3), // k2
                        tuple(UNIT_A_RULE, 2, 66.7)); // k1, k2: masked k6 never meets a sick-leave condition
        assertThat(overview.portfolio().ruleSets())
                .extracting(RuleSetShare::name)
                .doesNotContain(UNIT_B_RULE);
        assertThat(overview.portfolio().ruleSets().stream()
                        .filter(r -> !r.preset())
                        .map(RuleSetShare::name))
                .containsExactly(UNIT_A_RULE);
    }

    @Test
    void turnoverCountsStartsAndEndsInEachOfTheLastEightQuarters() {
        List<Turnover> turnover = overviews.overview(UNIT_A, SUPERUSER_A, TODAY).turnover();

        assertThat(turnover)
                .containsExactly(
                        new Turnover("2024K3", 1, 1),
                        new Turnover("2024K4", 0, 0),
                        new Turnover("2025K1", 0, 0),
                        new Turnover("2025K2", 0, 0),
                        new Turnover("2025K3", 1, 0),
                        new Turnover("2025K4", 0, 1),
                        new Turnover("2026K1", 0, 0),
                        new Turnover("2026K2", 1, 0));
    }

    @Test
    void anAdminSeesAnotherUnitWithOnlyItsOwnFigures() {
        CurrentUser admin = new CurrentUser("admin", "Admin", Role.ADMIN, UNIT_A);
        LeadersOverview overview = overviews.overview(UNIT_B, admin, TODAY);

        assertThat(overview.advisers()).extracting(Adviser::adviser).containsExactly("cy");
        assertThat(overview.total().activeCollaborations()).isEqualTo(1);
        assertThat(overview.total().activitiesByChannel()).isEqualTo(Map.of("PHONE", 1));
        assertThat(overview.portfolio().ruleSets().stream()
                        .filter(r -> !r.preset())
                        .map(RuleSetShare::name)
                        .filter(Objects::nonNull))
                .containsExactly(UNIT_B_RULE);
        assertThat(overview.turnover()).extracting(Turnover::started).containsExactly(0, 0, 0, 0, 0, 0, 1, 0);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
