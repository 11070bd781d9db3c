package no.iaverk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import no.iaverk.evaluation.EffectEstimate;
import no.iaverk.evaluation.EffectEvaluation;
import no.iaverk.evaluation.EffectFilter;
import no.iaverk.evaluation.EffectSubgroups;
import no.iaverk.evaluation.internal.EvaluationData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Effect estimates through the service behind {@code GET /api/evaluation/effects}, on the national database
 * bench/statistics.sh leaves: every imported quarter is marked published, and 3 000 workplaces are chosen, as the
 * centres do, among those whose published figure two quarters before a start in 2023K1–2025K2 was high (over 8 %);
 * four in five get a unit-level collaboration, one in five a top-level one on its enterprise (all its workplaces). The setup writes cases straight into the tables (unit BENCH, replaced at every run);
 * it is a timing fixture, not demo data. Times the first estimate (reads every workplace's series), the same again
 * (kept), another filter on the kept series, and one collaboration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "iaverk.demo.enabled=false")
class EvaluationApiBench {

    static final int ASSISTED = 3_000;

    @Autowired
    EffectEvaluation evaluation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EvaluationData data;

    @Autowired
    EffectSubgroups subgroups;

    @Test
    void effect_estimates_at_national_scale() {
        long workplaces = jdbc.sql("select count(*) from register_workplace").query(Long.class).single();
        assertThat(workplaces).as("run bench/statistics.sh first").isGreaterThan(200_000);
        jdbc.sql("update sick_leave_quarter set published_at = now() where published_at is null").update();
        assist();

        var range = data.publishedRange().orElseThrow();
        long read = System.nanoTime();
        int series = data.workplaces(range.first(), range.last()).size();
        System.out.printf("EVALUATION reading %d workplaces' series %s–%s: %.2f s%n",
                series, range.first(), range.last(), (System.nanoTime() - read) / 1e9);
        read = System.nanoTime();
        int first = data.firstCollaborations().size();
        System.out.printf("EVALUATION reading %d first collaborations: %.2f s%n", first, (System.nanoTime() - read) / 1e9);
        time("first estimate, all (reads the series)", () -> evaluation.estimate(EffectFilter.ALL));
        time("same estimate again (kept)", () -> evaluation.estimate(EffectFilter.ALL));
        String county = jdbc.sql("""
                        select w.county_number from collaboration l join ia_case c on c.id = l.case_id
                        join register_workplace w on w.org_number = c.org_number
                        where c.unit_code = 'BENCH' group by 1 order by count(*) desc limit 1
                        """).query(String.class).single();
        time("one county (series kept)", () -> evaluation.estimate(
                new EffectFilter(null, county, null, null, null, null, null, null, null, null, null)));
        long subgroupsStart = System.nanoTime();
        int rows = subgroups.of(EffectFilter.ALL).stream()
                .mapToInt(g -> g.rows().size())
                .sum();
        System.out.printf("EVALUATION subgroups of everything (%d rows, each its own estimate): %.2f s%n",
                rows, (System.nanoTime() - subgroupsStart) / 1e9);
        long[] one = jdbc.sql("""
                        select c.id, l.id from collaboration l join ia_case c on c.id = l.case_id
                        where c.unit_code = 'BENCH' order by l.id limit 1
                        """).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        long start = System.nanoTime();
        int covered = data.covered(one[1]).size();
        System.out.printf("EVALUATION covered workplaces (%d) of one collaboration: %.2f s%n",
                covered, (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        evaluation.collaboration(one[0], one[1]).orElseThrow();
        System.out.printf("EVALUATION one collaboration: %.2f s%n", (System.nanoTime() - start) / 1e9);
    }

    private void assist() {
        jdbc.sql("delete from collaboration where case_id in (select id from ia_case where unit_code = 'BENCH')")
                .update();
        jdbc.sql("delete from ia_case where unit_code = 'BENCH'").update();
        jdbc.sql("select setseed(0.2026)").query().singleRow();
        int assisted = jdbc.sql("""
                with chosen as (
                    select org_number, start_index from (
                        select s.org_number, s.year * 4 + s.quarter - 1 + 2 as start_index,
                               row_number() over (partition by s.org_number order by random()) as r
                        from statistics_enterprise_quarter s
                        where s.persons >= 5 and s.lost / s.possible > 0.08 and random() < 0.05
                          and s.year * 4 + s.quarter - 1 + 2 between 2023 * 4 and 2025 * 4 + 1
                          and not exists (select 1 from ia_case c where c.org_number = s.org_number)
                    ) x
                    where r = 1
                    order by random()
                    limit :assisted
                ),
                -- One in five on the top level of its enterprise without listed units: all its workplaces.
                levelled as (
                    select distinct on (case_org) * from (
                        select h.*, top, case when top then w.parent_org_number else h.org_number end as case_org
                        from chosen h
                        join register_workplace w on w.org_number = h.org_number
                        cross join lateral (select w.parent_org_number is not null and random() < 0.2 as top) t
                    ) x
                    order by case_org
                ),
                cases as (
                    insert into ia_case (org_number, unit_code, background, status, owner, version, created_at,
                        changed_at)
                    select case_org, 'BENCH', 'CENTRE_INITIATIVE', 'ASSISTING', 'bench', 1, now(), now()
                    from levelled
                    returning id, org_number
                )
                insert into collaboration (case_id, name, level, initiated_by, service_areas, unit_org_numbers,
                    start_date, planned_end_date, assistance_form, status, created_by, created_at)
                select c.id, 'Bench', case when h.top then 'TOP' else 'UNIT' end, 'CENTRE',
                       '{REDUCE_SICK_LEAVE}', case when h.top then '{}'::text[] else array[h.org_number] end,
                       make_date(h.start_index / 4, h.start_index % 4 * 3 + 1, 15),
                       make_date(h.start_index / 4 + 1, h.start_index % 4 * 3 + 1, 14),
                       'PROCESS', 'ACTIVE', 'bench', now()
                from cases c
                join levelled h on h.case_org = c.org_number
                """).param("assisted", ASSISTED).update();
        System.out.printf("EVALUATION %d workplaces assisted, one collaboration each%n", assisted);
    }

    private static void time(String what, java.util.function.Supplier<EffectEstimate> estimate) {
        long start = System.nanoTime();
        EffectEstimate e = estimate.get();
        System.out.printf(
                "EVALUATION %s: %.2f s (%d treated, %d comparisons, first year %s)%n",
                what,
                (System.nanoTime() - start) / 1e9,
                e.treated(),
                e.comparisons(),
                e.firstYear() == null
                        ? "withheld"
                        : "%.2f [%.2f, %.2f]".formatted(
                                e.firstYear().effect(), e.firstYear().ciLow(), e.firstYear().ciHigh()));
    }
}
