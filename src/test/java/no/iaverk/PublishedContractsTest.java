package no.iaverk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import no.iaverk.statistics.SickLeave;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published views say what docs/architecture.md promises: the statistics history holds published quarters only
 * and masks rows as the snapshot does, the register's view carries the institutional sector, and the cases' views
 * give collaborations with their units and milestones, and activity facts, in Norway's dates (the surveys' view:
 * SurveyThemeResultViewTest). Each case writes its
 * rows in a transaction that is rolled back, so other tests never see them.
 */
@IntegrationTest
class PublishedContractsTest {

    private static final int MIN = SickLeave.MIN_PERSONS;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void the_statistics_history_holds_published_quarters_only_with_masked_rows_nulled() {
        inRolledBackTransaction(() -> {
            jdbc.sql(
                            "create table sick_leave_enterprise_p20911 partition of sick_leave_enterprise for values in (20911)")
                    .update();
            jdbc.sql(
                            "create table sick_leave_enterprise_p20912 partition of sick_leave_enterprise for values in (20912)")
                    .update();
            jdbc.sql("""
                    insert into sick_leave_quarter (year, quarter, imported_at, published_at) values
                        (2091, 1, now(), now()), (2091, 2, now(), null)
                    """).update();
            jdbc.sql("""
                    insert into sick_leave_enterprise (period, org_number, persons, lost, possible) values
                        (20911, '999000001', :min, 10, 200), (20911, '999000002', :min - 1, 3, 60),
                        (20912, '999000001', :min, 12, 200)
                    """).param("min", MIN).update();
            jdbc.sql("""
                    insert into sick_leave_category (year, quarter, category, code, persons, lost, possible, computed,
                        suppressed) values
                        (2091, 1, 'INDUSTRY', '86', 40, 100, 2000, false, false),
                        (2091, 1, 'SECTOR', '1', 4, 5, 80, false, true),
                        (2091, 2, 'INDUSTRY', '86', 40, 100, 2000, false, false)
                    """).update();

            assertThat(jdbc.sql("""
                            select org_number, quarter, persons, lost, possible, masked
                            from statistics_enterprise_quarter where year = 2091 order by org_number, quarter
                            """).query().listOfRows())
                    .map(row -> List.of(
                            row.get("org_number"),
                            row.get("quarter"),
                            String.valueOf(row.get("persons")),
                            String.valueOf(row.get("lost")),
                            String.valueOf(row.get("possible")),
                            row.get("masked")))
                    .containsExactly(
                            List.of("999000001", 1, String.valueOf(MIN), "10.000000", "200.000000", false),
                            List.of("999000002", 1, "null", "null", "null", true));

            assertThat(jdbc.sql("""
                            select category, code, quarter, persons, lost, masked, computed
                            from statistics_category_quarter where year = 2091 order by category
                            """).query().listOfRows())
                    .map(row -> List.of(
                            row.get("category"),
                            row.get("quarter"),
                            String.valueOf(row.get("persons")),
                            String.valueOf(row.get("lost")),
                            row.get("masked")))
                    .containsExactly(
                            List.of("INDUSTRY", 1, "40", "100.000000", false),
                            List.of("SECTOR", 1, "null", "null", true));
        });
    }

    @Test
    void the_register_view_carries_the_institutional_sector_code_and_the_organisation_form() {
        inRolledBackTransaction(() -> {
            jdbc.sql("""
                    insert into enterprise (org_number, name, name_search, organisation_form, sub_unit,
                        institutional_sector_code, sector)
                    values ('999000003', 'Statsforetaket', 'statsforetaket', 'SF', false, '6100', 1)
                    """).update();
            assertThat(jdbc.sql(
                                    "select institutional_sector_code from register_enterprise where org_number = '999000003'")
                            .query(String.class)
                            .single())
                    .isEqualTo("6100");
            assertThat(jdbc.sql(
                                    "select institutional_sector_code from register_workplace where org_number = '999000003'")
                            .query(String.class)
                            .single())
                    .isEqualTo("6100");
            assertThat(jdbc.sql("select organisation_form from register_workplace where org_number = '999000003'")
                            .query(String.class)
                            .single())
                    .isEqualTo("SF");
        });
    }

