package no.iaverk.reports;

import static no.iaverk.reports.LeadersFixture.UNIT_A;
import static no.iaverk.reports.LeadersFixture.UNIT_B;
import static no.iaverk.reports.LeadersFixture.UNIT_B_RULE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.security.IaverkUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Who may see the leaders' overview, through {@code GET /api/reports/leaders} and the page {@code /rapporter/leder}:
 * superusers their own unit, admins any unit, nobody below. The counts themselves: {@link LeadersOverviewTest}.
 */
@IntegrationTest
class LeadersAccessTest {

    static final IaverkUser READER = TestUsers.of("leser", Role.READER, UNIT_A);
    static final IaverkUser CASEWORKER = TestUsers.of("saksbehandler", Role.CASEWORKER, UNIT_A);
    static final IaverkUser SUPERUSER = TestUsers.of("superbruker", Role.SUPERUSER, UNIT_A);
    static final IaverkUser ADMIN = TestUsers.of("admin", Role.ADMIN, UNIT_A);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void twoUnits() {
        LeadersFixture fixture = new LeadersFixture(jdbc);
        fixture.units();
        long own = fixture.caseOf(LeadersFixture.org(1), UNIT_A, "ASSISTING", "ada");
        fixture.caseOf(LeadersFixture.org(2), UNIT_B, "MAPPING", "cy");
        fixture.collaboration(
                own, "TOP", List.of(), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30), "ACTIVE", null);
    }

    @AfterEach
    void removeThem() {
        LeadersFixture.remove(jdbc);
    }

    @Test
    void readersAndCaseworkersAreRefused() {
        assertThat(mvc.get().uri("/api/reports/leaders").with(user(READER))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/reports/leaders").with(user(CASEWORKER))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/rapporter/leder").with(user(READER))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/rapporter/leder").with(user(CASEWORKER))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aSuperuserSeesTheOwnUnitOnlyAndAnotherUnitIsAProblemDetail() {
        assertThat(mvc.get().uri("/api/reports/leaders").with(user(SUPERUSER)))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.unit", unit -> assertThat(unit).asString().isEqualTo(UNIT_A))
                .hasPathSatisfying(
                        "$.total.activeCollaborations",
                        n -> assertThat(n).asNumber().isEqualTo(1))
                .hasPathSatisfying(
                        "$.total.pastPlannedEnd", n -> assertThat(n).asNumber().isEqualTo(1))
                .hasPathSatisfying(
                        "$.turnover.length()", n -> assertThat(n).asNumber().isEqualTo(8));
        assertThat(mvc.get().uri("/api/reports/leaders?unit=" + UNIT_A).with(user(SUPERUSER)))
                .hasStatusOk();

        MvcTestResult other = mvc.get()
                .uri("/api/reports/leaders?unit=" + UNIT_B)
                .with(user(SUPERUSER))
                .exchange();
        assertThat(other).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(other.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(mvc.get().uri("/rapporter/leder?unit=" + UNIT_B).with(user(SUPERUSER)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anAdminChoosesAnyUnitAndAnUnknownOneIsNotFound() {
        assertThat(mvc.get().uri("/api/reports/leaders?unit=" + UNIT_B).with(user(ADMIN)))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying(
                        "$.unitName", name -> assertThat(name).asString().isEqualTo("Lederenhet B"))
                .hasPathSatisfying(
                        "$.total.openCases", n -> assertThat(n).asNumber().isEqualTo(1));
        assertThat(mvc.get().uri("/api/reports/leaders?unit=FINNES-IKKE").with(user(ADMIN)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void thePageShowsTheTablesAndTheChartInNorwegian() throws Exception {
        String page = page(SUPERUSER, "/rapporter/leder");
        assertThat(page)
                .contains("Lederoversikt for Lederenhet A", "Per rådgiver", "Rådgiver", "Vi bistår", "Kartlegges")
                .contains("Aktive samarbeid", "Passert planlagt slutt", "Forfalte planlagte aktiviteter")
                .contains("Telefon", "Redusere sykefravær", "Porteføljen mot regelsettene", "Over 40 ansatte")
                .contains("data-bar-chart=", "3. kvartal 2026", "/js/reports.js")
                .contains(">Rådgiver ada</th>", "title=\"ada\"", "Sum")
                .doesNotContain("Rådgiver cy", UNIT_B_RULE, "name=\"unit\"", "??");

        String admin = page(ADMIN, "/rapporter/leder?unit=" + UNIT_B);
        assertThat(admin)
                .contains("Lederoversikt for Lederenhet B", ">Rådgiver cy</th>", UNIT_B_RULE, "name=\"unit\"")
                .doesNotContain("Rådgiver ada", "??");
    }

    private String page(IaverkUser who, String path) throws Exception {
        MvcTestResult result = mvc.get().uri(path).with(user(who)).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
