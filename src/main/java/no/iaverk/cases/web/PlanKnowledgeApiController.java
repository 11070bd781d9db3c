package no.iaverk.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.iaverk.cases.Collaboration.KnowledgeAttachment;
import no.iaverk.cases.PlanKnowledge;
import no.iaverk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Knowledge attached to the sub-themes of a collaboration's plan. */
@RestController
@Tag(name = "Samarbeid")
class PlanKnowledgeApiController {

    record Attach(@Nullable String itemId) {}

    private final PlanKnowledge planKnowledge;

    PlanKnowledgeApiController(PlanKnowledge planKnowledge) {
        this.planKnowledge = planKnowledge;
    }

    @GetMapping("/api/cases/{caseId}/collaborations/{collaborationId}/plan/knowledge")
    @Operation(summary = "Kunnskapen knyttet til planens undertemaer (bare undertemaer som er med i planen)")
    List<KnowledgeAttachment> list(@PathVariable long caseId, @PathVariable long collaborationId) {
        return planKnowledge.forCollaboration(caseId, collaborationId);
    }

    @PostMapping("/api/cases/{caseId}/collaborations/{collaborationId}/plan/{serviceCode}/knowledge")
    @Operation(
            summary = "Knytt et element fra kunnskapsbiblioteket til et undertema i planen",
            description = "201 når det er nytt, 200 med det som var der når elementet alt er knyttet til undertemaet"
                    + " (ingen duplikat). 404 for ukjent element eller tjeneste, 400 for et tema eller manglende"
                    + " itemId, 409 når undertemaet ikke er med i planen eller samarbeidet er avsluttet, 403 for"
                    + " andre enn eieren og de som følger saken i sakens enhet.")
    ResponseEntity<KnowledgeAttachment> attach(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            @PathVariable String serviceCode,
            @RequestBody Attach attach,
            CurrentUser user) {
        var attached = planKnowledge.attach(caseId, collaborationId, serviceCode, attach.itemId(), user);
        return ResponseEntity.status(attached.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(attached.attachment());
    }

    @DeleteMapping("/api/cases/{caseId}/collaborations/{collaborationId}/plan/{serviceCode}/knowledge/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Fjern et element fra et undertema i planen; 404 når det ikke er knyttet til undertemaet")
    void remove(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            @PathVariable String serviceCode,
            @PathVariable String itemId,
            CurrentUser user) {
        planKnowledge.remove(caseId, collaborationId, serviceCode, itemId, user);
    }
}
