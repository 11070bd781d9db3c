package no.iaverk.evaluation.web;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The effect page's {@link EffectHistory} and, besides its 20 workplaces assisted one by one, a kindergarten enterprise
 * whose eight sub-units are assisted together by one TOP-level collaboration from February 2092 (their sick leave
 * falls 2.0 points from 2092), one of them with a masked quarter (3 persons) just before start.
 */
record AssistedHistory(long topLevelCase, long topLevelCollaboration) {

    static AssistedHistory create(JdbcClient jdbc) {
        remove(jdbc);
        EffectHistory.create(jdbc);
        jdbc.sql("""
                insert into enterprise (org_number, name, name_search, organisation_form, sub_unit, parent_org_number,
                    industry, sector, derived_programme, municipality_number)
                select (981000300 + i)::text, 'Konsern ' || i, 'konsern ' || i,
                       case when i = 0 then 'AS' else 'BEDR' end, i > 0, case when i > 0 then '981000300' end,
                       '88', 3, 'BARNEHAGER', '4601'
                from generate_series(0, 8) i
                """).update();
        jdbc.sql("select setseed(0.43)").query().singleRow();
        jdbc.sql("""
                insert into sick_leave_enterprise (period, org_number, persons, lost, possible)
                select y * 10 + q, (981000300 + i)::text,
                       case when i = 2 and y = 2091 and q = 4 then 3 else 40 end,
                       (5 + i * 0.1 + (random() - 0.5) - case when y >= 2092 then 2.0 else 0 end) / 100 * 2460, 2460
                from generate_series(1, 8) i, generate_series(2090, 2093) y, generate_series(1, 4) q
                """).update();
        long topLevelCase = jdbc.sql("""
                        insert into ia_case (org_number, unit_code, background, status, owner, version, created_at,
                            changed_at)
                        values ('981000300', 'ALS-TEST', 'CENTRE_INITIATIVE', 'ASSISTING', 'saksbehandler', 5, now(),
                            now())
                        returning id
                        """).query(Long.class).single();
        long topLevelCollaboration =
                jdbc.sql("""
                        insert into collaboration (case_id, name, level, initiated_by, service_areas, start_date,
                            planned_end_date, assistance_form, status, created_by, created_at)
                        values (:caseId, 'Hele konsernet', 'TOP', 'CENTRE', '{REDUCE_SICK_LEAVE}', '2092-02-01',
                            '2093-01-31', 'PROCESS', 'ACTIVE', 'saksbehandler', now())
                        returning id
                        """).param("caseId", topLevelCase).query(Long.class).single();
        return new AssistedHistory(topLevelCase, topLevelCollaboration);
    }

    static void remove(JdbcClient jdbc) {
        String ours = "between '981000300' and '981000308'";
        jdbc.sql("delete from collaboration where case_id in (select id from ia_case where org_number " + ours + ")")
                .update();
        jdbc.sql("delete from ia_case where org_number " + ours).update();
        jdbc.sql("delete from enterprise where org_number " + ours).update();
        EffectHistory.remove(jdbc);
    }
}
