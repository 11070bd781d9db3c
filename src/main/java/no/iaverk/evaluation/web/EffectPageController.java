package no.iaverk.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import no.iaverk.evaluation.EffectEstimator;
import no.iaverk.evaluation.EffectEvaluation;
import no.iaverk.evaluation.EffectExport;
import no.iaverk.evaluation.EffectFilter;
import no.iaverk.evaluation.EffectFilters;
import no.iaverk.evaluation.EffectSubgroups;
import no.iaverk.security.AuditedRead;
import no.iaverk.shared.InvalidFieldsException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The effect page: filters as a GET form, the estimate with its chart, the subgroups (loaded after the page, each row
 * being a bootstrap of its own) and the figures as a workbook. Every read is audit-logged like the API's.
 */
@Controller
class EffectPageController {

    private final EffectEvaluation evaluation;
    private final EffectFilters filters;
    private final EffectSubgroups subgroups;
    private final EffectExport export;

    EffectPageController(
            EffectEvaluation evaluation, EffectFilters filters, EffectSubgroups subgroups, EffectExport export) {
        this.evaluation = evaluation;
        this.filters = filters;
        this.subgroups = subgroups;
        this.export = export;
    }

    /** With a bad filter the page says what is wrong with each field (400) and shows no figures. */
    @GetMapping("/effekt")
    @AuditedRead("EFFECT_ESTIMATE")
    String page(@RequestParam Map<String, String> parameters, HttpServletResponse response, Model model) {
        EffectQuery query = EffectQuery.of(parameters);
        model.addAttribute("form", query.form());
        model.addAttribute("query", query.query());
        model.addAttribute("method", EffectEstimator.METHOD);
        model.addAttribute("levels", EffectFilter.Level.values());
        model.addAttribute("serviceAreas", EffectFilter.ServiceArea.values());
        model.addAttribute("assistanceForms", EffectFilter.AssistanceForm.values());
        model.addAttribute("participations", EffectFilter.Participation.values());
        model.addAttribute("durations", EffectFilter.DurationBand.values());
        try {
            EffectFilter filter = filters.parse(query.form());
            model.addAttribute("errors", Map.of());
            model.addAttribute("choices", filters.choices(filter));
            model.addAttribute("estimate", evaluation.estimate(filter));
        } catch (InvalidFieldsException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", e.errors());
            model.addAttribute("choices", filters.choices(EffectFilter.ALL));
        }
        return "evaluation/effects";
    }

    /** The subgroup table for the page's filters; a bad filter is a 400 that names it. */
    @GetMapping("/effekt/undergrupper")
    @AuditedRead("EFFECT_SUBGROUPS")
    String subgroups(@RequestParam Map<String, String> parameters, Model model) {
        model.addAttribute(
                "groups", subgroups.of(filters.parse(EffectQuery.of(parameters).form())));
        return "evaluation/fragments :: subgroups";
    }

    @GetMapping("/effekt/eksport.xlsx")
    @AuditedRead("EFFECT_EXPORT")
    void export(@RequestParam Map<String, String> parameters, HttpServletResponse response) throws IOException {
        EffectFilter filter = filters.parse(EffectQuery.of(parameters).form());
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"effekt.xlsx\"");
        export.xlsx(filter, response.getOutputStream());
    }
}
