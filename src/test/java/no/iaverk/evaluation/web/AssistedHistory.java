package no.iaverk.evaluation.web;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A published history in the database for the evaluation's web tests: 200 workplaces over 16 quarters (2090–2093, far
 * from every other test's quarters), 20 of them assisted one by one from the first quarter of 2092, when their sick
 * leave falls by a planted 2.0 percentage points; and an enterprise whose eight sub-units are assisted together by one
 * TOP-level collaboration, one of them with a masked quarter before start.
 */
record AssistedHistory(long topLevelCase, long topLevelCollaboration) {

    static AssistedHistory create(JdbcClient jdbc) {
        remove(jdbc);
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
        long topLevelCase = jdbc.sql("""
                        insert into ia_case (org_number, unit_code, background, status, owner, version, created_at,
                            changed_at)
                        values ('980000300', 'ALS-TEST', 'CENTRE_INITIATIVE', 'ASSISTING', 'saksbehandler', 5, now(),
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
}
