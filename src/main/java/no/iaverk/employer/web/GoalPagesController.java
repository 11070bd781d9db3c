package no.iaverk.employer.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import no.iaverk.employer.EmployerScope;
import no.iaverk.employer.GoalMetric;
import no.iaverk.employer.Goals;
import no.iaverk.employer.NewGoal;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.MessageBundle;
import no.iaverk.shared.OrgNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise's goals page ({@code /arbeidsgiver/virksomhet/{org}/mal}: its goals and its sub-units', the form to
 * add one, removing) and the collaboration page's read-only section of them for the adviser. Reads are audit-logged by
 * the {@code {orgNumber}} or {@code {caseId}} in the path.
 */
@Controller
class GoalPagesController {

    private static final MessageSourceAccessor TEXTS = MessageBundle.of("templates/employer/messages");

    private final EmployerScope scope;
    private final Goals goals;

    GoalPagesController(EmployerScope scope, Goals goals) {
        this.scope = scope;
        this.goals = goals;
    }

    /** The form as typed: text, so a wrong number comes back as the person wrote it. */
    record GoalForm(
            @Nullable String description,
            @Nullable String metric,
            @Nullable String target,
            @Nullable String tolerance,
            @Nullable String year) {}

    @GetMapping("/arbeidsgiver/virksomhet/{orgNumber}/mal")
    String page(@PathVariable OrgNumber orgNumber, Model model) {
        scope.requireAccess(orgNumber);
        fill(
                model,
                orgNumber,
                new GoalForm(
                        "",
                        GoalMetric.SICK_LEAVE_PERCENT.name(),
                        "",
                        "0",
                        String.valueOf(Year.now().getValue())),
                Map.of());
        return "employer/goals";
    }

    @PostMapping("/arbeidsgiver/virksomhet/{orgNumber}/mal")
    String create(
            @PathVariable OrgNumber orgNumber,
            @ModelAttribute GoalForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        scope.requireAccess(orgNumber);
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal target = number(form.target(), "target", errors);
        BigDecimal tolerance = number(form.tolerance(), "tolerance", errors);
        BigDecimal year = number(form.year(), "year", errors);
        NewGoal goal = new NewGoal(
                form.description(), form.metric(), target, tolerance, year == null ? null : wholeYear(year));
        try {
            if (errors.isEmpty()) {
                goals.create(orgNumber, goal, scope.person());
                redirect.addFlashAttribute("created", true);
                return "redirect:/arbeidsgiver/virksomhet/" + orgNumber.value() + "/mal";
            }
            goals.check(goal); // the other fields' errors too, beside the numbers that did not parse
        } catch (InvalidFieldsException e) {
            e.errors().forEach(errors::putIfAbsent);
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        fill(model, orgNumber, form, errors);
        return "employer/goals";
    }

    @PostMapping("/arbeidsgiver/virksomhet/{orgNumber}/mal/{id}/fjern")
    String remove(
            @PathVariable OrgNumber orgNumber,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable OrgNumber from,
            RedirectAttributes redirect) {
        scope.requireAccess(orgNumber);
        OrgNumber back = from != null && scope.orgNumbers().contains(from.value()) ? from : orgNumber;
        goals.remove(orgNumber, id, scope.person());
        redirect.addFlashAttribute("removed", true);
        return "redirect:/arbeidsgiver/virksomhet/" + back.value() + "/mal";
    }

    /** For the adviser: the goals of the case's legal unit and its sub-units, read-only. */
    @GetMapping("/sak/{caseId}/samarbeid/{collaborationId}/mal")
    String adviserSection(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        model.addAttribute("goals", goals.forCollaboration(caseId, collaborationId));
        model.addAttribute("caseId", caseId);
        model.addAttribute("collaborationId", collaborationId);
        model.addAttribute("embedded", htmx != null);
        return htmx != null ? "employer/goals-adviser :: section" : "employer/goals-adviser";
    }

    private void fill(Model model, OrgNumber orgNumber, GoalForm form, Map<String, String> errors) {
        model.addAttribute("orgNumber", orgNumber.value());
        model.addAttribute("goals", goals.withSubUnits(orgNumber));
        model.addAttribute("metrics", GoalMetric.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
    }

    /** A number as people write it here (decimal comma, spaces); a field error when it is not one, null when empty. */
    private static @Nullable BigDecimal number(@Nullable String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.replaceAll("[\\s\u00a0]", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.put(field, TEXTS.getMessage("goal.error.number"));
            return null;
        }
    }

    /** A year with decimals is no year: out of every range, so the service names it. */
    private static Integer wholeYear(BigDecimal year) {
        try {
            return year.intValueExact();
        } catch (ArithmeticException e) {
            return -1;
        }
    }
}
