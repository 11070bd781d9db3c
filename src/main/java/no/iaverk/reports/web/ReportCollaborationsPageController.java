package no.iaverk.reports.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import no.iaverk.reports.AssistanceCollaborations;
import no.iaverk.reports.CollaborationList;
import no.iaverk.security.AuditedEnterprises;
import no.iaverk.security.AuditedRead;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.NavUnit;
import no.iaverk.security.NavUnits;
import no.iaverk.shared.MessageBundle;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page of the collaborations behind a figure of the assistance report, with the same parameters as the API. */
@Controller
class ReportCollaborationsPageController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    /** Where a filter's values are named in Norwegian; the yes-or-no filters are named by report.yes/report.no. */
    private static final Map<String, String> VALUE_KEYS = Map.of(
            "sector", "report.sector.",
            "level", "report.level.",
            "category", "reports.industry.",
            "status", "reports.collaborations.status.",
            "milestone", "collaboration.milestone.",
            "band", "report.band.",
            "initiatedBy", "collaboration.initiatedBy.",
            "serviceArea", "collaboration.serviceArea.",
            "leaderMeetings", "report.countBand.meetings.",
            "largestGathering", "report.countBand.units.");

    private final AssistanceCollaborations collaborations;
    private final NavUnits units;
    private final MessageSource messages;

    ReportCollaborationsPageController(
            AssistanceCollaborations collaborations, NavUnits units, MessageSource messages) {
        this.collaborations = collaborations;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/rapporter/samarbeid")
    @AuditedRead("ASSISTANCE_COLLABORATIONS")
    String collaborations(@RequestParam Map<String, String> parameters, CurrentUser user, Model model) {
        CollaborationList list = collaborations.list(parameters, user);
        AuditedEnterprises.read(
                list.items().stream().map(CollaborationList.Item::orgNumber).toList());
        // The filters in effect, in the list's order, for the heading.
        Map<String, String> filters = new LinkedHashMap<>();
        AssistanceCollaborations.filterNames().stream()
                .filter(name ->
                        parameters.get(name) != null && !parameters.get(name).isBlank())
                .forEach(name ->
                        filters.put(name, label(name, parameters.get(name).trim())));
        model.addAttribute("list", list);
        // The list has checked the period, so the dates parse.
        model.addAttribute(
                "from", LocalDate.parse(parameters.get("from").trim()).format(DATE));
        model.addAttribute("to", LocalDate.parse(parameters.get("to").trim()).format(DATE));
        String unit = parameters.get("unit");
        model.addAttribute(
                "unit",
                unit == null || unit.isBlank()
                        ? null
                        : units.find(unit.trim()).map(NavUnit::name).orElse(unit.trim()));
        model.addAttribute("filters", filters);
        return "reports/collaborations";
    }

    /** A filter's value as the report names it («Enhetsnivå», «Ja», the centre's name); the code when it has no name. */
    private String label(String filter, String value) {
        if (filter.equals("centre")) {
            return units.find(value).map(NavUnit::name).orElse(value);
        }
        String key = VALUE_KEYS.get(filter);
        if (key != null) {
            return messages.getMessage(key + value.toUpperCase(Locale.ROOT), null, value, MessageBundle.NORWEGIAN);
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> messages.getMessage("report.yes", null, MessageBundle.NORWEGIAN);
            case "false" -> messages.getMessage("report.no", null, MessageBundle.NORWEGIAN);
            default -> value;
        };
    }
}
