package no.iaverk.web.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.iaverk.cases.Activities;
import no.iaverk.cases.Activity;
import no.iaverk.cases.CaseSummary;
import no.iaverk.cases.Cases;
import no.iaverk.security.CurrentUser;
import no.iaverk.statistics.Publication;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: what needs the user today (overdue planned activities, their open cases), the latest published
 * quarter, and the ways into the rest. Three indexed queries, so it stays fast.
 */
@Controller
class HomeController {

    /** Open cases shown on the start page; "Mine saker" has them all. */
    static final int CASES_SHOWN = 8;

    /** An overdue activity with the name of its enterprise where the user's case list knows it. */
    record Overdue(Activity activity, @Nullable String enterpriseName) {}

    private final Cases cases;
    private final Activities activities;
    private final Publication publication;

    HomeController(Cases cases, Activities activities, Publication publication) {
        this.cases = cases;
        this.activities = activities;
        this.publication = publication;
    }

    @GetMapping("/")
    String home(Model model, CurrentUser user) {
        if (user.employer()) {
            return "redirect:/arbeidsgiver"; // an employer's start page is their own, in the employer module
        }
        List<CaseSummary> mine = cases.mine(user);
        List<CaseSummary> open =
                mine.stream().filter(summary -> summary.status().open()).toList();
        Map<Long, String> names =
                mine.stream().collect(Collectors.toMap(CaseSummary::id, CaseSummary::enterpriseName, (a, b) -> a));
        model.addAttribute("openCases", open.stream().limit(CASES_SHOWN).toList());
        model.addAttribute("moreCases", Math.max(0, open.size() - CASES_SHOWN));
        model.addAttribute(
                "overdue",
                activities.overdue(user).stream()
                        .map(activity -> new Overdue(activity, names.get(activity.caseId())))
                        .toList());
        model.addAttribute("quarter", publication.current().orElse(null));
        return "web/home";
    }
}
