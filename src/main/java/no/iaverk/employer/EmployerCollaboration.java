package no.iaverk.employer;

import java.time.LocalDate;
import java.util.List;
import no.iaverk.cases.Collaboration;
import org.jspecify.annotations.Nullable;

/**
 * A collaboration as the enterprise sees it ({@code GET /api/employer/collaborations}): its name, status, period and
 * goals, the milestone timeline, the plan the adviser made (themes and sub-themes with status, dates and the library
 * items attached) and the documents published to the enterprise. Nothing of the adviser's own: no contact log, no
 * case events, no owner or followers.
 */
public record EmployerCollaboration(
        long id,
        long caseId,
        String name,
        Collaboration.Status status,
        String orgNumber,
        String enterpriseName,
        Collaboration.Level level,
        List<String> unitOrgNumbers,
        LocalDate startDate,
        LocalDate plannedEndDate,
        @Nullable String goals,
        List<Milestone> milestones,
        List<PlanRow> plan,
        List<EmployerDocument> documents) {

    /** A milestone reached on {@code date} ({@code done}), marked not relevant, or neither yet. */
    public record Milestone(
            Collaboration.MilestoneKind kind, @Nullable LocalDate date, boolean done, boolean notRelevant) {}

    /**
     * One line of the plan: a theme the plan includes ({@code subTheme} null), or an included sub-theme under its
     * theme. {@code status}, {@code start} and {@code end} are null for a theme that only groups included sub-themes.
     */
    public record PlanRow(
            String themeCode,
            String theme,
            @Nullable String subThemeCode,
            @Nullable String subTheme,
            Collaboration.@Nullable PlanStatus status,
            @Nullable LocalDate start,
            @Nullable LocalDate end,
            List<Knowledge> knowledge) {}

    /** A library item attached to a sub-theme: named, not linked (the library's pages are NAV's). */
    public record Knowledge(String id, String type, String title) {}

    /** The enterprises this collaboration is about: the case's enterprise and the units it covers. */
    public List<String> enterprises() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(orgNumber), unitOrgNumbers.stream())
                .distinct()
                .toList();
    }
}
