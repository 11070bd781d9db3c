package no.iaverk.cases.web;

import java.util.Map;
import no.iaverk.cases.Cases;
import no.iaverk.cases.Collaboration;
import no.iaverk.cases.Collaborations;
import no.iaverk.cases.PlanKnowledge;
import no.iaverk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The collaboration page's forms for knowledge in the plan: attach a hit of the search to a sub-theme, remove an
 * attachment, and (for htmx) the search's hits alone. Without JavaScript the search is a GET of the page itself.
 */
@Controller
class PlanKnowledgePagesController {

    private static final String FORM = "planKnowledgeForm";

    private final Cases cases;
    private final Collaborations collaborations;
    private final PlanKnowledge planKnowledge;
    private final PlanKnowledgeSearch search;

    PlanKnowledgePagesController(
            Cases cases, Collaborations collaborations, PlanKnowledge planKnowledge, PlanKnowledgeSearch search) {
        this.cases = cases;
        this.collaborations = collaborations;
        this.planKnowledge = planKnowledge;
        this.search = search;
    }

    /** The hits alone for htmx; a plain request gets the page with the search. */
    @GetMapping("/sak/{caseId}/samarbeid/{collaborationId}/plan/kunnskap")
    String results(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            @RequestParam(name = "kunnskap", required = false) @Nullable String text,
            @RequestParam(name = "undertema", required = false) @Nullable String subTheme,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            CurrentUser user) {
        if (htmx == null) {
            return "redirect:" + PlanKnowledgeSearch.page(caseId, collaborationId, text == null ? "" : text, subTheme);
        }
        Collaboration collaboration = collaborations.get(caseId, collaborationId);
        boolean mayChange = cases.permissions(caseId, user).mayChange(collaboration);
        model.addAttribute("planKnowledge", search.view(collaboration, mayChange, text, subTheme));
        return "cases/plan-knowledge :: results";
    }

    /** A «Legg til» of a hit: the item, the sub-theme, and the search to come back to. */
    @PostMapping("/sak/{caseId}/samarbeid/{collaborationId}/plan/kunnskap")
    String attach(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect,
            CurrentUser user) {
        String subTheme = form.get("undertema");
        return FormOutcome.attempt(
                redirect,
                PlanKnowledgeSearch.page(caseId, collaborationId, form.get("kunnskap"), subTheme),
                FORM,
                form,
                () -> planKnowledge.attach(
                        caseId, collaborationId, subTheme == null ? "" : subTheme, form.get("itemId"), user));
    }

    @PostMapping("/sak/{caseId}/samarbeid/{collaborationId}/plan/{serviceCode}/kunnskap/{itemId}/fjern")
    String remove(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            @PathVariable String serviceCode,
            @PathVariable String itemId,
            RedirectAttributes redirect,
            CurrentUser user) {
        return FormOutcome.attempt(
                redirect,
                "/sak/" + caseId + "/samarbeid/" + collaborationId + "#plan",
                FORM,
                Map.of(),
                () -> planKnowledge.remove(caseId, collaborationId, serviceCode, itemId, user));
    }
}