    @Test
    void the_cases_views_give_cases_collaborations_units_milestones_and_activities_in_norways_dates() {
        inRolledBackTransaction(() -> {
            long caseId = jdbc.sql("""
                            insert into ia_case (org_number, unit_code, background, status, owner, owner_name,
                                version, created_at, changed_at, closed_at)
                            values ('999000004', 'ALS-TEST', 'CENTRE_INITIATIVE', 'COMPLETED', 'saksbehandler',
                                'Saksbehandler', 5,
                                '2091-03-01T23:30:00Z', '2091-06-30T10:00:00Z', '2091-06-30T22:30:00Z')
                            returning id
                            """).query(Long.class).single();
            long collaborationId =
                    jdbc.sql("""
                            insert into collaboration (case_id, name, level, unit_org_numbers, initiated_by,
                                service_areas, start_date, planned_end_date, assistance_form, status, ended_at,
                                created_by, created_at)
                            values (:case, 'Avdelingene', 'UNIT', '{999000005,999000006}', 'ENTERPRISE',
                                '{SICK_LEAVE_WORK}', '2091-03-10', '2091-09-30', 'PROCESS', 'COMPLETED',
                                '2091-06-29T22:15:00Z', 'saksbehandler', now())
                            returning id
                            """).param("case", caseId).query(Long.class).single();
            jdbc.sql("""
                    insert into collaboration_milestone (collaboration_id, kind, date, not_relevant) values
                        (:id, 'PLAN_AGREED', '2091-03-20', false)
                    """).param("id", collaborationId).update();
            jdbc.sql("""
                    insert into activity (case_id, collaboration_id, starts_at, channel, participant_roles,
                        unit_count, status, owner, owner_name, created_at)
                    values (:case, :collaboration, '2091-04-01T22:30:00Z', 'GATHERING', '{LEADER,UNION_REPRESENTATIVE}',
                        2, 'DONE', 'saksbehandler', 'Saksbehandler', now())
                    """)
                    .param("case", caseId)
                    .param("collaboration", collaborationId)
                    .update();

            expectRow(
                    "select * from case_summary where case_id = " + caseId,
                    row -> assertThat(row)
                            .containsEntry("org_number", "999000004")
                            .containsEntry("unit_code", "ALS-TEST")
                            .containsEntry("owner", "saksbehandler")
                            .containsEntry("owner_name", "Saksbehandler")
                            .containsEntry("status", "COMPLETED")
                            .containsEntry("opened_on", java.sql.Date.valueOf(LocalDate.of(2091, 3, 2)))
                            .containsEntry("closed_on", java.sql.Date.valueOf(LocalDate.of(2091, 7, 1))));
            expectRow(
                    "select * from case_collaboration where collaboration_id = " + collaborationId,
                    row -> assertThat(row)
                            .containsEntry("case_id", caseId)
                            .containsEntry("org_number", "999000004")
                            .containsEntry("level", "UNIT")
                            .containsEntry("initiated_by", "ENTERPRISE")
                            .containsEntry("assistance_form", "PROCESS")
                            .containsEntry("start_on", java.sql.Date.valueOf(LocalDate.of(2091, 3, 10)))
                            .containsEntry("planned_end_on", java.sql.Date.valueOf(LocalDate.of(2091, 9, 30)))
                            .containsEntry("ended_on", java.sql.Date.valueOf(LocalDate.of(2091, 6, 30)))
                            .containsEntry("status", "COMPLETED")
                            .containsEntry("trial_id", null)
                            .containsEntry("trial_arm", null));
            assertThat(jdbc.sql("select org_number from case_collaboration_unit where collaboration_id = :id"
                                    + " order by org_number")
                            .param("id", collaborationId)
                            .query(String.class)
                            .list())
                    .containsExactly("999000005", "999000006");
            expectRow(
                    "select * from case_collaboration_milestone where collaboration_id = " + collaborationId,
                    row -> assertThat(row)
                            .containsEntry("kind", "PLAN_AGREED")
                            .containsEntry("date", java.sql.Date.valueOf(LocalDate.of(2091, 3, 20))));
            expectRow(
                    "select * from case_activity where case_id = " + caseId,
                    row -> assertThat(row)
                            .containsEntry("collaboration_id", collaborationId)
                            .containsEntry("owner", "saksbehandler")
                            .containsEntry("owner_name", "Saksbehandler")
                            .containsEntry("date", java.sql.Date.valueOf(LocalDate.of(2091, 4, 2)))
                            .containsEntry("channel", "GATHERING")
                            .containsEntry("unit_count", 2)
                            .containsEntry("status", "DONE"));
        });
    }

    @Test
    void the_trials_view_gives_every_workplace_of_a_running_before_contact_trials_allocated_legal_units_with_its_arm() {
        inRolledBackTransaction(() -> {
            long beforeContact = allocatedTrial("BEFORE_CONTACT", "RUNNING");
            long amongWilling = allocatedTrial("AMONG_WILLING", "RUNNING");
            long closed = allocatedTrial("BEFORE_CONTACT", "CLOSED");

            assertThat(jdbc.sql("select * from trial_outreach where trial_id in (:ids) order by org_number")
                            .param("ids", List.of(beforeContact, amongWilling, closed))
                            .query()
                            .listOfRows())
                    .map(row -> List.of(
                            row.get("org_number"),
                            row.get("legal_unit"),
                            row.get("trial_id"),
                            row.get("trial_name"),
                            row.get("arm_code"),
                            row.get("arm_name"),
                            row.get("outreach")))
                    .containsExactly(
                            List.of("999000011", "999000010", beforeContact, "Før kontakt", "NONE", "Ingen", false),
                            List.of("999000012", "999000010", beforeContact, "Før kontakt", "NONE", "Ingen", false));
        });
    }

