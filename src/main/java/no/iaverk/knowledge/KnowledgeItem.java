package no.iaverk.knowledge;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One item of the library, whole: its texts, classification, type-specific facts, source and related items. */
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
        @Nullable LocalDate revisedOn) {

    /** A related item that exists in the library (a reference to a missing one is left out). */
    public record Related(String id, KnowledgeType type, String title) {}

    /** The attributes for reading: lists joined with commas, nested objects as JSON-like text, booleans kept. */
    public Map<String, Object> displayAttributes() {
        Map<String, Object> display = new LinkedHashMap<>();
        attributes.forEach((name, value) -> display.put(
                name,
                value instanceof Collection<?> list
                        ? String.join(", ", list.stream().map(String::valueOf).toList())
                        : value));
        return display;
    }

    /** The body's paragraphs (separated by blank lines in the content). */
    public List<String> paragraphs() {
        return Arrays.stream(body.split("\\n\\s*\\n"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
