package no.iaverk.employer.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.employer.CostCalculator;
import no.iaverk.employer.CostForm;
import no.iaverk.employer.EmployerScope;
import no.iaverk.employer.EmployerSickLeave;
import no.iaverk.employer.EmployerSickLeave.Benchmark;
import no.iaverk.employer.EmployerStatistics;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.OrgNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import tools.jackson.databind.json.JsonMapper;

/** The employer's statistics and calculator pages; each is a full page, or its section for htmx. */
@Controller
class EmployerStatisticsPageController {

    private final EmployerScope scope;
    private final EmployerStatistics statistics;
    private final CostCalculator calculator;
    private final JsonMapper json;
    private final MessageSource messages;

    EmployerStatisticsPageController(
            EmployerScope scope,
            EmployerStatistics statistics,
            CostCalculator calculator,
            JsonMapper json,
            MessageSource messages) {
        this.scope = scope;
        this.statistics = statistics;
        this.calculator = calculator;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/arbeidsgiver/virksomhet/{orgNumber}/sykefravaer")
    String statistics(
            @PathVariable OrgNumber orgNumber,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        scope.requireAccess(orgNumber);
        EmployerSickLeave sickLeave = statistics.forEnterprise(orgNumber);
        model.addAttribute("sickLeave", sickLeave);
        List<EmployerSickLeave.Unit> units = new java.util.ArrayList<>();
        units.add(sickLeave.enterprise());
        units.addAll(sickLeave.subUnits());
        model.addAttribute("units", units);
        model.addAttribute("chart", json.writeValueAsString(chart(sickLeave)));
        model.addAttribute("minPersons", 5);
        return htmx != null ? "employer/statistics :: section" : "employer/statistics";
    }

    @GetMapping("/arbeidsgiver/virksomhet/{orgNumber}/sykefravaer.csv")
    ResponseEntity<byte[]> statisticsCsv(@PathVariable OrgNumber orgNumber) {
        scope.requireAccess(orgNumber);
        return CsvDownload.of(orgNumber, statistics.forEnterprise(orgNumber));
    }

    /** Without fields: the form, prefilled from the enterprise's own figures. With wrong fields: 400 naming each. */
    @GetMapping("/arbeidsgiver/virksomhet/{orgNumber}/kalkulator")
    String calculator(
            @PathVariable OrgNumber orgNumber,
            @ModelAttribute CostForm form,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            HttpServletResponse response,
            Model model) {
        scope.requireAccess(orgNumber);
        model.addAttribute("orgNumber", orgNumber.value());
        model.addAttribute("defaultCostPerDay", calculator.defaultCostPerDay());
        model.addAttribute("fieldErrors", Map.of());
        if (form.mode() == null) {
            model.addAttribute("form", calculator.prefill(statistics.forEnterprise(orgNumber)));
            model.addAttribute("prefilled", true);
        } else {
            model.addAttribute("form", form);
            try {
                model.addAttribute("estimate", calculator.calculate(form));
            } catch (InvalidFieldsException e) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("fieldErrors", e.errors());
            }
        }
        return htmx != null ? "employer/calculator :: section" : "employer/calculator";
    }

    /** Chart.js series: the enterprise's quarterly percent (gaps where masked), its industry and Norway. */
    private Map<String, Object> chart(EmployerSickLeave sickLeave) {
        var locale = LocaleContextHolder.getLocale();
        var history = sickLeave.enterprise().history();
        List<String> labels = history.stream()
                .map(q -> messages.getMessage("quarter.label", new Object[] {q.quarter(), q.year()}, locale))
                .toList();
        Map<String, Object> series = new LinkedHashMap<>();
        series.put(
                sickLeave.name() == null ? sickLeave.orgNumber() : sickLeave.name(),
                history.stream().map(EmployerSickLeave.QuarterFigures::percent).toList());
        Benchmark industry = sickLeave.enterprise().industry();
        for (Benchmark benchmark : java.util.Arrays.asList(industry, sickLeave.country())) {
            if (benchmark == null) {
                continue;
            }
            Map<String, Object> byQuarter = new LinkedHashMap<>();
            benchmark
                    .history()
                    .forEach(point -> byQuarter.put(
                            messages.getMessage("quarter.label", new Object[] {point.quarter(), point.year()}, locale),
                            point.percent()));
            series.put(
                    benchmark.name() == null ? benchmark.code() : benchmark.name(),
                    labels.stream().map(byQuarter::get).toList());
        }
        return Map.of("labels", labels, "series", series);
    }
}
