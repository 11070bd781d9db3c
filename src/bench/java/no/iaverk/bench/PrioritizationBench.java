package no.iaverk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.prioritization.ExportFormat;
import no.iaverk.prioritization.PriorityFilter;
import no.iaverk.prioritization.PriorityFilters;
import no.iaverk.prioritization.PriorityList;
import no.iaverk.prioritization.RuleSet;
import no.iaverk.prioritization.RuleSets;
import no.iaverk.prioritization.internal.CandidateRebuilder;
import no.iaverk.prioritization.internal.PriorityQuery;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.Publication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Call lists at national scale: a mix of filter combinations, each for the first page and a deep page, through the
 * service the page and the API use, against a naive query that computes the four-quarter figures on the fly from the
 * quarterly table with the very same WHERE and ORDER BY; then an export of 50 000 rows to XLSX. Needs the database
 * bench/statistics.sh leaves (national register, 20 quarters, the newest published).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "iaverk.demo.enabled=false")
class PrioritizationBench {

    static final CurrentUser ADVISER = new CurrentUser("bench", "Bench", Role.CASEWORKER, "VESTLAND");
    static final int RUNS = 30;
    static final int DEEP_PAGE = 40;

    @Autowired
    PriorityList list;

    @Autowired
    PriorityFilters filters;

    @Autowired
    RuleSets ruleSets;

    @Autowired
    Publication publication;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CandidateRebuilder rebuilder;

    @Test
    void call_lists_at_national_scale() {
        long candidates = jdbc.sql("select count(*) from priority_candidate").query(Long.class).single();
        assertThat(candidates).as("run bench/statistics.sh first").isGreaterThan(200_000);
        Quarter published = publication.current().orElseThrow();
        long start = System.nanoTime();
        publication.publish(published, "bench"); // the candidates are rebuilt inline here (test configuration)
        double publishing = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        rebuilder.rebuild();
        double rebuilding = (System.nanoTime() - start) / 1e9;
        System.out.printf("PUBLISH %s again: snapshot %.1f s (target ≤ 15 s); then, in the background in production,"
                        + " the call lists' rebuild %.1f s%n", published, publishing - rebuilding, rebuilding);

        Map<String, Map<String, String>> mix = mix();
        List<String> lines = new ArrayList<>();
        List<Double> worstP95 = new ArrayList<>();
        for (var entry : mix.entrySet()) {
            for (int page : new int[] {0, DEEP_PAGE}) {
                Map<String, String> parameters = new LinkedHashMap<>(entry.getValue());
                parameters.put("page", String.valueOf(page));
                PriorityFilter filter = filters.parse(parameters);
                long[] total = {0};
                var service = Timings.measure(entry.getKey(), 3, RUNS, () -> total[0] = list.page(filter, ADVISER).total());
                var naive = Timings.measure(entry.getKey(), 0, 2, () -> naive(filter, published));
                worstP95.add(service.p95());
                lines.add("%-44s page %2d  %,7d rows  service p50 %6.1f ms  p95 %6.1f ms   naive p50 %8.1f ms   ×%.0f"
                        .formatted(entry.getKey(), page, total[0], service.p50(), service.p95(), naive.p50(),
                                naive.p50() / service.p50()));
                System.out.println(lines.get(lines.size() - 1));
            }
        }
        System.out.println();
        System.out.printf("Call lists on %,d candidates, published quarter %s, %d filter combinations × 2 pages,"
                        + " %d runs each%n", candidates, published, mix.size(), RUNS);
        lines.forEach(System.out::println);
        System.out.printf("WORST p95 %.1f ms (target ≤ 50 ms)%n", worstP95.stream().mapToDouble(d -> d).max().orElse(0));
        export();
    }

    /** 50 000 rows: the largest employers first, so the XLSX holds exactly that many. */
    private void export() {
        int threshold = jdbc.sql("select employees from priority_candidate where employees is not null"
                        + " order by employees desc offset 49999 limit 1")
                .query(Integer.class)
                .single();
        PriorityFilter filter = filters.parse(Map.of("minEmployees", String.valueOf(threshold)));
        long rows = list.page(filter, ADVISER).total();
        System.gc();
        resetPeaks();
        long before = heapUsed();
        var counting = new CountingStream();
        long start = System.nanoTime();
        list.export(filter, ExportFormat.XLSX, ADVISER, counting);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("EXPORT XLSX %,d rows (employees ≥ %d) in %.2f s (target ≤ 10 s), %,d bytes; heap peak %,d MB"
                        + " (%,d MB before)%n",
                rows, threshold, seconds, counting.bytes, peakHeap() >> 20, before >> 20);
    }

