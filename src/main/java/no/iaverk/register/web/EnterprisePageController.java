package no.iaverk.register.web;

import no.iaverk.reference.ReferenceData;
import no.iaverk.register.EnterpriseRegister;
import no.iaverk.register.EnterpriseSummary;
import no.iaverk.security.AuditedEnterprises;
import no.iaverk.security.AuditedRead;
import no.iaverk.shared.OrgNumber;
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
class EnterprisePageController {

    private static final int PAGE_RESULTS = 50;

    private final EnterpriseRegister register;
    private final ReferenceData referenceData;

    EnterprisePageController(EnterpriseRegister register, ReferenceData referenceData) {
        this.register = register;
        this.referenceData = referenceData;
    }

    /** The search page; with htmx only the result list is returned, as the user types. */
    @GetMapping("/virksomheter")
    @AuditedRead("ENTERPRISE_SEARCH")
    String search(
            @RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(name = "flere", defaultValue = "false") boolean more,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        model.addAttribute("query", query);
        var hits = register.searchPage(query, more ? EnterpriseRegister.MAX_SEARCH_RESULTS : PAGE_RESULTS);
        AuditedEnterprises.read(
                hits.enterprises().stream().map(EnterpriseSummary::orgNumber).toList());
        model.addAttribute("results", hits.enterprises());
        model.addAttribute("moreResults", hits.more());
        model.addAttribute("showingAll", more);
        return htmx != null ? "register/search :: results" : "register/search";
    }

    @GetMapping("/virksomhet/{orgNumber}")
    String enterprise(@PathVariable OrgNumber orgNumber, Model model) {
        model.addAttribute("enterprise", register.get(orgNumber));
        model.addAttribute("programmes", referenceData.industryProgrammes());
        return "register/enterprise";
    }

    @PostMapping("/virksomhet/{orgNumber}/bransjeprogram")
    String assignProgramme(
            @PathVariable OrgNumber orgNumber,
            @RequestParam(name = "programme", defaultValue = "") String programme,
            RedirectAttributes redirect) {
        register.assignIndustryProgramme(orgNumber, programme.isBlank() ? null : programme);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/virksomhet/" + orgNumber;
    }
}
