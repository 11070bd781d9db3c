package no.iaverk.evaluation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.evaluation.CollaborationEffect;
import no.iaverk.evaluation.CollaborationEffect.QuarterComparison;
import no.iaverk.evaluation.EffectEvaluation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import tools.jackson.databind.json.JsonMapper;

/** A collaboration's effect section: the collaboration page loads it with htmx; on its own it is a page. */
@Controller
class CollaborationEffectPageController {

    private final EffectEvaluation evaluation;
    private final JsonMapper json;
    private final MessageSource messages;

    CollaborationEffectPageController(EffectEvaluation evaluation, JsonMapper json, MessageSource messages) {
        this.evaluation = evaluation;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/sak/{caseId}/samarbeid/{collaborationId}/effekt")
    String effect(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        CollaborationEffect effect = evaluation
                .collaboration(caseId, collaborationId)
                .orElseThrow(() -> new EffectsApiController.CollaborationNotFound(caseId, collaborationId));
        model.addAttribute("effect", effect);
        model.addAttribute("caseId", caseId);
        model.addAttribute("chart", json.writeValueAsString(chart(effect.series())));
        return htmx != null ? "evaluation/collaboration :: section" : "evaluation/collaboration";
    }

    /** Chart.js series: the studied workplaces together against their comparisons, by quarter with its e. */
    private Map<String, Object> chart(List<QuarterComparison> series) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "labels",
                series.stream()
                        .map(q ->
                                message("collaborationEffect.chart.quarter", q.quarter(), signed(q.relativeQuarter())))
                        .toList());
        Map<String, Object> lines = new LinkedHashMap<>();
        lines.put(
                message("collaborationEffect.chart.treated"),
                series.stream().map(QuarterComparison::percent).toList());
        lines.put(
                message("collaborationEffect.chart.comparisons"),
                series.stream().map(QuarterComparison::comparisonMean).toList());
        data.put("series", lines);
        return data;
    }

    private static String signed(int relativeQuarter) {
        return relativeQuarter > 0 ? "+" + relativeQuarter : String.valueOf(relativeQuarter);
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }
}
