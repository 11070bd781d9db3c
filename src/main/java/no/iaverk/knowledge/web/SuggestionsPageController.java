package no.iaverk.knowledge.web;

import no.iaverk.knowledge.CollaborationSuggestions;
import no.iaverk.knowledge.Suggestions;
import no.iaverk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * A collaboration's suggestions from the library: the collaboration page loads the section with htmx; on its own it
 * is a page. Addressed under its case, so the read is audit-logged as a read of the case (and, with the page's
 * {@code view}, as part of that page's read).
 */
@Controller
class SuggestionsPageController {

    private final CollaborationSuggestions suggestions;

    SuggestionsPageController(CollaborationSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping("/sak/{caseId}/samarbeid/{collaborationId}/forslag")
    String suggestions(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            CurrentUser user,
            Model model) {
        Suggestions result = suggestions.forCollaboration(caseId, collaborationId, user);
        SuggestionAudit.record(result);
        model.addAttribute("suggestions", result);
        model.addAttribute("caseId", caseId);
        return htmx != null ? "knowledge/suggestions :: section" : "knowledge/suggestions";
    }
}
