package no.iaverk.knowledge.web;

import java.util.LinkedHashMap;
import java.util.Map;
import no.iaverk.knowledge.KnowledgeQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** The search page's links: the current query with one facet value chosen or dropped, or on another page. */
public final class KnowledgeLinks {

    private final Map<String, @Nullable String> current = new LinkedHashMap<>();

    KnowledgeLinks(KnowledgeQuery query) {
        current.put("q", query.text().isEmpty() ? null : query.text());
        current.put("type", query.type() == null ? null : query.type().name());
        current.put("industryProgramme", query.industryProgramme());
        current.put("scope", query.scope() == null ? null : query.scope().name());
        current.put("theme", query.theme());
        current.put(
                "evidence", query.evidence() == null ? null : query.evidence().name());
        current.put(
                "sourceKind",
                query.sourceKind() == null ? null : query.sourceKind().name());
        current.put(
                "revision", query.revision() == null ? null : query.revision().name());
    }

    /** Whether the facet has this value chosen. */
    public boolean chosen(String facet, String value) {
        return value.equals(current.get(facet));
    }

    /** How many values of a long facet (the themes: over 200) the page lists; the API gives them all. */
    static final int LISTED_VALUES = 15;

    /** The values the page lists: the first {@link #LISTED_VALUES} by count, and the chosen one wherever it ranks. */
    public Map<String, Long> listed(String facet, Map<String, Long> counts) {
        Map<String, Long> listed = new LinkedHashMap<>();
        counts.forEach((value, count) -> {
            if (listed.size() < LISTED_VALUES || chosen(facet, value)) {
                listed.put(value, count);
            }
        });
        return listed;
    }

    /** Whether any filter is chosen. */
    public boolean filtered() {
        return current.entrySet().stream().anyMatch(e -> !e.getKey().equals("q") && e.getValue() != null);
    }

    /** Chooses the value, or drops it when it is already chosen; back to page 1. */
    public String toggle(String facet, String value) {
        Map<String, @Nullable String> next = new LinkedHashMap<>(current);
        next.put(facet, chosen(facet, value) ? null : value);
        return url(next, 1);
    }

    /** The text alone, no filters. */
    public String clear() {
        Map<String, @Nullable String> next = new LinkedHashMap<>();
        next.put("q", current.get("q"));
        return url(next, 1);
    }

    public String page(int page) {
        return url(current, page);
    }

    private static String url(Map<String, @Nullable String> parameters, int page) {
        var builder = UriComponentsBuilder.fromPath("/kunnskap");
        parameters.forEach((name, value) -> {
            if (value != null) {
                builder.queryParam(name, value);
            }
        });
        if (page > 1) {
            builder.queryParam("page", page);
        }
        return builder.encode().build().toUriString();
    }
}
