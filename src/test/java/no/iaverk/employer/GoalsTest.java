package no.iaverk.employer;

import static no.iaverk.statistics.StatisticsFixtures.enterprise;
import static no.iaverk.statistics.StatisticsFixtures.files;
import static no.iaverk.statistics.StatisticsFixtures.metadata;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.math.BigDecimal;
import java.util.List;
import no.iaverk.BrregJson;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.imports.ImportProgress;
import no.iaverk.register.RegisterImport;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Goals on the real database, their status from NAV-shaped files through publication. A company with three sub-units,
 * 2024K1 published and 2024K2 imported:
 *
 * <ul>
 *   <li>A: 20 persons, 5 % (short term 2 %, long term 3 %);
 *   <li>B: 10 persons, 8 %;
 *   <li>M: 9 %, 10 persons in K1 but 3 in K2: masked there.
 * </ul>
 *
 * The company: K1 220 / 3000 = 7.33 %; year to K2 (M left out of K2) 350 / 5000 = 7.0 %.
 */
@IntegrationTest
class GoalsTest {

    static final Quarter Q1 = Quarter.of(2024, 1);
    static final Quarter Q2 = Quarter.of(2024, 2);
    static final String COMPANY = "920000002";
    static final String A = "920000010";
    static final String B = "920000029";
    static final String M = "920000037";
    static final String OTHER = "930000019";

    /** The test's employer represents the company and its sub-units, nothing else. */
    @TestConfiguration
    static class Scope {
        @Bean
        @Primary
        EmployerScope employerScope() {
            return new EmployerScope() {
                @Override
                public List<String> orgNumbers() {
                    return List.of(COMPANY, A, B, M);
                }

                @Override
                public String person() {
                    return "Kari Nordmann";
                }
            };
        }
    }

    @Autowired
    Goals goals;

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

    @BeforeEach
    void companyWithOneQuarterPublished() {
        jdbc.sql("truncate employer_goal_status, employer_goal").update();
        StatisticsFixtures.clear(jdbc);
        jdbc.sql("truncate enterprise").update();
        registerImport.run(
                List.of(TestData.text(
                        "register.json",
                        BrregJson.array(
                                BrregJson.legalUnit(COMPANY, "HANDEL AS", "AS", "2100", "4601"),
                                BrregJson.subUnit(A, "A GROSSIST", COMPANY, "46.130", 20),
                                BrregJson.subUnit(B, "B GROSSIST", COMPANY, "46.130", 10),
                                BrregJson.subUnit(M, "M GROSSIST", COMPANY, "46.130", 3)))),
                "test",
                ImportProgress.NONE);
        importQuarter(Q1, 10);
        publication.publish(Q1, "test");
        importQuarter(Q2, 3);
    }

    void importQuarter(Quarter q, int personsInM) {
        StatisticsFixtures.run(
                statisticsImport,
                files().with(
                                "virksomhet.json",
                                enterprise(A, q, 20, 50, 1000),
                                enterprise(B, q, 10, 80, 1000),
                                enterprise(M, q, personsInM, 90, 1000))
                        .with(
                                "virksomhet_metadata.json",
                                metadata(A, q, "3", "46.130"),
                                metadata(B, q, "3", "46.130"),
                                metadata(M, q, "3", "46.130"))
                        .asJsonFiles());
    }

    Goal create(String org, GoalMetric metric, String target, String tolerance, int year) {
        return goals.create(
                OrgNumber.of(org),
                new NewGoal("Mål for " + org, metric.name(), new BigDecimal(target), new BigDecimal(tolerance), year),
                "Kari Nordmann");
    }

