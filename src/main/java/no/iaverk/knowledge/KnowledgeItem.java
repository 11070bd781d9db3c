package no.iaverk.knowledge;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One item of the library, whole: its texts, classification, type-specific facts, source and related items; its
 * revision date, whether that is over two years ago ({@link RevisionDue}), and its revision counter (what an edit is
 * based on).
 */
public record KnowledgeItem(
        String id,
        KnowledgeType type,
        String key,
        String title,
        String summary,
        String body,
        @Nullable KnowledgeScope scope,
        List<String> industryProgrammes,
        @Nullable String industry,
        @Nullable String targetGroup,
        List<String> themes,
        SourceKind sourceKind,
        @Nullable EvidenceStrength evidence,
        KnowledgeSource source,
        Map<String, Object> attributes,
        List<Related> related,
        @Nullable LocalDate revisedOn,
        int revision,
        boolean revisionOverdue) {

    /** A related item that exists in the library (a reference to a missing one is left out). */
    public record Related(String id, KnowledgeType type, String title) {}

    /**
     * The attributes for reading: a code with a {@code <name>Label} beside it shows the label (and the label is not
     * listed again), lists are joined with commas, nested objects become "name: value" text, booleans are kept.
     */
    public Map<String, Object> displayAttributes() {
        Map<String, Object> display = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            // A fact the source does not give (null) is left out; its label stands in for a code.
            if (value == null
                    || name.endsWith("Label") && attributes.containsKey(name.substring(0, name.length() - 5))) {
                return;
            }
            Object label = attributes.get(name + "Label");
            display.put(name, label != null ? text(label) : value instanceof Boolean ? value : text(value));
        });
        return display;
    }

    private static String text(@Nullable Object value) {
        if (value instanceof Collection<?> list) {
            return String.join(", ", list.stream().map(KnowledgeItem::text).toList());
        }
        if (value instanceof Map<?, ?> map) {
            return String.join(
                    "; ",
                    map.entrySet().stream()
                            .filter(e -> e.getValue() != null)
                            .map(e -> e.getKey() + ": " + text(e.getValue()))
                            .toList());
        }
        return value == null ? "–" : String.valueOf(value);
    }

    /** The body's paragraphs (separated by blank lines in the content). */
    public List<String> paragraphs() {
        return Arrays.stream(body.split("\\n\\s*\\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
