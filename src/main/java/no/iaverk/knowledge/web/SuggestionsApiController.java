package no.iaverk.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.iaverk.knowledge.CollaborationSuggestions;
import no.iaverk.knowledge.Suggestions;
import no.iaverk.security.AuditedRead;
import no.iaverk.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Kunnskap")
class SuggestionsApiController {

    private final CollaborationSuggestions suggestions;

    SuggestionsApiController(CollaborationSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    /** Shows the workplaces' sick-leave figures, so every read is audit-logged with the workplaces it used. */
    @GetMapping("/api/knowledge/suggestions")
    @AuditedRead("KNOWLEDGE_SUGGESTIONS")
    @Operation(
            summary = "Forslag fra biblioteket for et samarbeid, rangert etter dokumenterte regler, hvert med"
                    + " begrunnelse; inputs sier hva som er brukt, og hva som er holdt utenfor og hvorfor")
    Suggestions suggestions(@RequestParam long collaborationId, CurrentUser user) {
        Suggestions result = suggestions.forCollaboration(collaborationId, user);
        SuggestionAudit.record(result);
        return result;
    }
}
