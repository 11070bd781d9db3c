package no.iaverk.reports.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.cases.Activity;
import no.iaverk.cases.CaseStatus;
import no.iaverk.cases.Collaboration;
import no.iaverk.reports.LeadersOverview;
import no.iaverk.reports.LeadersOverviews;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.NavUnit;
import no.iaverk.security.NavUnits;
import no.iaverk.security.Role;
import no.iaverk.shared.MessageBundle;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The leaders' overview as a page: the same question as {@code GET /api/reports/leaders}, as tables and a chart. */
@Controller
class LeadersPageController {

    private final LeadersOverviews overviews;
    private final NavUnits units;
    private final JsonMapper json;
    private final MessageSource messages;

    LeadersPageController(LeadersOverviews overviews, NavUnits units, JsonMapper json, MessageSource messages) {
        this.messages = messages;
        this.overviews = overviews;
        this.units = units;
        this.json = json;
    }

    // Counts only, no enterprise named: not audit-logged (see LeadersOverviews).
    @GetMapping("/rapporter/leder")
    String leaders(@RequestParam(required = false) @Nullable String unit, CurrentUser user, Model model) {
        LeadersOverview overview = overviews.overview(unit, user);
        model.addAttribute("overview", overview);
        // Only an admin may choose another unit.
        model.addAttribute("units", user.has(Role.ADMIN) ? units.all() : List.<NavUnit>of());
        model.addAttribute(
                "statuses",
                Arrays.stream(CaseStatus.values()).filter(CaseStatus::open).toList());
        model.addAttribute("channels", Activity.Channel.values());
        model.addAttribute("serviceAreas", Collaboration.ServiceArea.values());
        model.addAttribute("turnoverChart", json.writeValueAsString(turnoverChart(overview)));
        return "reports/leaders";
    }

    /** The bar chart's data for reports.js: one bar pair per quarter, labelled as the table beside it. */
    private Map<String, Object> turnoverChart(LeadersOverview overview) {
        List<LeadersOverview.Turnover> turnover = overview.turnover();
        Map<String, Object> series = new LinkedHashMap<>();
        series.put(
                text("leaders.started"),
                turnover.stream().map(LeadersOverview.Turnover::started).toList());
        series.put(
                text("leaders.ended"),
                turnover.stream().map(LeadersOverview.Turnover::ended).toList());
        return Map.of(
                "labels",
                turnover.stream()
                        .map(t -> Quarter.parse(t.quarter()))
                        .map(q -> messages.getMessage(
                                "quarter.label", new Object[] {q.quarter(), q.year()}, MessageBundle.NORWEGIAN))
                        .toList(),
                "series",
                series,
                "axis",
                text("leaders.axis"));
    }

    private String text(String key) {
        return messages.getMessage(key, null, MessageBundle.NORWEGIAN);
    }
}
