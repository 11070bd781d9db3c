package no.iaverk.employer.web;

import no.iaverk.employer.EmployerAccess;
import no.iaverk.security.AuditedRead;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.OrgNumber;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The employer's pages (EMPLOYER only): the start page lists the enterprises the employer represents; each has a page
 * of its own. The audit interceptor records both reads (the list by {@link AuditedRead}, the page by its org. number).
 */
@Controller
class EmployerPageController {

    private final EmployerAccess access;

    EmployerPageController(EmployerAccess access) {
        this.access = access;
    }

    @GetMapping("/arbeidsgiver")
    @AuditedRead("EMPLOYER_ENTERPRISES")
    String start(CurrentUser user, Model model) {
        model.addAttribute("enterprises", access.enterprises(user));
        return "employer/start";
    }

    @GetMapping("/arbeidsgiver/virksomhet/{orgNumber}")
    String enterprise(@PathVariable OrgNumber orgNumber, CurrentUser user, Model model) {
        model.addAttribute("overview", access.overview(user, orgNumber));
        return "employer/enterprise";
    }
}
