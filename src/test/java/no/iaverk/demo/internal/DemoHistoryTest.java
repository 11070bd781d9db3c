package no.iaverk.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.cases.CaseHistory;
import no.iaverk.cases.CollaborationHistory;
import no.iaverk.evaluation.EffectEstimate;
import no.iaverk.evaluation.EffectEvaluation;
import no.iaverk.evaluation.EffectFilter;
import no.iaverk.register.EnterpriseRegister;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.NavUnits;
import no.iaverk.statistics.StatisticsFixtures;
import no.iaverk.statistics.StatisticsImport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's assistance history as {@code mvn spring-boot:run} makes it, on a fixed day (so the same quarters and draws
 * every run): the assisted enterprises chosen from the figures before the effect, the statistics written with the
 * planted −1.0 point and imported, the cases recorded through the history services. Then the effect evaluation must
 * find the planted effect. Everything is removed afterwards, so other tests' estimates never see it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoHistoryTest {

    /** A day whose last ended quarter (2026K1) was published on 4 June 2026, before the tests ever run. */
    static final Clock DAY = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneId.of("Europe/Oslo"));

    static final LocalDate TODAY = LocalDate.now(DAY);
    static final double PLANTED = -1.0;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    EnterpriseRegister register;

    @Autowired
    StatisticsImport statisticsImport;

    @Autowired
    DemoCases demoCases;

    @Autowired
    CaseHistory caseHistory;

    @Autowired
    CollaborationHistory collaborationHistory;

    @Autowired
    NavUnits navUnits;

    @Autowired
    EffectEvaluation evaluation;

    DemoHistory.Recorded recorded;

    @Autowired
    DemoTrial demoTrial;

    @BeforeAll
    void theDemoWithItsHistory() {
        TestData.ensureExampleRegister(jdbc, registerImport);
        StatisticsFixtures.clear(jdbc);
        removeCases();
        var history = new DemoHistory(jdbc, register, caseHistory, collaborationHistory, navUnits, DAY);
        var assisted = history.choose(DemoDataLoader.SEED);
        new DemoDataLoader(register, registerImport, statisticsImport, demoCases, history, demoTrial, PLANTED, DAY)
                .loadStatistics(DemoHistory.effect(assisted, PLANTED));
        recorded = history.record(assisted, DemoDataLoader.SEED);
    }

    @AfterAll
    void removeTheDemo() {
        removeCases();
        StatisticsFixtures.clear(jdbc);
    }

    @Test
    void twenty_four_quarters_of_statistics_are_published() {
        assertThat(count("select count(*) from sick_leave_quarter where published_at is not null"))
                .isEqualTo(DemoDataLoader.DEMO_QUARTERS);
    }

    @Test
    void the_history_covers_at_least_60_workplaces_with_starts_spread_over_three_years() {
        System.out.println("Demo history: " + recorded);
        assertThat(recorded.workplaces()).isGreaterThanOrEqualTo(60);
        assertThat(count("""
                        select count(distinct w.org_number) from case_collaboration c
                        join register_workplace w on w.org_number in (
                            select u.org_number from case_collaboration_unit u
                            where u.collaboration_id = c.collaboration_id)
                          or (not exists (select 1 from case_collaboration_unit u
                                          where u.collaboration_id = c.collaboration_id)
                              and (w.org_number = c.org_number or w.parent_org_number = c.org_number))
                        """)).isGreaterThanOrEqualTo(60);
        Map<String, Object> starts = jdbc.sql("""
                        select min(coalesce(m.date, c.start_on)) as first, max(coalesce(m.date, c.start_on)) as last,
                               count(distinct date_trunc('quarter', coalesce(m.date, c.start_on))) as quarters
                        from case_collaboration c
                        left join case_collaboration_milestone m
                               on m.collaboration_id = c.collaboration_id and m.kind = 'ASSISTANCE_STARTED'
                        """).query().singleRow();
        assertThat(((java.sql.Date) starts.get("first")).toLocalDate()).isBefore(TODAY.minusMonths(30));
        assertThat(((java.sql.Date) starts.get("last")).toLocalDate()).isAfter(TODAY.minusMonths(6));
        assertThat(((Number) starts.get("quarters")).intValue())
                .isGreaterThanOrEqualTo(AssistanceSelection.QUARTERS - 2);
    }

    @Test
    void both_levels_all_service_areas_both_forms_and_every_kind_of_participation_are_there() {
        assertThat(strings("""
                        select distinct level || case when cardinality(unit_org_numbers) > 0 then ' listed' else '' end
                        from collaboration
                        """)).contains("TOP", "TOP listed", "UNIT");
        assertThat(strings("select distinct unnest(service_areas) from case_collaboration"))
                .containsExactlyInAnyOrder("REDUCE_SICK_LEAVE", "PREVENTIVE_WORK_ENVIRONMENT", "HELSE_I_ARBEID");
        assertThat(strings("select distinct assistance_form from case_collaboration"))
                .containsExactlyInAnyOrder("PROCESS", "KNOWLEDGE_TRANSFER");
        assertThat(strings("select distinct status from case_collaboration"))
                .containsExactlyInAnyOrder("ACTIVE", "COMPLETED", "CANCELLED");
        assertThat(strings("""
                        select distinct case when bool_or('STAFF' = any(participant_roles)) then 'ALL_STAFF'
                                             when bool_or('UNION_REPRESENTATIVE' = any(participant_roles)) then 'PARTY'
                                             else 'LEADERS' end
                        from case_activity where status = 'DONE' group by collaboration_id
                        """)).containsExactlyInAnyOrder("ALL_STAFF", "PARTY", "LEADERS");
        assertThat(count("select count(*) from case_collaboration_milestone where kind = 'ASSISTANCE_STARTED'"
                        + " and date is not null"))
                .isPositive();
        assertThat(count("select count(distinct unit_code) from case_summary")).isGreaterThanOrEqualTo(8);
    }

    @Test
    void each_case_stands_as_its_collaboration_ended_and_its_log_says_it_was_recorded_afterwards() {
        assertThat(strings("""
                        select distinct c.status || ' ' || s.status from case_collaboration c
                        join case_summary s on s.case_id = c.case_id
                        """))
                .containsExactlyInAnyOrder("ACTIVE ASSISTING", "COMPLETED COMPLETED", "CANCELLED NOT_RELEVANT");
        assertThat(count("select count(*) from case_event where recorded_at is null"))
                .isZero();
        assertThat(count("select count(*) from case_summary where opened_on > (select min(start_on)"
                        + " from case_collaboration c where c.case_id = case_summary.case_id)"))
                .isZero();
    }

    @Test
    void the_evaluation_finds_the_planted_effect_and_the_naive_figure_overstates_it() {
        EffectEstimate estimate = evaluation.estimate(EffectFilter.ALL);
        System.out.printf(
                "Demo estimate: treated %d, comparisons %d, first year %s, second year %s, pre-trend %s, naive %s%n",
                estimate.treated(),
                estimate.comparisons(),
                estimate.firstYear(),
                estimate.secondYear(),
                estimate.preTrend(),
                estimate.naiveBeforeAfter());

        assertThat(estimate.insufficientData()).isFalse();
        assertThat(estimate.firstYear()).isNotNull();
        assertThat(estimate.firstYear().ciLow()).isLessThan(PLANTED);
        assertThat(estimate.firstYear().ciHigh()).isGreaterThan(PLANTED);
        assertThat(estimate.firstYear().ciHigh())
                .as("clearly negative: the demo is big enough to show the effect, not just to allow it")
                .isNegative();
        assertThat(estimate.naiveBeforeAfter()).isNotNull();
        assertThat(estimate.naiveBeforeAfter().effect())
                .isLessThan(estimate.firstYear().effect());
    }

    private void removeCases() {
        jdbc.sql("""
                truncate survey_response, survey_answer, survey_participant, survey_question, survey_theme, survey,
                         ia_case, case_event, collaboration, collaboration_milestone, plan_item, activity cascade
                """).update();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private List<String> strings(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }
}
