package no.iaverk.cases.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.iaverk.cases.Activities;
import no.iaverk.cases.Activity;
import no.iaverk.cases.IaCase;
import no.iaverk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/** The contact log and the quick activity form as the case and collaboration pages show them. */
final class ActivityLog {

    private ActivityLog() {}

    /**
     * The log, the activities whose status this user may change (by the service's rule), and the form: the one a
     * refused attempt came back with, else an empty one at the current minute.
     */
    static void addTo(
            Model model,
            Activities activities,
            IaCase iaCase,
            List<Activity> log,
            @Nullable Long collaborationId,
            CurrentUser user) {
        model.addAttribute("activities", log);
        Set<Long> changeable = log.stream()
                .filter(activity -> activities.mayChangeStatus(iaCase, activity, user))
                .map(Activity::id)
                .collect(Collectors.toSet());
        model.addAttribute("changeable", changeable);
        if (!model.containsAttribute("activityForm")) {
            model.addAttribute("activityForm", ActivityForm.now(collaborationId));
        }
    }
}
