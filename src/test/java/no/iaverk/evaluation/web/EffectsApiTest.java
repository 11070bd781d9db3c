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
 * {@code GET /api/evaluation/effects} and a collaboration's effect on a published history in the database: 200
 * workplaces over 16 quarters (2090–2093, far from every other test's quarters, removed afterwards), 20 of them assisted
 * one by one from the first quarter of 2092, when their sick leave falls by a planted 2.0 percentage points; and an
 * enterprise whose eight sub-units are assisted together by one TOP-level collaboration, one of them with a masked
 * quarter before start.
 */
@IntegrationTest
class EffectsApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aPublishedHistoryWithAssistedWorkplaces() {
        removeTheHistory();
        for (int year = 2090; year <= 2093; year++) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                int period = year * 10 + quarter;
                jdbc.sql("create table sick_leave_enterprise_p" + period + " partition of sick_leave_enterprise"
                                + " for values in (" + period + ")")
                        .update();
                jdbc.sql("insert into sick_leave_quarter (year, quarter, imported_at, published_at)"
                                + " values (:year, :quarter, now(), now())")
                        .param("year", year)
                        .param("quarter", quarter)
                        .update();
            }
        }
        jdbc.sql("""
                insert into enterprise (org_number, name, name_search, organisation_form, sub_unit, industry, sector)
                select (980000000 + i)::text, 'Virksomhet ' || i, 'virksomhet ' || i, 'AS', false,
                       case when i % 2 = 0 then '88' else '47' end, 3
                from generate_series(1, 200) i
                """).update();
        jdbc.sql("""
                insert into enterprise (org_number, name, name_search, organisation_form, sub_unit, parent_org_number,
                    industry, sector)
                select (980000300 + i)::text, 'Konsern ' || i, 'konsern ' || i, case when i = 0 then 'AS' else 'BEDR' end,
                       i > 0, case when i > 0 then '980000300' end, '88', 3
                from generate_series(0, 8) i
                """).update();
        // Each workplace has its own level; every quarter adds a little noise; the assisted fall 2 points from 2092.
        jdbc.sql("select setseed(0.42)").query().singleRow();
        jdbc.sql("""
                with workplace as (
                    select i, (980000000 + i)::text as org_number, 5 + (random() - 0.5) * 4 as level
                    from generate_series(1, 200) i
                )
                insert into sick_leave_enterprise (period, org_number, persons, lost, possible)
                select y * 10 + q, w.org_number, 40,
                       (w.level + (random() - 0.5)
                           - case when w.i % 10 = 0 and y >= 2092 then 2.0 else 0 end) / 100 * 2460,
                       2460
                from workplace w, generate_series(2090, 2093) y, generate_series(1, 4) q
                order by w.i, y, q
                """).update();
        jdbc.sql("""
                insert into sick_leave_enterprise (period, org_number, persons, lost, possible)
                select y * 10 + q, (980000300 + i)::text,
                       case when i = 2 and y = 2091 and q = 4 then 3 else 40 end,
                       (5 + i * 0.1 + (random() - 0.5) - case when y >= 2092 then 2.0 else 0 end) / 100 * 2460, 2460
                from generate_series(1, 8) i, generate_series(2090, 2093) y, generate_series(1, 4) q
                """).update();
        jdbc.sql("""
                with assisted as (
                    insert into ia_case (org_number, unit_code, background, status, owner, version, created_at,
                        changed_at)
                    select (980000000 + i)::text, 'ALS-TEST', 'CENTRE_INITIATIVE', 'ASSISTING', 'saksbehandler', 5,
                           now(), now()
                    from generate_series(10, 200, 10) i
                    returning id
                )
                insert into collaboration (case_id, name, level, initiated_by, service_areas, start_date,
                    planned_end_date, assistance_form, status, created_by, created_at)
                select id, 'Samarbeid', 'UNIT', 'CENTRE', '{REDUCE_SICK_LEAVE}', '2092-01-15', '2092-12-31',
                       'PROCESS', 'ACTIVE', 'saksbehandler', now()
                from assisted
                """).update();
        topLevelCase = jdbc.sql("""
                        insert into ia_case (org_number, unit_code, background, status, owner, version, created_at,
                            changed_at)
                        values ('980000300', 'ALS-TEST', 'CENTRE_INITIATIVE', 'ASSISTING', 'saksbehandler', 5, now(),
                            now())
                        returning id
                        """).query(Long.class).single();
        topLevelCollaboration =
                jdbc.sql("""
                        insert into collaboration (case_id, name, level, initiated_by, service_areas, start_date,
                            planned_end_date, assistance_form, status, created_by, created_at)
                        values (:caseId, 'Hele konsernet', 'TOP', 'CENTRE', '{REDUCE_SICK_LEAVE}', '2092-02-01',
                            '2093-01-31', 'PROCESS', 'ACTIVE', 'saksbehandler', now())
                        returning id
                        """).param("caseId", topLevelCase).query(Long.class).single();
    }

    long topLevelCase;
    long topLevelCollaboration;

    @AfterEach
    void removeTheHistory() {
        jdbc.sql("""
                delete from collaboration where case_id in
                    (select id from ia_case where org_number between '980000001' and '980000308')
                """).update();
        jdbc.sql("delete from ia_case where org_number between '980000001' and '980000308'")
                .update();
        jdbc.sql("delete from enterprise where org_number between '980000001' and '980000308'")
                .update();
        for (int year = 2090; year <= 2093; year++) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                jdbc.sql("drop table if exists sick_leave_enterprise_p" + (year * 10 + quarter))
                        .update();
            }
        }
        jdbc.sql("delete from sick_leave_quarter where year between 2090 and 2093")
                .update();
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
                .uri("/api/cases/{caseId}/collaborations/{id}/effect", topLevelCase, topLevelCollaboration)
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
        json.extractingPath("$.workplaces[0].orgNumber").isEqualTo("980000301");
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
                        .param("id", String.valueOf(topLevelCase))
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    @Test
    void a_collaboration_with_one_workplace_shows_it_but_gives_no_numbers() {
        long caseId = jdbc.sql("select id from ia_case where org_number = '980000010'")
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
                        .uri("/api/cases/{caseId}/collaborations/{id}/effect", topLevelCase + 1, topLevelCollaboration)
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
                    values ('980000011', 'ALS-TEST', 'CENTRE_INITIATIVE', 'ASSISTING', 'saksbehandler', 5, now(),
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
