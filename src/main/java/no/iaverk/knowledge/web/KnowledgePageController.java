package no.iaverk.knowledge.web;

import no.iaverk.knowledge.KnowledgeEditing;
import no.iaverk.knowledge.KnowledgeLibrary;
import no.iaverk.reference.ReferenceData;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/** The library's pages: search with facets at /kunnskap, one item at /kunnskap/{id}. Not enterprise data: no audit. */
@Controller
class KnowledgePageController {

    private final KnowledgeLibrary library;
    private final KnowledgeEditing editing;
    private final ReferenceData referenceData;

    KnowledgePageController(KnowledgeLibrary library, KnowledgeEditing editing, ReferenceData referenceData) {
        this.library = library;
        this.editing = editing;
        this.referenceData = referenceData;
    }

    /** The search page; with htmx only the results and facets are returned. */
    @GetMapping("/kunnskap")
    String search(
            SearchParameters parameters,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        var query = parameters.query();
        model.addAttribute("query", query);
        model.addAttribute("result", library.search(query));
        model.addAttribute("links", new KnowledgeLinks(query));
        model.addAttribute("programmeNames", programmeNames());
        return htmx != null ? "knowledge/search :: results" : "knowledge/search";
    }

    @GetMapping("/kunnskap/{id}")
    String item(@PathVariable String id, Model model) {
        model.addAttribute("item", library.item(id));
        model.addAttribute("revisions", editing.revisions(id));
        model.addAttribute("programmeNames", programmeNames());
        return "knowledge/item";
    }

    private java.util.Map<String, String> programmeNames() {
        var names = new java.util.LinkedHashMap<String, String>();
        referenceData.industryProgrammes().forEach(p -> names.put(p.code(), p.name()));
        return names;
    }
}