    Goal reread(Goal goal) {
        return goals.forEnterprise(OrgNumber.of(goal.orgNumber())).stream()
                .filter(g -> g.id() == goal.id())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_new_goal_gets_its_status_from_the_year_so_far_compared_unrounded() {
        Goal company = create(COMPANY, GoalMetric.SICK_LEAVE_PERCENT, "7.0", "0.5", 2024);
        assertThat(company.status()).isEqualTo(GoalStatus.YELLOW); // 7.33 ≤ 7.5
        assertThat(company.value()).isEqualByComparingTo("7.3");
        assertThat(company.quarter()).isEqualTo(Q1);
        assertThat(company.history()).extracting(Goal.Evaluation::quarter).containsExactly(Q1);

        // Shown as 7,3 but 7.33 is above a target of 7.3 without tolerance.
        assertThat(create(COMPANY, GoalMetric.SICK_LEAVE_PERCENT, "7.3", "0", 2024)
                        .status())
                .isEqualTo(GoalStatus.RED);
        // Green at exactly the target; yellow at exactly target + tolerance.
        assertThat(create(A, GoalMetric.SHORT_TERM_PERCENT, "2.0", "0", 2024).status())
                .isEqualTo(GoalStatus.GREEN);
        Goal longTerm = create(A, GoalMetric.LONG_TERM_PERCENT, "2.9", "0.1", 2024);
        assertThat(longTerm.status()).isEqualTo(GoalStatus.YELLOW);
        assertThat(longTerm.value()).isEqualByComparingTo("3.0");
        assertThat(create(B, GoalMetric.SICK_LEAVE_PERCENT, "7.9", "0", 2024).status())
                .isEqualTo(GoalStatus.RED);

        Goal future = create(COMPANY, GoalMetric.SICK_LEAVE_PERCENT, "6", "0", 2026);
        assertThat(future.status()).isEqualTo(GoalStatus.NONE);
        assertThat(future.reason()).isEqualTo(GoalStatus.Reason.NOT_PUBLISHED);
        assertThat(future.value()).isNull();
        assertThat(future.history()).isEmpty();
    }

    @Test
    void publishing_a_quarter_stores_each_goals_status_once_and_masks_what_must_be() {
        Goal company = create(COMPANY, GoalMetric.SICK_LEAVE_PERCENT, "7.0", "0.5", 2024);
        Goal masked = create(M, GoalMetric.SICK_LEAVE_PERCENT, "10", "0", 2024);
        assertThat(masked.status()).isEqualTo(GoalStatus.GREEN); // 9 % in K1, when M had 10 persons

        publication.publish(Q2, "test");

        company = reread(company);
        // The legal unit is the sum of its visible sub-units: M is left out of K2 and counted.
        assertThat(company.value()).isEqualByComparingTo("7.0");
        assertThat(company.status()).isEqualTo(GoalStatus.GREEN);
        assertThat(company.quarter()).isEqualTo(Q2);
        assertThat(company.maskedSubUnits()).isEqualTo(1);
        assertThat(company.history())
                .extracting(Goal.Evaluation::quarter, Goal.Evaluation::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Q1, GoalStatus.YELLOW),
                        org.assertj.core.groups.Tuple.tuple(Q2, GoalStatus.GREEN));

        masked = reread(masked);
        assertThat(masked.status()).isEqualTo(GoalStatus.NONE);
        assertThat(masked.reason()).isEqualTo(GoalStatus.Reason.MASKED);
        assertThat(masked.value()).isNull();
        assertThat(masked.history().get(1).value()).isNull();
        assertThat(jdbc.sql("select value is null from employer_goal_status where goal_id = :id and quarter = 2")
                        .param("id", masked.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();

        // Publishing again (or a re-import's refresh) overwrites the quarter's row instead of adding one.
        publication.publish(Q2, "test");
        publication.refresh();
        assertThat(jdbc.sql("select count(*) from employer_goal_status")
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void the_api_sets_lists_and_removes_goals_of_the_enterprises_the_employer_represents() {
        String goalsOf = "/api/employer/enterprises/" + COMPANY + "/goals";
        assertThat(mvc.post()
                        .uri(goalsOf)
                        .with(httpBasic("arbeidsgiver", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"description": "Sykefravær ≤ 7,0 % i 2024", "metric": "SICK_LEAVE_PERCENT",
                                 "target": 7.0, "tolerance": 0.5, "year": 2024}"""))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.id").isNotNull();
                    assertThat(json).extractingPath("$.status").isEqualTo("YELLOW");
                    assertThat(json).extractingPath("$.createdBy").isEqualTo("Kari Nordmann");
                    assertThat(json).extractingPath("$.history[0].status").isEqualTo("YELLOW");
                });
        long id = goals.forEnterprise(OrgNumber.of(COMPANY)).get(0).id();

        jdbc.sql("truncate audit_event").update();
        assertThat(mvc.get().uri(goalsOf).with(httpBasic("arbeidsgiver", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].description")
                .isEqualTo("Sykefravær ≤ 7,0 % i 2024");
        assertThat(jdbc.sql("select count(*) from audit_event where :org = any(enterprises)")
                        .param("org", COMPANY)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        assertThat(mvc.delete().uri(goalsOf + "/" + id).with(httpBasic("arbeidsgiver", "demo")))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(goals.forEnterprise(OrgNumber.of(COMPANY))).isEmpty();
        // Kept as removed, with its history.
        assertThat(jdbc.sql("select removed_by from employer_goal where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Kari Nordmann");
        assertThat(mvc.delete().uri(goalsOf + "/" + id).with(httpBasic("arbeidsgiver", "demo")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void wrong_fields_are_named_in_norwegian_and_other_enterprises_and_nav_users_are_refused() {
        String goalsOf = "/api/employer/enterprises/" + COMPANY + "/goals";
        assertThat(mvc.post()
                        .uri(goalsOf)
                        .with(httpBasic("arbeidsgiver", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"description": " ", "metric": "HAPPINESS", "target": 101, "tolerance": -1,
                                 "year": 1999}"""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json)
                            .extractingPath("$.errors.description")
                            .asString()
                            .contains("Skriv hva målet er");
                    assertThat(json)
                            .extractingPath("$.errors.metric")
                            .asString()
                            .contains("Velg hva målet gjelder");
                    assertThat(json)
                            .extractingPath("$.errors.target")
                            .asString()
                            .contains("fra 0 til 100");
                    assertThat(json)
                            .extractingPath("$.errors.tolerance")
                            .asString()
                            .contains("fra 0 til 10");
                    assertThat(json).extractingPath("$.errors.year").asString().contains("fra 2000 til");
                });
        assertThat(mvc.post()
                        .uri(goalsOf)
                        .with(httpBasic("arbeidsgiver", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\": \"" + "x".repeat(201) + "\", \"metric\": \"SICK_LEAVE_PERCENT\","
                                + " \"target\": 7, \"year\": 2024}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.description")
                .asString()
                .contains("høyst 200 tegn");
        assertThat(jdbc.sql("select count(*) from employer_goal")
                        .query(Integer.class)
                        .single())
                .isZero();

        assertThat(mvc.get()
                        .uri("/api/employer/enterprises/" + OTHER + "/goals")
                        .with(httpBasic("arbeidsgiver", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.post()
                        .uri("/api/employer/enterprises/" + OTHER + "/goals")
                        .with(httpBasic("arbeidsgiver", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\": \"x\", \"metric\": \"SICK_LEAVE_PERCENT\", \"target\": 7,"
                                + " \"year\": 2024}"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(goalsOf).with(httpBasic("saksbehandler", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}
