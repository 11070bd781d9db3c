package no.iaverk.cases.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.iaverk.cases.Activities;
import no.iaverk.cases.CasePermissions;
import no.iaverk.cases.Cases;
import no.iaverk.cases.Collaboration;
import no.iaverk.cases.Collaborations;
import no.iaverk.cases.IaCase;
import no.iaverk.cases.NewCollaboration;
import no.iaverk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The collaboration page: its fields, milestones, plan editor and activity log. */
@Controller
class CollaborationPagesController {

    /** The collaboration form; sub-units are typed one org. number per line. */
    record CollaborationForm(
            @Nullable String name,
            Collaboration.@Nullable Level level,
            @Nullable String units,
            Collaboration.@Nullable InitiatedBy initiatedBy,
            @Nullable List<Collaboration.ServiceArea> serviceAreas,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate startDate,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate plannedEndDate,

            @Nullable String exitCriterion,
            Collaboration.@Nullable AssistanceForm assistanceForm,
            @Nullable String goals) {

        NewCollaboration fields() {
            List<String> orgNumbers = units == null
                    ? List.of()
                    : Arrays.stream(units.split("[\\s,;]+"))
                            .filter(s -> !s.isBlank())
                            .toList();
            return new NewCollaboration(
                    name,
                    level,
                    orgNumbers,
                    initiatedBy,
                    serviceAreas,
                    startDate,
                    plannedEndDate,
                    exitCriterion,
                    assistanceForm,
                    goals);
        }
    }

    private final Cases cases;
    private final Collaborations collaborations;
    private final Activities activities;
    private final PlanKnowledgeSearch planKnowledgeSearch;

    CollaborationPagesController(
            Cases cases,
            Collaborations collaborations,
            Activities activities,
            PlanKnowledgeSearch planKnowledgeSearch) {
        this.cases = cases;
        this.collaborations = collaborations;
        this.activities = activities;
        this.planKnowledgeSearch = planKnowledgeSearch;
    }

    @PostMapping("/sak/{caseId}/samarbeid")
    String create(
            @PathVariable long caseId,
            @ModelAttribute CollaborationForm form,
            RedirectAttributes redirect,
            CurrentUser user) {
        long[] id = {0};
        String back = FormOutcome.attempt(
                redirect,
                "/sak/" + caseId + "#samarbeid",
                "collaborationForm",
                form,
                () -> id[0] = collaborations.create(caseId, form.fields(), user).id());
        return id[0] == 0 ? back : "redirect:/sak/" + caseId + "/samarbeid/" + id[0];
    }

    /** The page; {@code kunnskap} and {@code undertema} are the plan-knowledge search (plan-knowledge.html). */
    @GetMapping("/sak/{caseId}/samarbeid/{collaborationId}")
    String show(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            @RequestParam(name = "kunnskap", required = false) @Nullable String knowledgeText,
            @RequestParam(name = "undertema", required = false) @Nullable String subTheme,
            Model model,
            CurrentUser user) {
        IaCase iaCase = cases.get(caseId);
        Collaboration collaboration = collaborations.get(caseId, collaborationId);
        CasePermissions may = cases.permissions(caseId, user);
        model.addAttribute("iaCase", iaCase);
        model.addAttribute("collaboration", collaboration);
        model.addAttribute("may", may);
        model.addAttribute("mayChange", may.mayChange(collaboration));
        model.addAttribute(
                "planKnowledge",
                planKnowledgeSearch.view(collaboration, may.mayChange(collaboration), knowledgeText, subTheme));
        Map<String, String> errors = fieldErrors(model);
        Map<String, String> typedPlan = typed(model, "planForm");
        var plan = PlanEditor.planRows(collaboration, typedPlan, errors);
        model.addAttribute("planRows", plan);
        model.addAttribute("planErrors", typedPlan == null ? List.of() : PlanEditor.planErrors(plan, errors));
        model.addAttribute("goals", typedPlan == null ? collaboration.goals() : typedPlan.getOrDefault("goals", ""));
        model.addAttribute(
                "milestoneRows", PlanEditor.milestoneRows(collaboration, typed(model, "milestoneForm"), errors));
        CaseFormOptions.addTo(model);
        ActivityLog.addTo(
                model,
                activities,
                iaCase,
                activities.forCase(caseId).stream()
                        .filter(activity -> Long.valueOf(collaborationId).equals(activity.collaborationId()))
                        .toList(),
                collaborationId,
                user);
        return "cases/collaboration";
    }