    /** A trial whose legal unit 999000010 (workplaces 999000011 and 999000012) is allocated to its control arm. */
    private long allocatedTrial(String design, String status) {
        long id = jdbc.sql("""
                insert into trial (name, question, design, filters, strata, status, created_by, created_at)
                values ('Før kontakt', 'Virker det?', :design, '{}', '{}', 'DRAFT', 'superbruker', now())
                returning id
                """).param("design", design).query(Long.class).single();
        jdbc.sql("""
                insert into trial_arm (trial_id, position, code, name, planned_months, participation, digital_only,
                    max_adviser_hours, description, ratio, outreach) values
                    (:id, 1, 'OFFER', 'Tilbud', 6, 'ALL_STAFF', false, 20, 'Tilbud om bistand', 1, true),
                    (:id, 2, 'NONE', 'Ingen', null, null, null, null, 'Ingen oppsøking', 1, false)
                """).param("id", id).update();
        for (String statement : List.of(
                "insert into trial_eligible (trial_id, org_number, legal_unit, baseline_quarters) values"
                        + " (:id, '999000011', '999000010', 4), (:id, '999000012', '999000010', 4)",
                "insert into trial_unit (trial_id, legal_unit, stratum) values (:id, '999000010', 'ALL')",
                "insert into trial_stratum (trial_id, code, units) values (:id, 'ALL', 1)",
                "insert into trial_slot (trial_id, stratum, position, arm_code) values (:id, 'ALL', 1, 'NONE')",
                "insert into trial_allocation (trial_id, legal_unit, org_number, stratum, position, arm_code,"
                        + " allocated_by, allocated_at) values (:id, '999000010', '999000010', 'ALL', 1, 'NONE',"
                        + " 'test', now())")) {
            jdbc.sql(statement).param("id", id).update();
        }
        jdbc.sql("update trial set status = :status where id = :id")
                .param("id", id)
                .param("status", status)
                .update();
        return id;
    }

    @Test
    void the_statistics_views_split_lost_workdays_into_short_and_long_term_and_null_them_when_masked() {
        inRolledBackTransaction(() -> {
            jdbc.sql(
                            "create table sick_leave_enterprise_p20913 partition of sick_leave_enterprise for values in (20913)")
                    .update();
            jdbc.sql("insert into sick_leave_quarter (year, quarter, imported_at, published_at)"
                            + " values (2091, 3, now(), now())")
                    .update();
            jdbc.sql("""
                    insert into sick_leave_enterprise (period, org_number, persons, lost, possible,
                        lost_a, lost_b, lost_c, lost_f) values
                        (20913, '999000001', :min, 10, 200, 1, 2, 3, 4),
                        (20913, '999000002', :min - 1, 3, 60, 1, 1, 1, 0),
                        (20913, '999000003', :min, 12, 200, null, null, null, null)
                    """).param("min", MIN).update();
            jdbc.sql("""
                    insert into sick_leave_category (year, quarter, category, code, persons, lost, possible,
                        lost_b, lost_d, computed, suppressed) values
                        (2091, 3, 'INDUSTRY_PROGRAMME', 'BARNEHAGER', 40, 100, 2000, 30, 70, false, false),
                        (2091, 3, 'SECTOR', '1', 4, 5, 80, 1, 1, false, true)
                    """).update();
            assertThat(jdbc.sql("""
                            select org_number, short_term_lost, long_term_lost from statistics_enterprise_quarter
                            where year = 2091 and quarter = 3 order by org_number
                            """).query().listOfRows())
                    .map(row ->
                            row.get("org_number") + " " + row.get("short_term_lost") + " " + row.get("long_term_lost"))
                    .containsExactly("999000001 3.000000 7.000000", "999000002 null null", "999000003 null null");
            assertThat(jdbc.sql("""
                            select code, short_term_lost, long_term_lost from statistics_category_quarter
                            where year = 2091 and quarter = 3 order by code
                            """).query().listOfRows())
                    .map(row -> row.get("code") + " " + row.get("short_term_lost") + " " + row.get("long_term_lost"))
                    .containsExactly("1 null null", "BARNEHAGER 30.000000 70.000000");
        });
    }

    private void expectRow(String sql, Consumer<Map<String, Object>> check) {
        List<Map<String, Object>> rows = jdbc.sql(sql).query().listOfRows();
        assertThat(rows).hasSize(1);
        check.accept(rows.get(0));
    }

    private void inRolledBackTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }
}
