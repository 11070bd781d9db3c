package no.iaverk.knowledge.web;

import no.iaverk.knowledge.KnowledgeQuery;
import org.jspecify.annotations.Nullable;

/**
 * The library search's request parameters, as the API and the search page both take them (bound by name, each
 * optional); {@link KnowledgeQuery#of} reads them and answers a bad value with a Norwegian 400.
 */
record SearchParameters(
        @Nullable String q,
        @Nullable String type,
        @Nullable String industryProgramme,
        @Nullable String scope,
        @Nullable String theme,
        @Nullable String evidence,
        @Nullable String sourceKind,
        @Nullable String page,
        @Nullable String revision) {

    KnowledgeQuery query() {
        return KnowledgeQuery.of(q, type, industryProgramme, scope, theme, evidence, sourceKind, page, revision);
    }
}
