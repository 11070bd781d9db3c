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
 * {@code GET /api/evaluation/effects} on a published history in the database: 200 workplaces over 16 quarters
 * (2090–2093, far from every other test's quarters, removed afterwards), 20 of them assisted from the first quarter
 * of 2092, when their sick leave falls by a planted 2.0 percentage points.
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
    }

    @AfterEach
    void removeTheHistory() {
        jdbc.sql("""
                delete from collaboration where case_id in
                    (select id from ia_case where org_number between '980000001' and '980000200')
                """).update();
        jdbc.sql("delete from ia_case where org_number between '980000001' and '980000200'")
                .update();
        jdbc.sql("delete from enterprise where org_number between '980000001' and '980000200'")
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
        assertThat(response).bodyJson().extractingPath("$.treated").isEqualTo(20);
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
        var response = mvc.get().uri("/api/evaluation/effects?level=TOP").with(user(TestUsers.reader()));

        assertThat(response).hasStatusOk();
        assertThat(response).bodyJson().extractingPath("$.insufficientData").isEqualTo(true);
        assertThat(response).bodyJson().extractingPath("$.treated").isEqualTo(0);
        assertThat(response).bodyJson().extractingPath("$.firstYear").isNull();
        assertThat(response).bodyJson().extractingPath("$.quarters").asArray().isEmpty();
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
