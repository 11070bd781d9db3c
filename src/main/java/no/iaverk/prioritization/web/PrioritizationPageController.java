package no.iaverk.prioritization.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.iaverk.prioritization.Condition;
import no.iaverk.prioritization.ExportFormat;
import no.iaverk.prioritization.PriorityFilter;
import no.iaverk.prioritization.PriorityList;
import no.iaverk.prioritization.PriorityPage;
import no.iaverk.prioritization.PriorityRow;
import no.iaverk.prioritization.RuleSets;
import no.iaverk.reference.ReferenceData;
import no.iaverk.security.AuditedEnterprises;
import no.iaverk.security.AuditedRead;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.ConflictException;
import no.iaverk.shared.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PrioritizationPageController {

    private final PriorityList list;
    private final RuleSets ruleSets;
    private final ReferenceData referenceData;

    PrioritizationPageController(PriorityList list, RuleSets ruleSets, ReferenceData referenceData) {
        this.list = list;
        this.ruleSets = ruleSets;
        this.referenceData = referenceData;
    }

    /** The list page; with htmx only the results are returned as the filters change. */
    @GetMapping("/prioritering")
    @AuditedRead("PRIORITIZATION_LIST")
    String page(
            @RequestParam Map<String, String> parameters,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        CurrentUser user = PrioritizationApiController.user();
        model.addAttribute("parameters", parameters);
        model.addAttribute("links", new ListLinks("/prioritering", parameters));
        try {
            PriorityFilter filter = PriorityFilter.parse(parameters);
            model.addAttribute("filter", filter);
            PriorityPage result = list.page(filter, user);
            AuditedEnterprises.read(
                    result.rows().stream().map(PriorityRow::orgNumber).toList());
            model.addAttribute("result", result);
        } catch (InvalidRequestException e) {
            model.addAttribute("filterError", e.getMessage());
            model.addAttribute("filter", PriorityFilter.none());
        }
        if (htmx != null) {
            return "prioritization/list :: results";
        }
        model.addAttribute("ruleSets", ruleSets.available(user));
        model.addAttribute("counties", referenceData.counties());
        model.addAttribute("programmes", referenceData.industryProgrammes());
        model.addAttribute("sectors", referenceData.sectors());
        model.addAttribute("caseStatuses", PriorityFilter.CASE_STATUSES.split("\\|"));
        model.addAttribute("fields", Condition.Field.values());
        model.addAttribute("operators", Condition.Operator.values());
        return "prioritization/list";
    }

    @GetMapping("/prioritering/eksport")
    @AuditedRead("PRIORITIZATION_EXPORT")
    void export(@RequestParam Map<String, String> parameters, HttpServletResponse response) throws IOException {
        ExportFormat format = PrioritizationApiController.format(parameters.get("format"));
        PriorityFilter filter = PriorityFilter.parse(parameters);
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"prioritering." + format.extension() + "\"");
        AuditedEnterprises.read(
                list.export(filter, format, PrioritizationApiController.user(), response.getOutputStream()));
    }

    /**
     * Saves a rule set from the form: up to three groups (or) of up to three conditions (and); rows without a value
     * are left out.
     */
    @PostMapping("/prioritering/regelsett")
    String saveRuleSet(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        List<List<Condition>> groups = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            List<Condition> group = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                String prefix = "g" + g + "c" + c;
                String value = form.get(prefix + "value");
                if (value == null || value.isBlank()) {
                    continue;
                }
                try {
                    group.add(new Condition(
                            Condition.Field.valueOf(form.get(prefix + "field")),
                            Condition.Operator.valueOf(form.get(prefix + "operator")),
                            new BigDecimal(value.trim().replace(',', '.'))));
                } catch (IllegalArgumentException | NullPointerException e) {
                    redirect.addFlashAttribute("ruleSetError", "Betingelsene må ha felt, operator og et tall.");
                    return "redirect:/prioritering";
                }
            }
            if (!group.isEmpty()) {
                groups.add(group);
            }
        }
        try {
            var saved = ruleSets.save(form.getOrDefault("name", ""), groups, PrioritizationApiController.user());
            redirect.addFlashAttribute("ruleSetSaved", saved.name());
            return "redirect:/prioritering?ruleSet=" + saved.id();
        } catch (InvalidRequestException | ConflictException e) {
            redirect.addFlashAttribute("ruleSetError", e.getMessage());
            return "redirect:/prioritering";
        }
    }

    @PostMapping("/prioritering/regelsett/{id}/slett")
    String deleteRuleSet(@PathVariable long id, RedirectAttributes redirect) {
        ruleSets.delete(id, PrioritizationApiController.user());
        redirect.addFlashAttribute("ruleSetDeleted", true);
        return "redirect:/prioritering";
    }
}
