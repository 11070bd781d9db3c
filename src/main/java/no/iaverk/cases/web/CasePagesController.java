package no.iaverk.cases.web;

import java.time.LocalDate;
import java.util.List;
import no.iaverk.cases.Activities;
import no.iaverk.cases.Activity;
import no.iaverk.cases.Background;
import no.iaverk.cases.BeforeContactTrial;
import no.iaverk.cases.CaseCommand;
import no.iaverk.cases.CaseEventType;
import no.iaverk.cases.CaseStatus;
import no.iaverk.cases.CaseSummary;
import no.iaverk.cases.Cases;
import no.iaverk.cases.ClosingReason;
import no.iaverk.cases.IaCase;
import no.iaverk.cases.Justification;
import no.iaverk.cases.OwningUnit;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.OrgNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The adviser's pages: my cases, the status overview, the case page with its timeline and the quick activity form. */
@Controller
class CasePagesController {

    /** The case page's event form: the type and the version the page showed, and for closing its reason. */
    record EventForm(
            @Nullable CaseEventType type,
            @Nullable Integer expectedVersion,
            @Nullable ClosingReason reason,
            @Nullable List<Justification> justifications,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate reassessAfter) {}

    private final Cases cases;
    private final Activities activities;
    private final OwningUnit owningUnit;

    CasePagesController(Cases cases, Activities activities, OwningUnit owningUnit) {
        this.cases = cases;
        this.activities = activities;
        this.owningUnit = owningUnit;
    }

    @GetMapping("/saker")
    String mine(Model model, CurrentUser user) {
        model.addAttribute("cases", cases.mine(user));
        model.addAttribute("overdue", activities.overdue(user));
        model.addAttribute("reassess", user.unitCode() == null ? List.of() : cases.dueForReassessment(user.unitCode()));
        return "cases/mine";
    }

    @GetMapping("/saker/oversikt")
    String overview(Model model) {
        model.addAttribute("counts", cases.countsPerUnit());
        model.addAttribute("unitNames", owningUnit.names());
        model.addAttribute("statuses", CaseStatus.values());
        return "cases/overview";
    }

    /** The enterprise page's case section, loaded into it with htmx. */
    @GetMapping("/virksomhet/{orgNumber}/saker")
    String enterpriseSection(@PathVariable OrgNumber orgNumber, Model model, CurrentUser user) {
        model.addAttribute("orgNumber", orgNumber.value());
        List<CaseSummary> found = cases.forEnterprise(orgNumber.value());
        model.addAttribute("cases", found);
        model.addAttribute("mayStart", cases.mayStart(found, user));
        List<BeforeContactTrial> trials = cases.beforeContactTrials(orgNumber.value());
        model.addAttribute("trials", trials);
        // The control group of a trial before contact is not sought out: only the enterprise's own request starts it.
        boolean control = trials.stream().anyMatch(trial -> !trial.outreach());
        model.addAttribute("backgrounds", control ? List.of(Background.ENTERPRISE_REQUEST) : Background.chosenByHand());
        return "cases/enterprise :: section";
    }

    @PostMapping("/virksomhet/{orgNumber}/sak")
    String start(
            @PathVariable String orgNumber,
            @Nullable Background background,
            RedirectAttributes redirect,
            CurrentUser user) {
        long[] id = {0};
        String back = FormOutcome.attempt(
                redirect,
                "/virksomhet/" + orgNumber,
                "startForm",
                orgNumber,
                () -> id[0] = cases.start(orgNumber, background, user).id());
        return id[0] == 0 ? back : "redirect:/sak/" + id[0];
    }

    @GetMapping("/sak/{caseId}")
    String show(@PathVariable long caseId, Model model, CurrentUser user) {
        IaCase iaCase = cases.get(caseId);
        model.addAttribute("iaCase", iaCase);
        model.addAttribute("may", cases.permissions(caseId, user));
        model.addAttribute("unitName", owningUnit.name(iaCase.unitCode()));
        model.addAttribute("unitNames", owningUnit.names());
        model.addAttribute("reasons", List.of(ClosingReason.NAV_DECLINES, ClosingReason.ENTERPRISE_DECLINES));
        model.addAttribute("justifications", Justification.values());
        CaseFormOptions.addTo(model);
        ActivityLog.addTo(model, activities, iaCase, activities.forCase(caseId), null, user);
        return "cases/case";
    }

    @PostMapping("/sak/{caseId}/hendelse")
    String event(
            @PathVariable long caseId, @ModelAttribute EventForm form, RedirectAttributes redirect, CurrentUser user) {
        return FormOutcome.attempt(
                redirect,
                "/sak/" + caseId,
                "eventForm",
                form,
                () -> cases.handle(
                        caseId,
                        new CaseCommand(
                                form.type(),
                                form.expectedVersion(),
                                form.reason(),
                                form.justifications(),
                                form.reassessAfter()),
                        user));
    }

    /** A superuser of another unit takes the case over to their own unit. */
    @PostMapping("/sak/{caseId}/overfor")
    String transfer(@PathVariable long caseId, RedirectAttributes redirect, CurrentUser user) {
        return FormOutcome.attempt(
                redirect, "/sak/" + caseId, "transferForm", "", () -> cases.transfer(caseId, user.unitCode(), user));
    }

    @PostMapping("/sak/{caseId}/aktivitet")
    String registerActivity(
            @PathVariable long caseId,
            @ModelAttribute ActivityForm form,
            RedirectAttributes redirect,
            CurrentUser user) {
        return FormOutcome.attempt(
                redirect,
                "/sak/" + caseId + "#aktiviteter",
                "activityForm",
                form,
                () -> activities.register(caseId, form.activity(), user));
    }

    @PostMapping("/sak/{caseId}/aktivitet/{activityId}/status")
    String activityStatus(
            @PathVariable long caseId,
            @PathVariable long activityId,
            Activity.Status status,
            RedirectAttributes redirect,
            CurrentUser user) {
        return FormOutcome.attempt(
                redirect,
                "/sak/" + caseId + "#aktiviteter",
                "statusForm",
                status,
                () -> activities.setStatus(caseId, activityId, status, user));
    }
}
