package no.iaverk.knowledge;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One saved change of an item: who made it, when, and the fields that changed with their values before and after. */
public record KnowledgeRevision(
        int revision, Instant revisedAt, String revisedBy, String revisedByName, Kind kind, List<Change> changes) {

    /** An admin's edit, or a shipped version an admin chose over their own edit. */
    public enum Kind {
        EDIT,
        SHIPPED_VERSION
    }

    /** One field's value before and after (JSON values: text, lists, objects, null). */
    public record Change(
            String field, @Nullable Object before, @Nullable Object after) {

        /** The values for reading on a page. */
        public String beforeText() {
            return text(before);
        }

        public String afterText() {
            return text(after);
        }

        /** A value for reading: lists joined by commas, objects as "name: value", nothing as «–». */
        public static String text(@Nullable Object value) {
            if (value == null || value instanceof String s && s.isEmpty()) {
                return "–";
            }
            if (value instanceof Collection<?> list) {
                return list.isEmpty()
                        ? "–"
                        : String.join(", ", list.stream().map(Change::text).toList());
            }
            if (value instanceof Map<?, ?> map) {
                return map.isEmpty()
                        ? "–"
                        : String.join(
                                "; ",
                                map.entrySet().stream()
                                        .map(e -> e.getKey() + ": " + text(e.getValue()))
                                        .toList());
            }
            return String.valueOf(value);
        }
    }
}
