package no.iaverk.bench;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The assistance report's benchmark data, written in bulk straight into the cases tables (a bench may; the services
 * would take hours for this many): 9 000 cases on legal units of the national register, each with the centre that
 * serves its county, holding 10 000 collaborations (1 000 cases have two) with 1–8 of the legal unit's sub-units,
 * starts spread over the three years before 2026-12-01, the usual mix of levels, statuses, milestones and service
 * areas, and 200 000 activities on them. Seeded (a rerun gives the same registrations; a few milestones vary); the
 * previous run's rows (owners {@code bench-r-*}) are deleted first.
 */
final class ReportsBenchData {

    static final int CASES = 9_000;
    static final int COLLABORATIONS = 10_000;
    static final int ACTIVITIES = 200_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ReportsBenchData(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    void generate() {
        long start = System.nanoTime();
        deletePrevious();
        // One transaction, so one connection: the plan lives in temporary tables.
        transactions.executeWithoutResult(status -> write());
        System.out.printf(
                "REPORTS data: %d cases, %d collaborations (%d TOP, %d listed units), %d milestones, %d activities in"
                        + " all; written in %.1f s%n",
                count("select count(*) from ia_case"),
                count("select count(*) from collaboration"),
                count("select count(*) from collaboration where level = 'TOP'"),
                count("select coalesce(sum(cardinality(unit_org_numbers)), 0) from collaboration"),
                count("select count(*) from collaboration_milestone"),
                count("select count(*) from activity"),
                (System.nanoTime() - start) / 1e9);
        for (String table : new String[] {"ia_case", "collaboration", "collaboration_milestone", "activity"}) {
            jdbc.sql("analyze " + table).update(); // as autovacuum would after a bulk load
        }
    }

    private void write() {
        jdbc.sql("select setseed(0.15)").query().singleRow();
        chooseEnterprises();
        planCollaborations();
        insertCases();
        insertCollaborations();
        insertMilestones();
        insertActivities();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private void deletePrevious() {
        String benchCases = "select id from ia_case where owner like 'bench-r-%'";
        jdbc.sql("delete from activity where case_id in (" + benchCases + ")").update();
        // activity.collaboration_id has no index: every collaboration deleted below makes its foreign key scan the
        // table, dead rows included, so they go first (outside a transaction, as vacuum must).
        jdbc.sql("vacuum activity").update();
        jdbc.sql("delete from collaboration_milestone where collaboration_id in (select id from collaboration where"
                        + " case_id in (" + benchCases + "))")
                .update();
        jdbc.sql("delete from collaboration where case_id in (" + benchCases + ")").update();
        jdbc.sql("delete from ia_case where owner like 'bench-r-%'").update();
        // EvaluationApiBench's fixture (unit BENCH), if it ran on the database copied: the count here is ours alone.
        jdbc.sql("delete from collaboration where case_id in (select id from ia_case where unit_code = 'BENCH')")
                .update();
        jdbc.sql("delete from ia_case where unit_code = 'BENCH'").update();
    }

    /**
     * Legal units with living sub-units that have employees, and no case yet, municipalities first; their sub-units in
     * random order.
     */
    private void chooseEnterprises() {
        jdbc.sql("drop table if exists bench_enterprise").update();
        jdbc.sql("""
                create temp table bench_enterprise as
                select row_number() over () as n, x.*
                from (
                    select p.org_number,
                           coalesce(p.county_number, min(s.county_number)) as county_number,
                           array_agg(s.org_number order by random()) as units
                    from register_enterprise s
                    join register_enterprise p on p.org_number = s.parent_org_number
                    where s.sub_unit and not s.deleted and s.employees > 0 and not p.deleted
                      and not exists (select 1 from ia_case c where c.org_number = p.org_number)
                    group by p.org_number, p.county_number, p.organisation_form
                    -- Municipalities are over-represented among the assisted (the report: 208 of 357 reached).
                    order by (p.organisation_form is not distinct from 'KOMM' and random() < 0.6) desc, random()
                    limit :cases
                ) x
                """).param("cases", CASES).update();
    }

    /**
     * One row per collaboration with the draws that decide it. Ends: 12 % are cancelled at some point of their plan;
     * of the rest, those whose planned end has passed are completed within −30…+60 days of it (7 % still run, overdue).
     */
    private void planCollaborations() {
        jdbc.sql("drop table if exists bench_collaboration").update();
        jdbc.sql("""
                create temp table bench_collaboration as
                with drawn as (
                    select k,
                           e.org_number,
                           e.units,
                           coalesce(
                               (select min(uc.unit_code) from nav_unit_county uc
                                where uc.county_number = e.county_number),
                               (select code from nav_unit order by code offset (k % 12) limit 1)) as unit_code,
                           case when random() < case when cardinality(e.units) >= 3 then 0.5 else 0.1 end
                                then 'TOP' else 'UNIT' end as level,
                           1 + floor(random() * least(8, cardinality(e.units)))::int as unit_count,
                           date '2023-12-01' + floor(random() * 1096)::int as start_on,
                           3 + floor(random() * 22)::int as planned_months,
                           random() as fate,
                           random() as when_cancelled,
                           floor(random() * 91)::int - 30 as end_offset,
                           case when random() < 0.6 then 'CENTRE' else 'ENTERPRISE' end as initiated_by,
                           array_remove(array[
                               case when random() < 0.85 then 'REDUCE_SICK_LEAVE' end,
                               case when random() < 0.5 then 'PREVENTIVE_WORK_ENVIRONMENT' end,
                               case when random() < 0.15 then 'HELSE_I_ARBEID' end], null) as service_areas,
                           (array['PROCESS', 'PROCESS', 'PROCESS', 'PROCESS', 'PROCESS', 'PROCESS', 'PROCESS',
                                  'KNOWLEDGE_TRANSFER', 'KNOWLEDGE_TRANSFER', null])[1 + floor(random() * 10)::int]
                               as assistance_form
                    from generate_series(1, :collaborations) k
                    join bench_enterprise e on e.n = 1 + (k - 1) % :cases
                ),
                planned as (
                    select d.*, (d.start_on + make_interval(months => d.planned_months))::date as planned_end_on
                    from drawn d
                ),
                ended as (
                    select p.*,
                           case
                               when p.fate < 0.12
                                   then p.start_on + floor(p.when_cancelled * (p.planned_end_on - p.start_on))::int
                               when p.fate < 0.93 and p.planned_end_on + p.end_offset <= date '2026-11-30'
                                   then greatest(p.start_on, p.planned_end_on + p.end_offset)
                           end as end_on
                    from planned p
                )
                select e.*,
                       case
                           when e.end_on is null or e.end_on > date '2026-11-30' then 'ACTIVE'
                           when e.fate < 0.12 then 'CANCELLED'
                           else 'COMPLETED'
                       end as status
                from ended e
                """).param("collaborations", COLLABORATIONS).param("cases", CASES).update();
        // A collaboration still running has no end.
        jdbc.sql("update bench_collaboration set end_on = null where status = 'ACTIVE'").update();
        jdbc.sql("""
                update bench_collaboration
                set service_areas = '{REDUCE_SICK_LEAVE}'
                where cardinality(service_areas) = 0
                """).update();
    }

    private void insertCases() {
        jdbc.sql("""
                insert into ia_case (org_number, unit_code, background, status, owner, owner_name, version, created_at,
                    changed_at, closed_at)
                select b.org_number,
                       b.unit_code,
                       'CENTRE_INITIATIVE',
                       case when b.open then 'ASSISTING' else 'COMPLETED' end,
                       'bench-r-' || lower(b.unit_code) || '-' || (1 + b.org_number::bigint % 35),
                       'Rådgiver ' || (1 + b.org_number::bigint % 35),
                       1,
                       (b.first_start - 30) + time '09:00',
                       coalesce((b.last_end + 1) + time '15:00', now()),
                       case when not b.open then (b.last_end + 1) + time '15:00' end
                from (
                    select org_number, min(unit_code) as unit_code, min(start_on) as first_start,
                           max(end_on) as last_end, bool_or(status = 'ACTIVE') as open
                    from bench_collaboration
                    group by org_number
                ) b
                """).update();
    }

    private void insertCollaborations() {
        jdbc.sql("alter table bench_collaboration add column id bigint").update();
        jdbc.sql("""
                with inserted as (
                    insert into collaboration (case_id, name, level, unit_org_numbers, initiated_by, service_areas,
                        start_date, planned_end_date, assistance_form, status, ended_at, created_by, created_at)
                    select c.id,
                           'Samarbeid ' || b.k,
                           b.level,
                           b.units[1:b.unit_count],
                           b.initiated_by,
                           b.service_areas,
                           b.start_on,
                           b.planned_end_on,
                           b.assistance_form,
                           b.status,
                           case when b.end_on is not null
                                then (b.end_on + time '14:00') at time zone 'Europe/Oslo' end,
                           'bench-reports',
                           (b.start_on + time '10:00') at time zone 'Europe/Oslo'
                    from bench_collaboration b
                    join ia_case c on c.org_number = b.org_number and c.owner like 'bench-r-%'
                    order by b.k
                    returning id, name
                )
                update bench_collaboration b
                set id = i.id
                from inserted i
                where i.name = 'Samarbeid ' || b.k
                """).update();
    }

    /** Reached one after another, each in 90–60 % of the collaborations, no later than its end or the data's end. */
    private void insertMilestones() {
        jdbc.sql("""
                insert into collaboration_milestone (collaboration_id, kind, date)
                select x.id, m.kind, m.date
                from (
                    select b.id, b.start_on, b.end_on, b.status, d.*
                    from bench_collaboration b
                    cross join lateral (
                        select b.start_on + floor(random() * 21)::int as initial_meeting,
                               floor(random() * 31)::int + 10 as to_assessment,
                               floor(random() * 21)::int + 10 as to_plan,
                               floor(random() * 31)::int as to_assistance,
                               random() as reach) d
                ) x
                cross join lateral (values
                    ('INITIAL_MEETING', x.initial_meeting, x.reach < 0.9),
                    ('NEEDS_ASSESSMENT', x.initial_meeting + x.to_assessment, x.reach < 0.75),
                    ('PLAN', x.initial_meeting + x.to_assessment + x.to_plan, x.reach < 0.65),
                    ('ASSISTANCE_STARTED', x.initial_meeting + x.to_assessment + x.to_plan + x.to_assistance,
                        x.reach < 0.6),
                    ('EVALUATION', x.end_on - 14, x.status = 'COMPLETED' and x.reach < 0.5),
                    ('ENDED', x.end_on, x.end_on is not null)
                ) m(kind, date, reached)
                where m.reached
                  and m.date between x.start_on and coalesce(x.end_on, date '2026-11-30')
                """).update();
    }

    /**
     * About 21 per collaboration (2–41), spread over its time (the running ones up to 60 days ahead, planned), then cut
     * at 200 000. Held ones are done (5 % cancelled, 3 % never closed); adviser hours by channel, 10 % not recorded.
     */
    private void insertActivities() {
        jdbc.sql("""
                insert into activity (case_id, collaboration_id, starts_at, channel, service_area, participant_roles,
                    unit_count, status, owner, owner_name, created_at, adviser_hours)
                select a.case_id, a.id, a.starts_at, a.channel, a.service_area, a.roles,
                       case when a.channel = 'GATHERING' then 2 + floor(random() * 11)::int
                            when a.channel in ('PHYSICAL_MEETING', 'DIGITAL_MEETING')
                                then 1 + floor(random() * a.unit_count)::int end,
                       a.status, a.owner, a.owner_name, a.starts_at - interval '7 days',
                       case when a.status = 'DONE' and random() < 0.9 then round(case a.channel
                           when 'PHYSICAL_MEETING' then 1.5 + random() * 4.5
                           when 'DIGITAL_MEETING' then 0.5 + random() * 2.5
                           when 'PHONE' then 0.2 + random() * 0.8
                           when 'EMAIL' then 0.1 + random() * 0.4
                           else 3 + random() * 5 end::numeric, 1) end
                from (
                    select b.id, c.id as case_id, c.owner, c.owner_name, b.unit_count, t.starts_at,
                           (array['PHYSICAL_MEETING', 'PHYSICAL_MEETING', 'PHYSICAL_MEETING', 'DIGITAL_MEETING',
                                  'DIGITAL_MEETING', 'DIGITAL_MEETING', 'PHONE', 'PHONE', 'EMAIL', 'GATHERING']
                           )[1 + floor(random() * 10)::int] as channel,
                           b.service_areas[1 + floor(random() * cardinality(b.service_areas))::int] as service_area,
                           array_remove(array[
                               case when random() < 0.7 then 'LEADER' end,
                               case when random() < 0.45 then 'UNION_REPRESENTATIVE' end,
                               case when random() < 0.45 then 'SAFETY_REPRESENTATIVE' end,
                               case when random() < 0.25 then 'STAFF' end,
                               case when random() < 0.3 then 'HR' end,
                               case when random() < 0.15 then 'OCCUPATIONAL_HEALTH_SERVICE' end], null) as roles,
                           case
                               when t.starts_at > timestamptz '2026-12-01 00:00 Europe/Oslo' then 'PLANNED'
                               when t.fate < 0.05 then 'CANCELLED'
                               when t.fate < 0.08 then 'PLANNED'
                               else 'DONE'
                           end as status
                    from bench_collaboration b
                    join ia_case c on c.org_number = b.org_number and c.owner like 'bench-r-%'
                    cross join lateral generate_series(1, 2 + floor(random() * 40)::int + 0 * b.k) n
                    cross join lateral (
                        -- n in the expression keeps the planner from computing it once per collaboration
                        select (b.start_on + floor(random() * (coalesce(b.end_on, date '2026-11-30' + 60)
                                    - b.start_on + 1))::int + 0 * n + time '08:00' + random() * interval '8 hours')
                                   at time zone 'Europe/Oslo' as starts_at,
                               random() + 0 * n as fate) t
                    order by b.k, n
                    limit :activities
                ) a
                """).param("activities", ACTIVITIES).update();
    }
}
