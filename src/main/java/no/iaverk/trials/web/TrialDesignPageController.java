package no.iaverk.trials.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import no.iaverk.prioritization.RuleSets;
import no.iaverk.reference.ReferenceData;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.trials.Participation;
import no.iaverk.trials.StratumFactor;
import no.iaverk.trials.Trial;
import no.iaverk.trials.TrialDesigns;
import no.iaverk.trials.TrialKind;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The design form (superusers): a refused design comes back with each field's Norwegian message at the field and
 * everything typed kept (400); a good one becomes a draft and the browser goes to its page.
 */
@Controller
class TrialDesignPageController {

    /** A choice of a select: the value sent and the name shown. */
    record Option(String value, String label) {}

    private final TrialDesigns designs;
    private final RuleSets ruleSets;
    private final ReferenceData referenceData;

    TrialDesignPageController(TrialDesigns designs, RuleSets ruleSets, ReferenceData referenceData) {
        this.designs = designs;
        this.ruleSets = ruleSets;
        this.referenceData = referenceData;
    }

    @GetMapping("/forsok/ny")
    String form(CurrentUser user, Model model) {
        if (!user.has(Role.SUPERUSER)) {
            throw new ForbiddenException("Bare en superbruker kan utforme et forsøk.");
        }
        return form(TrialDesignForm.empty(), Map.of(), user, model);
    }

    @PostMapping("/forsok/ny")
    String design(
            @RequestParam MultiValueMap<String, String> parameters,
            CurrentUser user,
            HttpServletResponse response,
            Model model) {
        TrialDesignForm form = TrialDesignForm.of(parameters);
        try {
            Trial trial = designs.design(form.design(), user);
            return "redirect:/forsok/" + trial.id();
        } catch (InvalidFieldsException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(form, e.errors(), user, model);
        }
    }

    private String form(TrialDesignForm form, Map<String, String> errors, CurrentUser user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("armRows", TrialDesignForm.ARM_ROWS);
        model.addAttribute("kinds", TrialKind.values());
        model.addAttribute("participations", Participation.values());
        model.addAttribute("factors", StratumFactor.values());
        model.addAttribute("ruleSets", ruleSets.available(user));
        model.addAttribute(
                "counties",
                referenceData.counties().stream()
                        .map(c -> new Option(c.number(), c.name()))
                        .toList());
        model.addAttribute(
                "programmes",
                referenceData.industryProgrammes().stream()
                        .map(p -> new Option(p.code(), p.name()))
                        .toList());
        return "trials/design";
    }
}
