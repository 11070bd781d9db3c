package no.iaverk.trials.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import no.iaverk.prioritization.RuleSet;
import no.iaverk.prioritization.RuleSets;
import no.iaverk.security.AuditLog;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.ConflictException;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.shared.OrgNumber;
import no.iaverk.trials.Adherence;
import no.iaverk.trials.Enrolments;
import no.iaverk.trials.RevealedAllocation;
import no.iaverk.trials.Trial;
import no.iaverk.trials.TrialBalance;
import no.iaverk.trials.TrialFlow;
import no.iaverk.trials.TrialFollowUp;
import no.iaverk.trials.TrialResults;
import no.iaverk.trials.TrialStart;
import no.iaverk.trials.TrialStatus;
import no.iaverk.trials.Trials;
import no.iaverk.trials.analysis.TrialAnalyzer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trials' pages: the list, a trial's page (its design, and once started its flow, balance and adherence; the
 * analysis comes after the page, as its permutation test takes a moment), and the buttons that start, close and enrol.
 * The follow-up services audit-log every read; while a trial runs, figures by arm are for superusers only, and the page
 * shows everyone else why.
 */
@Controller
class TrialPagesController {

    private final Trials trials;
    private final TrialStart starts;
    private final Enrolments enrolments;
    private final TrialFollowUp followUp;
    private final RuleSets ruleSets;
    private final TrialDisplay display;

    TrialPagesController(
            Trials trials,
            TrialStart starts,
            Enrolments enrolments,
            TrialFollowUp followUp,
            RuleSets ruleSets,
            TrialDisplay display) {
        this.trials = trials;
        this.starts = starts;
        this.enrolments = enrolments;
        this.followUp = followUp;
        this.ruleSets = ruleSets;
        this.display = display;
    }

    @GetMapping("/forsok")
    String list(Model model) {
        model.addAttribute("trials", trials.list());
        return "trials/list";
    }

    @GetMapping("/forsok/{id}")
    String trial(@PathVariable long id, CurrentUser user, HttpServletRequest request, Model model) {
        Trial trial = trials.get(id);
        model.addAttribute("trial", trial);
        model.addAttribute("ruleSetName", ruleSetName(trial, user));
        model.addAttribute("algorithm", Trials.ALGORITHM);
        if (trial.status() != TrialStatus.DRAFT) {
            String path = request.getRequestURI();
            TrialFlow flow = followUp.flow(id, user, AuditLog.Channel.PAGE, path);
            model.addAttribute("flow", flow);
            if (flow.arms() != null) { // the figures by arm are this user's to see
                model.addAttribute("balance", followUp.balance(id, user, AuditLog.Channel.PAGE, path));
                List<Adherence> adherence = followUp.adherence(id, user, AuditLog.Channel.PAGE, path);
                model.addAttribute("adherence", adherence);
                model.addAttribute("adherent", ArmAdherence.of(trial, adherence));
                model.addAttribute("flagAbove", TrialBalance.FLAG_ABOVE);
            }
        }
        return "trials/trial";
    }

    /** The analysis section: a fragment for htmx, a page of its own without script. */
    @GetMapping("/forsok/{id}/analyse")
    String analysis(
            @PathVariable long id,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            CurrentUser user,
            HttpServletRequest request,
            Model model) {
        Trial trial = trials.get(id);
        TrialResults results = followUp.analysis(id, user, AuditLog.Channel.PAGE, request.getRequestURI());
        model.addAttribute("trial", trial);
        model.addAttribute("results", results);
        model.addAttribute("charts", TrialCharts.of(trial, results, display));
        model.addAttribute("method", TrialAnalyzer.METHOD);
        return htmx != null ? "trials/analysis :: analysis" : "trials/analysis-page";
    }

    /**
     * A closed trial's revealed allocation as JSON, for the page's link: the same as the API's, but reached with the
     * page's login and audit-logged as a read by the page. Before CLOSED: 409.
     */
    @GetMapping(path = "/forsok/{id}/tildeling", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    RevealedAllocation allocation(@PathVariable long id, CurrentUser user, HttpServletRequest request) {
        return trials.allocation(id, user, AuditLog.Channel.PAGE, request.getRequestURI());
    }

    @PostMapping("/forsok/{id}/start")
    String start(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("started", starts.start(id, user));
        } catch (InvalidRequestException | ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/forsok/" + id;
    }

    @PostMapping("/forsok/{id}/avslutt")
    String close(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        try {
            trials.close(id, user);
            redirect.addFlashAttribute("closed", true);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/forsok/" + id;
    }

    /** The arm is shown once, after the enrolment; a refusal (400, 409) is shown at the field with what was typed. */
    @PostMapping("/forsok/{id}/innmelding")
    String enrol(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String orgNumber,
            CurrentUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        String typed = orgNumber.replace(" ", "").trim();
        String problem = OrgNumber.problemWith(typed);
        try {
            if (problem != null) {
                throw new InvalidRequestException("Ugyldig organisasjonsnummer: " + problem + ".");
            }
            redirect.addFlashAttribute(
                    "enrolment",
                    enrolments.enrol(id, OrgNumber.of(typed), user, AuditLog.Channel.PAGE, request.getRequestURI()));
        } catch (InvalidRequestException | ConflictException e) {
            redirect.addFlashAttribute("enrolError", e.getMessage());
            redirect.addFlashAttribute("enrolTyped", orgNumber);
        }
        return "redirect:/forsok/" + id + "#innmelding";
    }

    private @Nullable String ruleSetName(Trial trial, CurrentUser user) {
        if (trial.ruleSetId() == null) {
            return null;
        }
        return ruleSets.available(user).stream()
                .filter(r -> r.id() == trial.ruleSetId())
                .map(RuleSet::name)
                .findFirst()
                .orElse("#" + trial.ruleSetId());
    }

    /** An arm's line in the adherence summary: how many of its enterprises followed it. */
    record ArmAdherence(String arm, String name, long adherent, long allocated) {
        static List<ArmAdherence> of(Trial trial, List<Adherence> rows) {
            return trial.arms().stream()
                    .map(a -> new ArmAdherence(
                            String.valueOf(a.code()),
                            String.valueOf(a.name()),
                            rows.stream()
                                    .filter(r -> r.arm().equals(a.code()) && r.adherent())
                                    .count(),
                            rows.stream().filter(r -> r.arm().equals(a.code())).count()))
                    .toList();
        }
    }
}
