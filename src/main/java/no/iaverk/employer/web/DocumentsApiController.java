package no.iaverk.employer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.iaverk.employer.DocumentPublishing;
import no.iaverk.employer.PublishDocument;
import no.iaverk.employer.Published;
import no.iaverk.employer.PublishedDocument;
import no.iaverk.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The adviser publishes documents to the enterprise; under the case, so cases' URL rules guard the POST. */
@RestController
@Tag(name = "Samarbeid")
class DocumentsApiController {

    private final DocumentPublishing publishing;

    DocumentsApiController(DocumentPublishing publishing) {
        this.publishing = publishing;
    }

    @PostMapping("/api/cases/{caseId}/collaborations/{collaborationId}/documents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Publiser samarbeidsplanen eller resultatene av en undersøkelse til virksomheten",
            description = "type PLAN, NEEDS_ASSESSMENT eller EVALUATION; surveyId for resultater. Fryser en ny versjon"
                    + " (PDF og data). 400 for ukjent type, manglende, ukjent eller fremmed undersøkelse eller feil"
                    + " slags undersøkelse, 409 for en undersøkelse som ikke er fullført eller en tom plan, 403 for"
                    + " andre enn eieren og de som følger saken i sakens enhet, 404 for ukjent sak eller samarbeid.")
    Published publish(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            @RequestBody PublishDocument request,
            CurrentUser user) {
        return publishing.publish(caseId, collaborationId, request, user);
    }

    @GetMapping("/api/cases/{caseId}/collaborations/{collaborationId}/documents")
    @Operation(summary = "Dokumentene som er publisert til virksomheten, nyeste først, med når de ble åpnet")
    List<PublishedDocument> list(@PathVariable long caseId, @PathVariable long collaborationId) {
        return publishing.forCollaboration(caseId, collaborationId);
    }
}
