package no.iaverk.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.evaluation.WorkplaceSeries;
import no.iaverk.shared.Quarter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the evaluation reads from the published views: workplaces with their published quarters (masked and
 * unpublished ones missing), and each workplace's first collaboration ever with its start. Rows are written in a
 * transaction that is rolled back.
 */
@IntegrationTest
class EvaluationDataTest {

    static final String LEGAL_UNIT = "999100001";
    static final String SUB_UNIT_A = "999100002";
    static final String SUB_UNIT_B = "999100003";
    static final String STANDALONE = "999100004";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EvaluationData data;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void workplaces_have_their_published_quarters_and_nothing_of_masked_or_unpublished_ones() {
        inRolledBackTransaction(() -> {
            anEnterpriseWithTwoSubUnitsAndAStandaloneOne();
            jdbc.sql(
                            "create table sick_leave_enterprise_p20911 partition of sick_leave_enterprise for values in (20911)")
                    .update();
            jdbc.sql(
                            "create table sick_leave_enterprise_p20912 partition of sick_leave_enterprise for values in (20912)")
                    .update();
            jdbc.sql(
                            "create table sick_leave_enterprise_p20913 partition of sick_leave_enterprise for values in (20913)")
                    .update();
            jdbc.sql("""
                    insert into sick_leave_quarter (year, quarter, imported_at, published_at) values
                        (2091, 1, now(), now()), (2091, 2, now(), now()), (2091, 3, now(), null)
                    """).update();
            jdbc.sql("""
                    insert into sick_leave_enterprise (period, org_number, persons, lost, possible) values
                        (20911, :a, 10, 20, 400), (20912, :a, 3, 9, 120),
                        (20911, :standalone, 20, 50, 1000), (20913, :standalone, 20, 80, 1000)
                    """).param("a", SUB_UNIT_A).param("standalone", STANDALONE).update();

            var workplaces = data.workplaces(Quarter.of(2091, 1), Quarter.of(2091, 3));

            assertThat(workplaces).extracting(WorkplaceSeries::orgNumber).containsExactly(SUB_UNIT_A, STANDALONE);
            WorkplaceSeries a = workplaces.get(0);
            assertThat(a.legalUnit()).isEqualTo(LEGAL_UNIT);
            assertThat(a.cell()).isEqualTo("industry 88");
            assertThat(a.persons()).containsExactly(10, 0, 0); // the masked second quarter is not there
            assertThat(a.lost()[0] / a.possible()[0]).isEqualTo(0.05);
            WorkplaceSeries standalone = workplaces.get(1);
            assertThat(standalone.legalUnit()).isEqualTo(STANDALONE);
            assertThat(standalone.persons()).containsExactly(20, 0, 0); // the third quarter is not published
        });
    }

    @Test
    void a_workplace_counts_once_from_its_first_collaboration_and_assistance_starts_at_the_milestone() {
        inRolledBackTransaction(() -> {
            anEnterpriseWithTwoSubUnitsAndAStandaloneOne();
            long enterpriseCase = aCase(LEGAL_UNIT);
            // Top level without listed units: every workplace of the enterprise; assistance started 15 April.
            long top = aCollaboration(enterpriseCase, "TOP", "{}", "2091-03-10");
            jdbc.sql("""
                    insert into collaboration_milestone (collaboration_id, kind, date, not_relevant)
                    values (:id, 'ASSISTANCE_STARTED', '2091-04-15', false)
                    """).param("id", top).update();
            // Sub-unit A had a unit-level collaboration before: that is its first.
            long earlier = aCollaboration(enterpriseCase, "UNIT", "{" + SUB_UNIT_A + "}", "2091-02-01");
            long standaloneCase = aCase(STANDALONE);
            long standalone = aCollaboration(standaloneCase, "UNIT", "{}", "2091-05-01");

            assertThat(data.firstCollaborations())
                    .filteredOn(f -> f.orgNumber().startsWith("9991000"))
                    .map(f -> List.of(
                            f.orgNumber(),
                            f.collaborationId(),
                            f.start().level(),
                            f.start().startedOn()))
                    .containsExactly(
                            List.of(SUB_UNIT_A, earlier, "UNIT", LocalDate.parse("2091-02-01")),
                            List.of(SUB_UNIT_B, top, "TOP", LocalDate.parse("2091-04-15")),
                            List.of(STANDALONE, standalone, "UNIT", LocalDate.parse("2091-05-01")));
        });
    }

    private void anEnterpriseWithTwoSubUnitsAndAStandaloneOne() {
        jdbc.sql("""
                insert into enterprise (org_number, name, name_search, organisation_form, sub_unit, parent_org_number,
                    industry, sector)
                values (:legal, 'Kommunen', 'kommunen', 'KOMM', false, null, null, 2),
                       (:a, 'Barnehage A', 'barnehage a', 'BEDR', true, :legal, '88', 2),
                       (:b, 'Barnehage B', 'barnehage b', 'BEDR', true, :legal, '88', 2),
                       (:standalone, 'Butikken', 'butikken', 'AS', false, null, '47', 3)
                """)
                .param("legal", LEGAL_UNIT)
                .param("a", SUB_UNIT_A)
                .param("b", SUB_UNIT_B)
                .param("standalone", STANDALONE)
                .update();
    }

    private long aCase(String orgNumber) {
        return jdbc.sql("""
                        insert into ia_case (org_number, unit_code, background, status, owner, version, created_at,
                            changed_at)
                        values (:org, 'ALS-TEST', 'CENTRE_INITIATIVE', 'ASSISTING', 'saksbehandler', 5, now(), now())
                        returning id
                        """).param("org", orgNumber).query(Long.class).single();
    }

    private long aCollaboration(long caseId, String level, String units, String start) {
        return jdbc.sql("""
                        insert into collaboration (case_id, name, level, unit_org_numbers, initiated_by, service_areas,
                            start_date, planned_end_date, status, created_by, created_at)
                        values (:case, 'Samarbeid', :level, :units::text[], 'CENTRE', '{REDUCE_SICK_LEAVE}',
                            :start::date, :start::date + 180, 'ACTIVE', 'saksbehandler', now())
                        returning id
                        """)
                .param("case", caseId)
                .param("level", level)
                .param("units", units)
                .param("start", start)
                .query(Long.class)
                .single();
    }

    private void inRolledBackTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }
}
