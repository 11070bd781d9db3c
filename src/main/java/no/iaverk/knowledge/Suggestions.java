package no.iaverk.knowledge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Knowledge items suggested for one collaboration, ranked, each with the reasons it was chosen for (in Norwegian,
 * with the numbers), and the inputs the rules read: what was used, and what was withheld or missing and why.
 */
public record Suggestions(long collaborationId, Inputs inputs, List<Suggestion> suggestions) {

    /** One suggested item; {@code score} is the summed weight of the rules that chose it. */
    public record Suggestion(String id, KnowledgeType type, String title, BigDecimal score, List<String> reasons) {}

    /**
     * What the rules read. {@code level} is the collaboration's (TOP or UNIT); each input says whether it was used
     * and, in a sentence, what it held or why it was left out.
     */
    public record Inputs(
            String level, List<Unit> units, Input industryProgramme, Input sickLeave, Input needsAssessment) {}

    /** A workplace of the collaboration; {@code note} says why its figures were not used, when they were not. */
    public record Unit(
            String orgNumber,
            @Nullable String name,
            boolean used,
            @Nullable String note) {}

    /** {@code figures}: the numbers the rules compared, by name (percentages with one decimal). */
    public record Input(InputStatus status, String text, Map<String, Object> figures) {}

    public enum InputStatus {
        /** Read and given to the rules. */
        USED,
        /** There, but left out by a privacy rule (fewer than five persons, fewer than three respondents, access). */
        WITHHELD,
        /** Not there: no programme, no published statistics, no completed needs assessment. */
        MISSING
    }
}
