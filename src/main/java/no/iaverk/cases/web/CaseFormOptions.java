package no.iaverk.cases.web;

import no.iaverk.cases.Activity;
import no.iaverk.cases.Collaboration;
import org.springframework.ui.Model;

/** The choices the case and collaboration forms offer, in the order the enums give them. */
final class CaseFormOptions {

    private CaseFormOptions() {}

    static void addTo(Model model) {
        model.addAttribute("channels", Activity.Channel.values());
        model.addAttribute("participants", Activity.Participant.values());
        model.addAttribute("activityStatuses", Activity.Status.values());
        model.addAttribute("serviceAreas", Collaboration.ServiceArea.values());
        model.addAttribute("levels", Collaboration.Level.values());
        model.addAttribute("initiators", Collaboration.InitiatedBy.values());
        model.addAttribute("assistanceForms", Collaboration.AssistanceForm.values());
        model.addAttribute("milestoneKinds", Collaboration.MilestoneKind.values());
        model.addAttribute("planStatuses", Collaboration.PlanStatus.values());
    }
}