    private long naive(PriorityFilter filter, Quarter published) {
        RuleSet ruleSet = filter.ruleSet() == null ? null : ruleSets.get(filter.ruleSet(), ADVISER);
        PriorityQuery query = new PriorityQuery(filter, ruleSet);
        String window = published.lastFour().stream()
                .map(q -> String.valueOf(q.year() * 10 + q.quarter()))
                .reduce((a, b) -> a + "," + b)
                .orElseThrow();
        String yearBefore = String.valueOf(published.yearBefore().year() * 10 + published.yearBefore().quarter());
        String now = String.valueOf(published.year() * 10 + published.quarter());
        String naive = """
                with w as (
                    select org_number, sum(lost) as lost, sum(possible) as possible, max(persons) as max_persons
                    from sick_leave_enterprise where period in (%1$s) group by org_number
                ), cw as (
                    select category, code, sum(lost) * 100 / nullif(sum(possible), 0) as percent
                    from sick_leave_category where year * 10 + quarter in (%1$s) group by category, code
                ), c as (
                    select r.org_number, r.name, r.municipality_number, r.municipality_name, r.county_number, r.industry,
                           r.nace_code, r.industry_programme, r.sector,
                           coalesce(now.persons, r.employees) as employees,
                           w.max_persons < 5 as masked,
                           case when w.max_persons >= 5 then w.lost end as lost,
                           case when w.max_persons >= 5 then w.possible end as possible,
                           case when w.max_persons >= 5 then w.lost * 100 / nullif(w.possible, 0) end as percent,
                           case when now.persons >= 5 and before.persons >= 5
                                then now.lost * 100 / nullif(now.possible, 0) - before.lost * 100 / nullif(before.possible, 0)
                           end as trend,
                           cw.percent as benchmark_percent,
                           case when w.max_persons >= 5 then w.lost - w.possible * cw.percent / 100 end as potential
                    from register_workplace r
                    join w on w.org_number = r.org_number
                    left join sick_leave_enterprise now on now.org_number = r.org_number and now.period = %2$s
                    left join sick_leave_enterprise before on before.org_number = r.org_number and before.period = %3$s
                    left join cw on cw.category = case when r.industry_programme is not null
                                                        then 'INDUSTRY_PROGRAMME' else 'INDUSTRY' end
                                and cw.code = coalesce(r.industry_programme, r.industry)
                )
                select count(*) over () from c where %4$s order by %5$s limit %6$d offset %7$d
                """.formatted(window, now, yearBefore, query.where(), query.orderBy(), filter.size(), filter.offset());
        return jdbc.sql(naive).params(query.parameters()).query(Long.class).list().size();
    }

    /** A realistic mix: what advisers in the centres filter on, alone and combined, with every sort key. */
    private Map<String, Map<String, String>> mix() {
        Map<String, Long> presets = new LinkedHashMap<>();
        ruleSets.available(ADVISER).forEach(r -> presets.put(r.name(), r.id()));
        Map<String, Map<String, String>> mix = new LinkedHashMap<>();
        mix.put("no filter (lost workdays)", Map.of());
        mix.put("county Vestland", Map.of("county", "46"));
        mix.put("county Oslo by potential", Map.of("county", "03", "sort", "POTENTIAL"));
        mix.put("municipality Bergen", Map.of("municipality", "4601"));
        mix.put("industry 88", Map.of("industry", "88"));
        mix.put("NACE 86.101", Map.of("industry", "86.101"));
        mix.put("programme kindergartens", Map.of("industryProgramme", "BARNEHAGER"));
        mix.put("programme nursing homes, Trøndelag", Map.of("industryProgramme", "SYKEHJEM", "county", "50"));
        mix.put("sector municipal", Map.of("sector", "2"));
        mix.put("sector state by percent", Map.of("sector", "1", "sort", "PERCENT"));
        mix.put("employees 50+", Map.of("minEmployees", "50"));
        mix.put("employees 20–99 by name", Map.of("minEmployees", "20", "maxEmployees", "99", "sort", "NAME"));
        mix.put("percent ≥ 8", Map.of("minPercent", "8"));
        mix.put("percent 5–10 by employees", Map.of("minPercent", "5", "maxPercent", "10", "sort", "EMPLOYEES"));
        mix.put("above benchmark", Map.of("benchmark", "ABOVE"));
        mix.put("above benchmark, Agder, by potential", Map.of("benchmark", "ABOVE", "county", "42", "sort", "POTENTIAL"));
        mix.put("rising trend", Map.of("trend", "RISING"));
        mix.put("rising, 20+ employees, industry 47", Map.of("trend", "RISING", "minEmployees", "20", "industry", "47"));
        mix.put("ascending lost workdays", Map.of("direction", "ASC"));
        presets.forEach((name, id) -> mix.put("rule: " + name, Map.of("ruleSet", String.valueOf(id))));
        mix.put("rule 50+ & 8 % in Viken counties", Map.of("ruleSet", String.valueOf(presets.values().iterator().next()), "county", "32"));
        return mix;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
