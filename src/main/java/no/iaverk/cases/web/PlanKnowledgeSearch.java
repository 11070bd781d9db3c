package no.iaverk.cases.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.iaverk.cases.Collaboration;
import no.iaverk.cases.Collaboration.PlanItem;
import no.iaverk.knowledge.KnowledgeLibrary;
import no.iaverk.knowledge.KnowledgeQuery;
import no.iaverk.knowledge.KnowledgeSearchResult;
import no.iaverk.shared.InvalidRequestException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The collaboration page's search for knowledge to attach to the plan: the text and the sub-theme chosen, the plan's
 * included sub-themes to choose from, and the first page of hits with what the chosen sub-theme carries already.
 */
@Component
class PlanKnowledgeSearch {

    /**
     * What the plan-knowledge fragment shows. {@code result} is null until something is searched for; a search sent
     * without text is {@code queryMissing}, and {@code error} says why the text was refused.
     */
    record View(
            long caseId,
            long collaborationId,
            boolean mayChange,
            String query,
            @Nullable String subTheme,
            List<PlanItem> subThemes,
            @Nullable KnowledgeSearchResult result,
            Set<String> attached,
            boolean queryMissing,
            @Nullable String error) {

        /** The name of the chosen sub-theme, for the buttons' labels. */
        public String subThemeName() {
            return subThemes.stream()
                    .filter(item -> item.serviceCode().equals(subTheme))
                    .map(PlanItem::name)
                    .findFirst()
                    .orElse("");
        }
    }

    private final KnowledgeLibrary library;

    PlanKnowledgeSearch(KnowledgeLibrary library) {
        this.library = library;
    }

    /** The search for the page: run only for those who may change the plan, and only with text to search for. */
    View view(Collaboration collaboration, boolean mayChange, @Nullable String text, @Nullable String subTheme) {
        List<PlanItem> subThemes = collaboration.plan().stream()
                .filter(item -> item.included() && item.subTheme())
                .toList();
        String chosen = subThemes.stream()
                .map(PlanItem::serviceCode)
                .filter(code -> code.equals(subTheme))
                .findFirst()
                .orElse(subThemes.isEmpty() ? null : subThemes.get(0).serviceCode());
        Set<String> attached = subThemes.stream()
                .filter(item -> item.serviceCode().equals(chosen))
                .flatMap(item -> item.knowledge().stream())
                .map(Collaboration.KnowledgeAttachment::itemId)
                .collect(Collectors.toSet());
        String query = text == null ? "" : text.strip();
        KnowledgeSearchResult result = null;
        String error = null;
        boolean queryMissing = false;
        if (mayChange && text != null && !subThemes.isEmpty()) {
            if (query.isEmpty()) {
                queryMissing = true;
            } else {
                try {
                    result = library.search(KnowledgeQuery.of(query, null, null, null, null, null, null, null));
                } catch (InvalidRequestException e) {
                    error = e.getMessage();
                }
            }
        }
        return new View(
                collaboration.caseId(),
                collaboration.id(),
                mayChange,
                query,
                chosen,
                subThemes,
                result,
                attached,
                queryMissing,
                error);
    }

    /** The collaboration page with the search kept, at the attach card: where the search and its forms return. */
    static String page(long caseId, long collaborationId, @Nullable String query, @Nullable String subTheme) {
        // Template variables, encoded strictly: a «&» or «#» typed in the search stays part of its value.
        var uri = UriComponentsBuilder.fromPath("/sak/{caseId}/samarbeid/{collaborationId}");
        Map<String, Object> values = new HashMap<>(Map.of("caseId", caseId, "collaborationId", collaborationId));
        if (query != null && !query.isBlank()) {
            uri.queryParam("kunnskap", "{query}");
            values.put("query", query.strip());
            if (subTheme != null && !subTheme.isBlank()) {
                uri.queryParam("undertema", "{subTheme}");
                values.put("subTheme", subTheme);
            }
        }
        return uri.fragment("plan-kunnskap").encode().buildAndExpand(values).toUriString();
    }
}
