package no.iaverk.knowledge;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total number of matches, and the facet counts: for each facet, how many matches each value has
 * with every other filter applied (so choosing a value shows how many the choice gives).
 */
public record KnowledgeSearchResult(
        String query, long total, int page, List<KnowledgeHit> items, Map<String, Map<String, Long>> facets) {

    public static final List<String> FACETS =
            List.of("type", "industryProgramme", "scope", "theme", "evidence", "sourceKind");

    public int pages() {
        return (int) Math.max(1, (total + KnowledgeQuery.PAGE_SIZE - 1) / KnowledgeQuery.PAGE_SIZE);
    }
}
