package no.iaverk.statistics.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.shared.OrgNumber;
import no.iaverk.statistics.EnterpriseSickLeave;
import no.iaverk.statistics.SickLeave;
import no.iaverk.statistics.SickLeaveStatistics;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import tools.jackson.databind.json.JsonMapper;

@Controller
class StatisticsPageController {

    private final SickLeaveStatistics statistics;
    private final JsonMapper json;
    private final MessageSource messages;

    StatisticsPageController(SickLeaveStatistics statistics, JsonMapper json, MessageSource messages) {
        this.statistics = statistics;
        this.json = json;
        this.messages = messages;
    }

    /** The enterprise page loads this section with htmx; on its own it is a page. */
    @GetMapping("/virksomhet/{orgNumber}/sykefravaer")
    String enterprise(
            @PathVariable OrgNumber orgNumber,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        EnterpriseSickLeave sickLeave = statistics.forEnterprise(orgNumber);
        model.addAttribute("sickLeave", sickLeave);
        model.addAttribute(
                "chart",
                json.writeValueAsString(chart(
                        sickLeave,
                        messages.getMessage("sickLeave.chart.enterprise", null, LocaleContextHolder.getLocale()),
                        (year, quarter) -> messages.getMessage(
                                "quarter.label", new Object[] {quarter, year}, LocaleContextHolder.getLocale()))));
        model.addAttribute("minPersons", SickLeave.MIN_PERSONS);
        return htmx != null ? "statistics/enterprise :: section" : "statistics/enterprise";
    }

    @GetMapping("/statistikk")
    String overview(Model model) {
        model.addAttribute("overview", statistics.overview());
        return "statistics/overview";
    }

    /** How a quarter is written on the page: «3. kvartal 2026». */
    interface QuarterLabel {
        String of(int year, int quarter);
    }

    /**
     * Chart.js series: the enterprise's quarterly percent (gaps where masked), named {@code enterpriseLabel}, against
     * its benchmarks.
     */
    static Map<String, Object> chart(EnterpriseSickLeave sickLeave, String enterpriseLabel, QuarterLabel label) {
        List<String> labels = sickLeave.quarters().stream()
                .map(q -> label.of(q.year(), q.quarter()))
                .toList();
        Map<String, Object> series = new LinkedHashMap<>();
        series.put(
                enterpriseLabel,
                sickLeave.quarters().stream()
                        .map(EnterpriseSickLeave.QuarterFigures::percent)
                        .toList());
        for (var benchmark : sickLeave.benchmarks()) {
            if (benchmark.kind() == EnterpriseSickLeave.BenchmarkKind.SECTOR) {
                continue;
            }
            Map<String, Object> byQuarter = new LinkedHashMap<>();
            benchmark
                    .history()
                    .forEach(point -> byQuarter.put(label.of(point.year(), point.quarter()), point.percent()));
            series.put(
                    benchmark.name() == null ? benchmark.code() : benchmark.name(),
                    labels.stream().map(byQuarter::get).toList());
        }
        return Map.of("labels", labels, "series", series);
    }
}