    @PostMapping("/sak/{caseId}/samarbeid/{collaborationId}")
    String update(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            @ModelAttribute CollaborationForm form,
            RedirectAttributes redirect,
            CurrentUser user) {
        return FormOutcome.attempt(
                redirect,
                page(caseId, collaborationId),
                "collaborationForm",
                form,
                () -> collaborations.update(caseId, collaborationId, form.fields(), user));
    }

    /** The milestone form posts every milestone: {@code date_<kind>} and {@code notRelevant_<kind>}. */
    @PostMapping("/sak/{caseId}/samarbeid/{collaborationId}/milepaeler")
    String milestones(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect,
            CurrentUser user) {
        return FormOutcome.attempt(
                redirect,
                page(caseId, collaborationId) + "#milepaeler",
                "milestoneForm",
                form,
                () -> collaborations.setMilestones(caseId, collaborationId, PlanEditor.milestoneChoices(form), user));
    }

    /** The plan editor posts, per service code, whether it is included, its dates and status. */
    @PostMapping("/sak/{caseId}/samarbeid/{collaborationId}/plan")
    String plan(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect,
            CurrentUser user) {
        return FormOutcome.attempt(
                redirect,
                page(caseId, collaborationId) + "#plan",
                "planForm",
                form,
                () -> collaborations.savePlan(
                        caseId,
                        collaborationId,
                        form.getOrDefault("goals", ""),
                        PlanEditor.planChoices(collaborations.get(caseId, collaborationId), form),
                        user));
    }

    @PostMapping("/sak/{caseId}/samarbeid/{collaborationId}/fullfor")
    String complete(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            RedirectAttributes redirect,
            CurrentUser user) {
        return FormOutcome.attempt(
                redirect,
                page(caseId, collaborationId),
                "completeForm",
                "",
                () -> redirect.addFlashAttribute(
                        "warnings",
                        collaborations.complete(caseId, collaborationId, user).warnings()));
    }

    @PostMapping("/sak/{caseId}/samarbeid/{collaborationId}/avbryt")
    String cancel(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            RedirectAttributes redirect,
            CurrentUser user) {
        return FormOutcome.attempt(
                redirect,
                page(caseId, collaborationId),
                "cancelForm",
                "",
                () -> collaborations.cancel(caseId, collaborationId, user));
    }

    @PostMapping("/sak/{caseId}/samarbeid/{collaborationId}/aktivitet")
    String registerActivity(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            @ModelAttribute ActivityForm form,
            RedirectAttributes redirect,
            CurrentUser user) {
        return FormOutcome.attempt(
                redirect,
                page(caseId, collaborationId) + "#aktiviteter",
                "activityForm",
                form,
                () -> activities.register(caseId, form.activity().in(collaborationId), user));
    }

    private static String page(long caseId, long collaborationId) {
        return "/sak/" + caseId + "/samarbeid/" + collaborationId;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> fieldErrors(Model model) {
        Object errors = model.getAttribute("fieldErrors");
        return errors instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    /** What a refused form was filled with (post/redirect/get brings it back as a flash attribute). */
    @SuppressWarnings("unchecked")
    private static @Nullable Map<String, String> typed(Model model, String form) {
        return form.equals(model.getAttribute("problemForm")) && model.getAttribute(form) instanceof Map<?, ?> map
                ? (Map<String, String>) map
                : null;
    }
}
