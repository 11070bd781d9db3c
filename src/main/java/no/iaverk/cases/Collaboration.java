package no.iaverk.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.iaverk.knowledge.KnowledgeType;
import org.jspecify.annotations.Nullable;

/**
 * A time-limited collaboration within a case, with its milestones and plan; and, when it was started in a randomised
 * trial the case was enrolled in, the trial and the arm it was allocated.
 */
public record Collaboration(
        long id,
        long caseId,
        String name,
        Level level,
        List<String> unitOrgNumbers,
        InitiatedBy initiatedBy,
        List<ServiceArea> serviceAreas,
        LocalDate startDate,
        LocalDate plannedEndDate,
        @Nullable String exitCriterion,
        @Nullable AssistanceForm assistanceForm,
        @Nullable String goals,
        Status status,
        List<Milestone> milestones,
        List<PlanItem> plan,
        String createdBy,
        Instant createdAt,
        @Nullable Instant endedAt,
        @Nullable Long trialId,
        @Nullable String trialArm) {

    /** TOP steers several units (a municipality, a hospital trust, a group); UNIT is one unit or a lone enterprise. */
    public enum Level {
        TOP,
        UNIT
    }

    public enum InitiatedBy {
        CENTRE,
        ENTERPRISE
    }

    public enum ServiceArea {
        REDUCE_SICK_LEAVE,
        PREVENTIVE_WORK_ENVIRONMENT,
        HELSE_I_ARBEID
    }

    /** Process assistance (the centre leads a process) or knowledge transfer (courses, talks, material). */
    public enum AssistanceForm {
        PROCESS,
        KNOWLEDGE_TRANSFER
    }

    public enum Status {
        ACTIVE,
        COMPLETED,
        CANCELLED
    }

    public enum MilestoneKind {
        INITIAL_MEETING,
        NEEDS_ASSESSMENT,
        PLAN,
        ASSISTANCE_STARTED,
        EVALUATION,
        ENDED
    }

    public enum PlanStatus {
        PLANNED,
        IN_PROGRESS,
        DONE,
        CANCELLED
    }

    /** A milestone reached on a date, marked not relevant, or neither yet. */
    public record Milestone(MilestoneKind kind, @Nullable LocalDate date, boolean notRelevant) {}

    /**
     * One service of the catalogue in the plan; sub-themes carry their theme's code. {@code knowledge} is what the
     * library items attached to an included sub-theme are (empty for themes and for what the plan does not include:
     * a sub-theme taken out of the plan keeps its attachments hidden until it is put back).
     */
    public record PlanItem(
            String serviceCode,
            @Nullable String themeCode,
            String name,
            boolean included,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            PlanStatus status,
            List<KnowledgeAttachment> knowledge) {

        /** A sub-theme may carry knowledge; a theme only groups its sub-themes. */
        public boolean subTheme() {
            return themeCode != null;
        }
    }

    /** An item of the knowledge library attached to a sub-theme of the plan, by whom and when. */
    public record KnowledgeAttachment(
            String serviceCode,
            String itemId,
            KnowledgeType type,
            String title,
            String attachedBy,
            Instant attachedAt) {}

    /** Only an active collaboration is worked on; a completed or cancelled one is read only. */
    public boolean active() {
        return status == Status.ACTIVE;
    }

    public boolean hasPlan() {
        return plan.stream().anyMatch(PlanItem::included);
    }

    public boolean evaluated() {
        return milestones.stream().anyMatch(m -> m.kind() == MilestoneKind.EVALUATION && m.date() != null);
    }
}
