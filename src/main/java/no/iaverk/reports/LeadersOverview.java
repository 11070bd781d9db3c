package no.iaverk.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A unit's leaders' overview on a day: per adviser only counts (never what a case or contact is about, never an
 * enterprise), and per unit how much of its portfolio its rule sets would pick and how many collaborations started and
 * ended in each of the last eight quarters. Maps are keyed by the enum names of cases (status, channel, service area)
 * and hold only the keys that occur.
 */
public record LeadersOverview(
        String unit,
        String unitName,
        LocalDate today,
        LocalDate activitiesFrom,
        List<Adviser> advisers,
        Adviser total,
        Portfolio portfolio,
        List<Turnover> turnover) {

    /**
     * One adviser's counts. {@code adviser} is the username: the case's owner for cases and collaborations, the one who
     * registered it for activities; null for the unit's cases nobody owns. Activities by channel and the services
     * delivered count held activities from {@code activitiesFrom} to {@code today}; overdue are planned activities
     * whose day has passed. {@code name} is the name the adviser goes by in the cases (null when none is recorded).
     */
    public record Adviser(
            @Nullable String adviser,
            @Nullable String name,
            Map<String, Integer> openCasesByStatus,
            int openCases,
            int activeCollaborations,
            int pastPlannedEnd,
            Map<String, Integer> activitiesByChannel,
            int activities,
            int overduePlannedActivities,
            Map<String, Integer> servicesDelivered) {}

    /** The unit's active collaborations and, per rule set, how many of them have an enterprise that meets it. */
    public record Portfolio(int activeCollaborations, List<RuleSetShare> ruleSets) {}

    /** {@code share} in percent with one decimal, null when the unit has no active collaboration. */
    public record RuleSetShare(
            long ruleSetId,
            String name,
            boolean preset,
            int collaborations,
            @Nullable Double share) {}

    /** Collaborations of the unit started and ended (completed or cancelled) in a quarter («2026K3»). */
    public record Turnover(String quarter, int started, int ended) {}
}
