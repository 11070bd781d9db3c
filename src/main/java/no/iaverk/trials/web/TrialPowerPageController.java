package no.iaverk.trials.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import no.iaverk.prioritization.RuleSets;
import no.iaverk.reference.ReferenceData;
import no.iaverk.security.AuditedRead;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.ConflictException;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.trials.PowerRequest;
import no.iaverk.trials.TrialPower;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The power calculator as a page: the same question as {@code GET /api/trials/power}, asked with a form whose values
 * stay in the address, so a calculation can be shared. Empty fields are left out, so the defaults apply.
 */
@Controller
class TrialPowerPageController {

    static final List<String> FIELDS =
            List.of("effect", "alpha", "power", "uptake", "ratio", "ruleSetId", "county", "minEmployees");

    private final TrialPower power;
    private final RuleSets ruleSets;
    private final ReferenceData referenceData;

    TrialPowerPageController(TrialPower power, RuleSets ruleSets, ReferenceData referenceData) {
        this.power = power;
        this.ruleSets = ruleSets;
        this.referenceData = referenceData;
    }

    @GetMapping("/forsok/styrke")
    @AuditedRead("TRIAL_POWER")
    String calculator(
            @RequestParam MultiValueMap<String, String> parameters,
            CurrentUser user,
            HttpServletResponse response,
            Model model) {
        MultiValueMap<String, String> asked = new LinkedMultiValueMap<>();
        FIELDS.forEach(field -> {
            String value = parameters.getFirst(field);
            if (value != null && !value.isBlank()) {
                asked.add(field, value.trim());
            }
        });
        model.addAttribute("asked", asked.toSingleValueMap());
        model.addAttribute("ruleSets", ruleSets.available(user));
        model.addAttribute(
                "counties",
                referenceData.counties().stream()
                        .map(c -> new TrialDesignPageController.Option(c.number(), c.name()))
                        .toList());
        if (asked.containsKey("effect")) {
            try {
                model.addAttribute("estimate", power.estimate(PowerRequest.parse(asked), user));
            } catch (InvalidRequestException | ConflictException e) {
                response.setStatus(
                        (e instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST).value());
                model.addAttribute("problem", e.getMessage());
            }
        }
        return "trials/power";
    }
}
