package no.iaverk.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import no.iaverk.IntegrationTest;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * {@code GET /api/evaluation/effects} and a collaboration's effect on the published {@link AssistedHistory}, removed
 * afterwards.
 */
@IntegrationTest
class EffectsApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    AssistedHistory history;

    @BeforeEach
    void aPublishedHistoryWithAssistedWorkplaces() {
        history = AssistedHistory.create(jdbc);
    }

    @AfterEach
    void removeTheHistory() {
        AssistedHistory.remove(jdbc);
    }

    @Test
    void the_planted_effect_is_in_the_first_year_s_interval_and_the_read_is_audit_logged() {
        var response = mvc.get().uri("/api/evaluation/effects").with(user(TestUsers.reader()));

        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().extractingPath("$.method").isEqualTo("staggered-did-knn5-cluster-bootstrap");
        assertThat(response).bodyJson().extractingPath("$.insufficientData").isEqualTo(false);
        // The 20 and seven of the eight sub-units: one has a masked quarter before start.
        assertThat(response).bodyJson().extractingPath("$.treated").isEqualTo(27);
        assertThat(response)
                .bodyJson()
                .extractingPath("$.firstYear.ciLow")
                .asNumber()
                .satisfies(low -> assertThat(low.doubleValue()).isLessThan(-2.0));
        assertThat(response)
                .bodyJson()
                .extractingPath("$.firstYear.ciHigh")
                .asNumber()
                .satisfies(high -> assertThat(high.doubleValue()).isGreaterThan(-2.0));
        assertThat(response)
                .bodyJson()
                .extractingPath("$.quarters[0].relativeQuarter")
                .isEqualTo(-8);
        assertThat(jdbc.sql("select count(*) from audit_event where resource_type = 'EFFECT_ESTIMATE'")
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    @Test
    void a_filter_that_leaves_fewer_than_five_treated_gives_no_numbers() {
        var response = mvc.get()
                .uri("/api/evaluation/effects?serviceArea=HELSE_I_ARBEID")
                .with(user(TestUsers.reader()));

        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().extractingPath("$.insufficientData").isEqualTo(true);
        assertThat(response).bodyJson().extractingPath("$.treated").isEqualTo(0);
        assertThat(response).bodyJson().extractingPath("$.firstYear").isNull();
        assertThat(response).bodyJson().extractingPath("$.quarters").asArray().isEmpty();
    }

    @Test
    void a_collaboration_shows_its_workplaces_against_their_comparisons_and_a_descriptive_estimate() {
        var response = mvc.get()
                .uri(
                        "/api/cases/{caseId}/collaborations/{id}/effect",
                        history.topLevelCase(),
                        history.topLevelCollaboration())
                .with(user(TestUsers.reader()));

        assertThat(response).hasStatusOk();
        var json = assertThat(response).bodyJson();
        json.extractingPath("$.method").isEqualTo("staggered-did-knn5-workplace-bootstrap-descriptive");
        json.extractingPath("$.descriptive").isEqualTo(true);
        json.extractingPath("$.insufficientData").isEqualTo(false);
        json.extractingPath("$.treated").isEqualTo(7);
        json.extractingPath("$.startQuarter").isEqualTo("2092K1");
        json.extractingPath("$.firstYear.effect")
                .asNumber()
                .satisfies(effect -> assertThat(effect.doubleValue()).isBetween(-2.5, -1.5));
        json.extractingPath("$.workplaces").asArray().hasSize(8);
        json.extractingPath("$.workplaces[0].orgNumber").isEqualTo("981000301");
        json.extractingPath("$.workplaces[0].status").isEqualTo("STUDIED");
        json.extractingPath("$.workplaces[0].comparisons").isEqualTo(5);
        json.extractingPath("$.workplaces[0].quarters[0].relativeQuarter").isEqualTo(-8);
        json.extractingPath("$.workplaces[0].quarters[0].quarter").isEqualTo("2090K1");
        // The masked quarter −1 has no figure, so the workplace has no baseline and no comparisons.
        json.extractingPath("$.workplaces[1].status").isEqualTo("NO_BASELINE");
        json.extractingPath("$.workplaces[1].quarters[7].relativeQuarter").isEqualTo(-1);
        json.extractingPath("$.workplaces[1].quarters[7].percent").isNull();
        json.extractingPath("$.workplaces[1].quarters[7].comparisonMean").isNull();
        json.extractingPath("$.series[8].relativeQuarter").isEqualTo(0);
        json.extractingPath("$.series[8].workplaces").isEqualTo(7);
        json.extractingPath("$.series[8].percent")
                .asNumber()
                .satisfies(p -> assertThat(p.doubleValue()).isLessThan(4.5));
        json.extractingPath("$.series[8].comparisonMean")
                .asNumber()
                .satisfies(p -> assertThat(p.doubleValue()).isGreaterThan(4.5));
        assertThat(jdbc.sql("select count(*) from audit_event where resource_type = 'CASE' and resource_id = :id")
                        .param("id", String.valueOf(history.topLevelCase()))
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    @Test
    void a_collaboration_with_one_workplace_shows_it_but_gives_no_numbers() {
        long caseId = jdbc.sql("select id from ia_case where org_number = '981000010'")
                .query(Long.class)
                .single();
        long collaborationId = jdbc.sql("select id from collaboration where case_id = :caseId")
                .param("caseId", caseId)
                .query(Long.class)
                .single();

        var json = assertThat(mvc.get()
                        .uri("/api/cases/{caseId}/collaborations/{id}/effect", caseId, collaborationId)
                        .with(user(TestUsers.reader())))
                .bodyJson();

        json.extractingPath("$.insufficientData").isEqualTo(true);
        json.extractingPath("$.treated").isEqualTo(1);
        json.extractingPath("$.firstYear").isNull();
        json.extractingPath("$.workplaces[0].status").isEqualTo("STUDIED");
        json.extractingPath("$.series[8].workplaces").isEqualTo(1);
    }

    @Test
    void a_collaboration_of_another_case_is_not_found() {
        assertThat(mvc.get()
                        .uri(
                                "/api/cases/{caseId}/collaborations/{id}/effect",
                                history.topLevelCase() + 1,
                                history.topLevelCollaboration())
                        .with(user(TestUsers.reader())))
                .hasStatus(404)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("Fant ikke samarbeid");
    }

    @Test
    void a_new_collaboration_counts_at_once_although_estimates_are_kept() {
        var before = mvc.get().uri("/api/evaluation/effects").with(user(TestUsers.reader()));
        assertThat(before).bodyJson().extractingPath("$.treated").isEqualTo(27);

        jdbc.sql("""
                with assisted as (
                    insert into ia_case (org_number, unit_code, background, status, owner, version, created_at,
                        changed_at)
                    values ('981000011', 'ALS-TEST', 'CENTRE_INITIATIVE', 'ASSISTING', 'saksbehandler', 5, now(),
                        now())
                    returning id
                )
                insert into collaboration (case_id, name, level, initiated_by, service_areas, start_date,
                    planned_end_date, assistance_form, status, created_by, created_at)
                select id, 'Samarbeid', 'UNIT', 'CENTRE', '{REDUCE_SICK_LEAVE}', '2092-04-15', '2092-12-31',
                       'PROCESS', 'ACTIVE', 'saksbehandler', now()
                from assisted
                """).update();

        var after = mvc.get().uri("/api/evaluation/effects").with(user(TestUsers.reader()));
        assertThat(after).bodyJson().extractingPath("$.treated").isEqualTo(28);
    }

    @Test
    void a_bad_parameter_is_a_400_naming_it() {
        assertThat(mvc.get().uri("/api/evaluation/effects?level=MIDDLE").with(user(TestUsers.reader())))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("level");
        assertThat(mvc.get().uri("/api/evaluation/effects?startFrom=2092-13-01").with(user(TestUsers.reader())))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("startFrom");
    }
}
