package no.iaverk.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.iaverk.knowledge.KnowledgeItem;
import no.iaverk.knowledge.KnowledgeLibrary;
import no.iaverk.knowledge.KnowledgeSearchResult;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
    KnowledgeSearchResult search(@ParameterObject SearchParameters parameters) {
        return library.search(parameters.query());
    }

    @GetMapping("/api/knowledge/{id}")
    @Operation(summary = "Ett element i biblioteket, med fakta, kilde og relaterte elementer")
    KnowledgeItem item(@PathVariable String id) {
        return library.item(id);
    }
}
