package no.iaverk.reports.web;

import java.util.LinkedHashMap;
import java.util.Map;
import no.iaverk.reports.AssistanceCollaborations;
import no.iaverk.reports.CollaborationList;
import no.iaverk.security.AuditedEnterprises;
import no.iaverk.security.AuditedRead;
import no.iaverk.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page of the collaborations behind a figure of the assistance report, with the same parameters as the API. */
@Controller
class ReportCollaborationsPageController {

    private final AssistanceCollaborations collaborations;

    ReportCollaborationsPageController(AssistanceCollaborations collaborations) {
        this.collaborations = collaborations;
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
                .forEach(name -> filters.put(name, parameters.get(name).trim()));
        model.addAttribute("list", list);
        model.addAttribute("from", parameters.get("from"));
        model.addAttribute("to", parameters.get("to"));
        model.addAttribute("unit", parameters.get("unit"));
        model.addAttribute("filters", filters);
        return "reports/collaborations";
    }
}
