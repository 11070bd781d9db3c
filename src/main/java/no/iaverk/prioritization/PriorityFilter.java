package no.iaverk.prioritization;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a call list is filtered and sorted by. {@link PriorityFilters#parse} reads it from request parameters with the
 * names the API documents and checks every value; {@code counties} empty means the whole country. {@code trialCandidate}
 * keeps the workplaces a running trial randomised before contact has put in an arm that offers assistance.
 */
public record PriorityFilter(
        List<String> counties,
        @Nullable String municipality,
        @Nullable String industry,
        @Nullable String naceCode,
        @Nullable String industryProgramme,
        @Nullable Integer sector,
        @Nullable Integer minEmployees,
        @Nullable Integer maxEmployees,
        @Nullable BigDecimal minPercent,
        @Nullable BigDecimal maxPercent,
        @Nullable Benchmark benchmark,
        boolean risingTrend,
        @Nullable Long ruleSet,
        @Nullable String caseStatus,
        @Nullable String owner,
        @Nullable Integer noContactMonths,
        boolean trialCandidate,
        SortKey sort,
        Direction direction,
        int page,
        int size) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;

    public PriorityFilter {
        counties = List.copyOf(counties);
    }

    public enum Benchmark {
        ABOVE,
        AT_OR_BELOW
    }

    public enum SortKey {
        LOST_WORKDAYS,
        POTENTIAL,
        PERCENT,
        EMPLOYEES,
        NAME,
        LAST_CASE_CHANGE;

        /** Names from A, everything else largest first. */
        public Direction defaultDirection() {
            return this == NAME ? Direction.ASC : Direction.DESC;
        }
    }

    /** The case statuses a list filters on: an open case's status, or NONE for no open case. */
    public static final List<String> CASE_STATUSES = List.of("NONE", "ASSESSING", "CONTACTING", "MAPPING", "ASSISTING");

    public enum Direction {
        ASC,
        DESC
    }

    /** The whole country, every enterprise, by lost workdays. */
    public static PriorityFilter none() {
        return new PriorityFilter(
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                false,
                SortKey.LOST_WORKDAYS,
                Direction.DESC,
                0,
                DEFAULT_SIZE);
    }

    /** Whether any condition on sick-leave figures is set: then masked enterprises cannot be in the list. */
    public boolean hasSickLeaveCondition() {
        return minPercent != null || maxPercent != null || benchmark != null || risingTrend;
    }

    /** The page's offset in the whole list. */
    public long offset() {
        return (long) page * size;
    }
}
