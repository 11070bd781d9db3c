package no.iaverk.prioritization.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.iaverk.prioritization.CallListText;
import no.iaverk.prioritization.Condition;
import no.iaverk.prioritization.ExportFormat;
import no.iaverk.prioritization.PriorityFilter;
import no.iaverk.prioritization.PriorityFilters;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PrioritizationPageController {

    /** The rare filters, under «Flere filtre»: the group opens by itself when one of them is in use. */
    private static final List<String> MORE_FILTERS =
            List.of("benchmark", "trend", "status", "owner", "noContactMonths", "trialCandidate");

    private final PriorityList list;
    private final PriorityFilters filters;
    private final RuleSets ruleSets;
    private final ReferenceData referenceData;
    private final CallListText text;

    PrioritizationPageController(
            PriorityList list,
            PriorityFilters filters,
            RuleSets ruleSets,
            ReferenceData referenceData,
            CallListText text) {
        this.list = list;
        this.filters = filters;
        this.ruleSets = ruleSets;
        this.referenceData = referenceData;
        this.text = text;
    }

    /**
     * The list page; with htmx only the results are returned as the filters change. Without a county it opens on the
     * counties of the user's unit (the API has no such default: without filters it is national).
     */
    @GetMapping("/prioritering")
    @AuditedRead("PRIORITIZATION_LIST")
    String page(
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            HttpServletResponse response,
            CurrentUser user,
            Model model) {
        List<String> unit = filters.unitCounties(user);
        MultiValueMap<String, String> shown = CountyOptions.withDefault(new LinkedMultiValueMap<>(parameters), unit);
        CountyOptions counties = CountyOptions.of(shown, unit, referenceData.counties(), text);
        model.addAttribute("parameters", shown.toSingleValueMap());
        ListLinks links = new ListLinks("/prioritering", shown);
        model.addAttribute("links", links);
        model.addAttribute("counties", counties);
        try {
            PriorityFilter filter = filters.parse(CountyOptions.forFilter(new LinkedMultiValueMap<>(shown)));
            model.addAttribute("filter", filter);
            PriorityPage result = list.page(filter, user);
            AuditedEnterprises.read(
                    result.rows().stream().map(PriorityRow::orgNumber).toList());
            model.addAttribute("result", result);
            if (result.publishedQuarter() != null) {
                model.addAttribute("quarterName", text.quarter(result.publishedQuarter()));
            }
        } catch (InvalidRequestException e) {
            model.addAttribute("filterError", e.getMessage());
            model.addAttribute("filter", PriorityFilter.none());
        }
        // htmx asks for the whole page when it restores one from history that it no longer holds.
        if (htmx != null && historyRestore == null) {
            model.addAttribute("htmx", true);
            // The address bar gets the list's filters, not every blank field of the form.
            response.setHeader("HX-Push-Url", links.to("/prioritering"));
            return "prioritization/list :: results";
        }
        model.addAttribute(
                "moreFilters",
                MORE_FILTERS.stream()
                        .filter(name -> shown.getFirst(name) != null
                                && !shown.getFirst(name).isBlank())
                        .count());
        model.addAttribute("ruleSets", ruleSets.available(user));
        model.addAttribute("municipalityNames", filters.municipalityNames());
        model.addAttribute("programmes", referenceData.industryProgrammes());
        model.addAttribute("sectors", referenceData.sectors());
        model.addAttribute("caseStatuses", PriorityFilter.CASE_STATUSES);
        model.addAttribute("fields", Condition.Field.values());
        model.addAttribute("operators", Condition.Operator.values());
        return "prioritization/list";
    }

    @GetMapping("/prioritering/eksport")
    @AuditedRead("PRIORITIZATION_EXPORT")
    void export(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response, CurrentUser user)
            throws IOException {
        ExportFormat format = ExportFormats.of(parameters.getFirst("format"), text);
        PriorityFilter filter = filters.parse(CountyOptions.forFilter(new LinkedMultiValueMap<>(parameters)));
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"prioritering." + format.extension() + "\"");
        AuditedEnterprises.read(list.export(filter, format, user, response.getOutputStream()));
    }

    /**
     * Saves a rule set from the form: up to three groups (or) of up to three conditions (and); rows without a value
     * are left out. Back to the list with the filters it had ({@code filters}, its query), now with the new rule set;
     * on an error with what was typed.
     */
    @PostMapping("/prioritering/regelsett")
    String saveRuleSet(@RequestParam Map<String, String> form, CurrentUser user, RedirectAttributes redirect) {
        ListLinks back = new ListLinks("/prioritering", ListLinks.filtersOf(form.get("filters")));
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
                    return refused(text.get("priority.ruleSet.invalid"), form, back, redirect);
                }
            }
            if (!group.isEmpty()) {
                groups.add(group);
            }
        }
        try {
            var saved = ruleSets.save(form.getOrDefault("name", ""), groups, user);
            redirect.addFlashAttribute("ruleSetSaved", saved.name());
            return "redirect:" + back.with("ruleSet", saved.id());
        } catch (InvalidRequestException | ConflictException e) {
            return refused(e.getMessage(), form, back, redirect);
        }
    }

    private static String refused(
            String message, Map<String, String> form, ListLinks back, RedirectAttributes redirect) {
        redirect.addFlashAttribute("ruleSetError", message);
        redirect.addFlashAttribute("ruleSetForm", form);
        return "redirect:" + back.to("/prioritering");
    }

    @PostMapping("/prioritering/regelsett/{id}/slett")
    String deleteRuleSet(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String filters,
            CurrentUser user,
            RedirectAttributes redirect) {
        ruleSets.delete(id, user);
        MultiValueMap<String, String> kept = ListLinks.filtersOf(filters);
        if (String.valueOf(id).equals(kept.getFirst("ruleSet"))) {
            kept.remove("ruleSet");
        }
        redirect.addFlashAttribute("ruleSetDeleted", true);
        return "redirect:" + new ListLinks("/prioritering", kept).to("/prioritering");
    }
}
