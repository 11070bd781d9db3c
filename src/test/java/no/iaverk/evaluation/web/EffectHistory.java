package no.iaverk.evaluation.web;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A published history for the effect page's tests: 200 workplaces in Bergen (kindergartens and shops) over 16 quarters
 * (2090–2093, far from every other test's quarters), 20 kindergartens assisted by unit {@value #UNIT} from
 * 15 January 2092, when their sick leave falls by a planted 2.0 percentage points. The assisted differ in what the
 * filters and subgroups look at: ten planned for up to 6 months and ten for 7–12; twelve ended on 30 September 2092;
 * six had staff at a held meeting, two a union representative, the rest leaders only.
 */
public final class EffectHistory {

    public static final String UNIT = "ALS-EFFEKT";

    private EffectHistory() {}

    public static void create(JdbcClient jdbc) {
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
                insert into enterprise (org_number, name, name_search, organisation_form, sub_unit, industry, sector,
                    derived_programme, municipality_number)
                select (981000000 + i)::text, 'Virksomhet ' || i, 'virksomhet ' || i, 'AS', false,
                       case when i % 2 = 0 then '88' else '47' end, 3,
                       case when i % 2 = 0 then 'BARNEHAGER' end, '4601'
                from generate_series(1, 200) i
                """).update();
        jdbc.sql("select setseed(0.42)").query().singleRow();
        jdbc.sql("""
                with workplace as (
                    select i, (981000000 + i)::text as org_number, 5 + (random() - 0.5) * 4 as level
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
                    select (981000000 + i)::text, :unit, 'CENTRE_INITIATIVE', 'ASSISTING', 'saksbehandler', 5,
                           now(), now()
                    from generate_series(10, 200, 10) i
                    returning id, org_number
                )
                insert into collaboration (case_id, name, level, initiated_by, service_areas, start_date,
                    planned_end_date, assistance_form, status, ended_at, created_by, created_at)
                select id, 'Samarbeid', 'UNIT', 'CENTRE', '{REDUCE_SICK_LEAVE}', '2092-01-15',
                       case when k <= 10 then date '2092-06-30' else date '2092-12-31' end,
                       'PROCESS',
                       case when k <= 12 then 'COMPLETED' else 'ACTIVE' end,
                       case when k <= 12 then timestamptz '2092-09-30 12:00+02' end,
                       'saksbehandler', now()
                from (select id, (org_number::bigint - 981000000) / 10 as k from assisted) a
                """).param("unit", UNIT).update();
        jdbc.sql("""
                insert into activity (case_id, collaboration_id, starts_at, channel, participant_roles, status, owner,
                    owner_name, created_at)
                select c.case_id, c.id, '2092-02-01 10:00+01', 'MEETING',
                       case when k <= 6 then '{LEADER,STAFF}'::text[] else '{LEADER,UNION_REPRESENTATIVE}'::text[] end,
                       'DONE', 'saksbehandler', 'Sindre Saksbehandler', now()
                from (select l.case_id, l.id, (i.org_number::bigint - 981000000) / 10 as k
                      from collaboration l join ia_case i on i.id = l.case_id
                      where i.unit_code = :unit) c
                where k <= 8
                """).param("unit", UNIT).update();
    }

    public static void remove(JdbcClient jdbc) {
        String cases = "(select id from ia_case where org_number between '981000001' and '981000200')";
        jdbc.sql("delete from activity where case_id in " + cases).update();
        jdbc.sql("delete from collaboration where case_id in " + cases).update();
        jdbc.sql("delete from ia_case where org_number between '981000001' and '981000200'")
                .update();
        jdbc.sql("delete from enterprise where org_number between '981000001' and '981000200'")
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
