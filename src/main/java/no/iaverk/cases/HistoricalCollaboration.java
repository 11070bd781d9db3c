package no.iaverk.cases;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A past collaboration to record: its fields (start and planned end may lie in the past), how it stands, its actual
 * end (required when COMPLETED or CANCELLED, absent while ACTIVE), its dated milestones, its plan and the activities
 * held in it (DONE, the default, or CANCELLED; the participants' roles tell who took part).
 */
public record HistoricalCollaboration(
        @Nullable NewCollaboration collaboration,
        Collaboration.@Nullable Status status,
        @Nullable LocalDate endedOn,
        @Nullable List<Milestone> milestones,
        @Nullable List<Collaborations.PlanChoice> plan,
        @Nullable List<NewActivity> activities) {

    /** A milestone reached on a date, or not relevant ({@code notRelevant} may be left out: false). */
    public record Milestone(
            Collaboration.MilestoneKind kind,
            @Nullable LocalDate date,
            @Nullable Boolean notRelevant) {

        public static Milestone on(Collaboration.MilestoneKind kind, LocalDate date) {
            return new Milestone(kind, date, false);
        }

        Collaborations.MilestoneChoice choice() {
            return new Collaborations.MilestoneChoice(kind, date, Boolean.TRUE.equals(notRelevant));
        }
    }
}
