package no.iaverk.knowledge;

import java.time.LocalDate;
import java.util.List;
import no.iaverk.cases.Background;
import no.iaverk.cases.CaseCommand;
import no.iaverk.cases.CaseEventType;
import no.iaverk.cases.Cases;
import no.iaverk.cases.Collaboration;
import no.iaverk.cases.Collaborations;
import no.iaverk.cases.NewCollaboration;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A kindergarten group for the suggestion tests, written straight into the owners' tables (as the effect page's tests
 * do), in quarters no other test uses (2096K1–2097K1, the newest published while it is there):
 * <ul>
 *   <li>legal unit {@value #LEGAL_UNIT} with two kindergartens of 40 persons, 10 % sick leave in the window (8 % in
 *       2096K1), 70 % of the lost workdays long-term; and a small one, {@value #SMALL}, with 6 persons and 50 % sick
 *       leave except 3 persons in 2097K1, so masked in one quarter of the window and never to be used;
 *   <li>the programme BARNEHAGER at 8 %, 55 % long-term and 45 % short-term;
 *   <li>case {@link #caseId} of unit VESTLAND, started through the case services, with a top-level collaboration
 *       and a unit-level one of the small kindergarten alone.
 * </ul>
 */
final class SuggestionFixture {

    static final String LEGAL_UNIT = "982000009";
    static final String FIRST = "982000017";
    static final String SECOND = "982000025";
    static final String SMALL = "982000033";
    static final String UNIT = "VESTLAND";

    final long caseId;
    final long topLevel;
    final long smallUnitOnly;

    private SuggestionFixture(long caseId, long topLevel, long smallUnitOnly) {
        this.caseId = caseId;
        this.topLevel = topLevel;
        this.smallUnitOnly = smallUnitOnly;
    }

    static SuggestionFixture create(JdbcClient jdbc, Cases cases, Collaborations collaborations) {
        remove(jdbc);
        for (int period : new int[] {20961, 20962, 20963, 20964, 20971}) {
            jdbc.sql("create table sick_leave_enterprise_p" + period + " partition of sick_leave_enterprise"
                            + " for values in (" + period + ")")
                    .update();
            jdbc.sql("insert into sick_leave_quarter (year, quarter, imported_at, published_at)"
                            + " values (:year, :quarter, now(), now())")
                    .param("year", period / 10)
                    .param("quarter", period % 10)
                    .update();
        }
        jdbc.sql("""
                insert into enterprise (org_number, name, name_search, organisation_form, sub_unit, parent_org_number,
                    industry, nace_code, sector, derived_programme, municipality_number)
                values ('982000009', 'Solsikken Barnehager AS', 'solsikken barnehager as', 'AS', false, null,
                        '88', '88.911', 3, 'BARNEHAGER', '4601'),
                       ('982000017', 'Solsikken Barnehage Nord', 'solsikken barnehage nord', 'BEDR', true,
                        '982000009', '88', '88.911', 3, 'BARNEHAGER', '4601'),
                       ('982000025', 'Solsikken Barnehage Sør', 'solsikken barnehage sør', 'BEDR', true,
                        '982000009', '88', '88.911', 3, 'BARNEHAGER', '4601'),
                       ('982000033', 'Solsikken Minibarnehage', 'solsikken minibarnehage', 'BEDR', true,
                        '982000009', '88', '88.911', 3, 'BARNEHAGER', '4601')
                """).update();
        // Per quarter: 10 % (8 % in 2096K1), lost split 10 + 20 short-term and 30 + 40 long-term per 100.
        jdbc.sql("""
                insert into sick_leave_enterprise (period, org_number, persons, lost, possible,
                    lost_a, lost_b, lost_c, lost_d)
                select p, org, 40, lost, 1000, lost * 0.1, lost * 0.2, lost * 0.3, lost * 0.4
                from unnest(array[20961, 20962, 20963, 20964, 20971]) p,
                     unnest(array['982000017', '982000025']) org,
                     lateral (select case when p = 20961 then 80 else 100 end as lost) l
                """).update();
        jdbc.sql("""
                insert into sick_leave_enterprise (period, org_number, persons, lost, possible,
                    lost_a, lost_b, lost_c, lost_d)
                select p, '982000033', case when p = 20971 then 3 else 6 end, 50, 100, 40, 10, 0, 0
                from unnest(array[20961, 20962, 20963, 20964, 20971]) p
                """).update();
        jdbc.sql("""
                insert into sick_leave_category (year, quarter, category, code, persons, lost, possible,
                    lost_a, lost_b, lost_c, lost_d, computed, suppressed)
                select p / 10, p % 10, 'INDUSTRY_PROGRAMME', 'BARNEHAGER', 1000, 800, 10000,
                       200, 160, 240, 200, false, false
                from unnest(array[20961, 20962, 20963, 20964, 20971]) p
                """).update();
        CurrentUser superuser = TestUsers.superuser().currentUser();
        CurrentUser owner = TestUsers.of("saksbehandler", Role.CASEWORKER).currentUser();
        long caseId =
                cases.start(LEGAL_UNIT, Background.CENTRE_INITIATIVE, superuser).id();
        cases.handle(caseId, CaseCommand.of(CaseEventType.TAKE_OWNERSHIP, 1), owner);
        cases.handle(caseId, CaseCommand.of(CaseEventType.TO_CONTACTING, 2), owner);
        cases.handle(caseId, CaseCommand.of(CaseEventType.TO_MAPPING, 3), owner);
        long topLevel = collaboration(
                collaborations, caseId, "Hele virksomheten", Collaboration.Level.TOP, List.of(LEGAL_UNIT));
        long smallOnly =
                collaboration(collaborations, caseId, "Minibarnehagen", Collaboration.Level.UNIT, List.of(SMALL));
        return new SuggestionFixture(caseId, topLevel, smallOnly);
    }

    private static long collaboration(
            Collaborations collaborations, long caseId, String name, Collaboration.Level level, List<String> units) {
        return collaborations
                .create(
                        caseId,
                        new NewCollaboration(
                                name,
                                level,
                                units,
                                Collaboration.InitiatedBy.CENTRE,
                                List.of(Collaboration.ServiceArea.REDUCE_SICK_LEAVE),
                                LocalDate.now(),
                                LocalDate.now().plusMonths(6),
                                null,
                                null,
                                null),
                        TestUsers.of("saksbehandler", Role.CASEWORKER).currentUser())
                .id();
    }

    /**
     * A completed needs assessment of the collaboration: {@code respondents} people who answered every scale
     * question, «Sykefraværsarbeid» with 2 («uenig»), the other themes with 4 («enig»).
     */
    void needsAssessment(JdbcClient jdbc, long collaborationId, int respondents) {
        long surveyId = jdbc.sql("""
                        insert into survey (case_id, collaboration_id, type, status, join_code, bank_version,
                            created_by, created_at, started_at, completed_at, participants)
                        values (:case, :collaboration, 'NEEDS_ASSESSMENT', 'COMPLETED',
                            'SF' || substr(md5(random()::text), 1, 8), 1, 'saksbehandler', now(), now(), now(),
                            :respondents)
                        returning id
                        """)
                .param("case", caseId)
                .param("collaboration", collaborationId)
                .param("respondents", respondents)
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into survey_response (survey_id, respondent, question_id, option_ids)
                with people as materialized (
                    select gen_random_uuid() as respondent from generate_series(1, :respondents)
                )
                select :survey, r.respondent, q.id, array[o.id]
                from people r
                cross join bank_question q
                join bank_theme t on t.id = q.theme_id and t.kind = 'NEEDS_ASSESSMENT' and t.bank_version = 1
                join bank_option o on o.question_id = q.id
                    and o.score = case when t.code = 'SICK_LEAVE_WORK' then 2 else 4 end
                where q.scale
                """)
                .param("survey", surveyId)
                .param("respondents", respondents)
                .update();
    }

    /** Removes it all; the case tables are emptied as the other case fixtures do (the event log refuses DELETE). */
    static void remove(JdbcClient jdbc) {
        jdbc.sql("""
                truncate survey_response, survey_answer, survey_participant, survey_question, survey_theme, survey,
                         ia_case, case_event, collaboration, collaboration_milestone, plan_item, plan_item_knowledge, activity
                """).update();
        jdbc.sql("delete from enterprise where org_number in ('982000009', '982000017', '982000025', '982000033')")
                .update();
        for (int period : new int[] {20961, 20962, 20963, 20964, 20971}) {
            jdbc.sql("drop table if exists sick_leave_enterprise_p" + period).update();
        }
        jdbc.sql("delete from sick_leave_category where year in (2096, 2097)").update();
        jdbc.sql("delete from sick_leave_quarter where year in (2096, 2097)").update();
    }
}
