package no.iaverk.cases.web;

import java.util.List;
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

        /** The page the search and its forms return to, with the search kept. */
        public String page() {
            return PlanKnowledgeSearch.page(caseId, collaborationId, query, subTheme);
        }

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

    static String page(long caseId, long collaborationId, @Nullable String query, @Nullable String subTheme) {
        var uri = UriComponentsBuilder.fromPath("/sak/{caseId}/samarbeid/{collaborationId}");
        if (query != null && !query.isBlank()) {
            uri.queryParam("kunnskap", query.strip());
            if (subTheme != null) {
                uri.queryParam("undertema", subTheme);
            }
        }
        return uri.fragment("plan-kunnskap")
                .buildAndExpand(caseId, collaborationId)
                .encode()
                .toUriString();
    }
}
