package no.iaverk.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.iaverk.knowledge.KnowledgeItem;
import no.iaverk.knowledge.KnowledgeLibrary;
import no.iaverk.knowledge.KnowledgeQuery;
import no.iaverk.knowledge.KnowledgeSearchResult;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Kunnskap",
        description = "Kunnskapsbiblioteket: tiltak, IA-tjenester, virkemidler, forskning, risikofaktorer")
class KnowledgeApiController {

    private final KnowledgeLibrary library;

    KnowledgeApiController(KnowledgeLibrary library) {
        this.library = library;
    }

    @GetMapping("/api/knowledge")
    @Operation(
            summary = "Søk i biblioteket med fasetter; 20 treff per side; revision=OVERDUE: bare det som ikke er"
                    + " revidert på over to år")
    KnowledgeSearchResult search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String industryProgramme,
            @RequestParam(required = false) @Nullable String scope,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable String evidence,
            @RequestParam(required = false) @Nullable String sourceKind,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String revision) {
        return library.search(
                KnowledgeQuery.of(q, type, industryProgramme, scope, theme, evidence, sourceKind, page, revision));
    }

    @GetMapping("/api/knowledge/{id}")
    @Operation(summary = "Ett element i biblioteket, med fakta, kilde og relaterte elementer")
    KnowledgeItem item(@PathVariable String id) {
        return library.item(id);
    }
}
