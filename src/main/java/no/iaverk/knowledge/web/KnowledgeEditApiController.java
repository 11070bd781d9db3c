package no.iaverk.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.iaverk.knowledge.ContentConflict;
import no.iaverk.knowledge.KnowledgeConflicts;
import no.iaverk.knowledge.KnowledgeEdit;
import no.iaverk.knowledge.KnowledgeEditing;
import no.iaverk.knowledge.KnowledgeItem;
import no.iaverk.knowledge.KnowledgeRevision;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.InvalidParameterException;
import no.iaverk.shared.MessageBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Kunnskap", description = "Redigering av kunnskapsbiblioteket, historikk og konflikter med nye utgaver")
class KnowledgeEditApiController {

    private final KnowledgeEditing editing;
    private final KnowledgeConflicts conflicts;

    KnowledgeEditApiController(KnowledgeEditing editing, KnowledgeConflicts conflicts) {
        this.editing = editing;
        this.conflicts = conflicts;
    }

    @PutMapping("/api/knowledge/{id}")
    @Operation(
            summary = "Rediger et element (ADMIN): alle redigerbare felt, hele (det som utelates blir tomt), og"
                    + " revisjonen redigeringen bygger på (revision, fra GET). Utdatert revisjon gir 409 og lagrer"
                    + " ingenting; ugyldige felt gir 400 med feilene per felt (errors). Svarer med elementet og"
                    + " feltene som ble endret (ingen: ingenting ble lagret).")
    KnowledgeEditing.Saved edit(@PathVariable String id, @RequestBody KnowledgeEdit edit, CurrentUser user) {
        return editing.edit(id, edit, user);
    }

    @GetMapping("/api/knowledge/{id}/revisions")
    @Operation(summary = "Endringshistorikken til et element, nyeste først: hvem, når og hvilke felt (før og etter)")
    List<KnowledgeRevision> revisions(@PathVariable String id) {
        return editing.revisions(id);
    }

    @GetMapping("/api/knowledge/conflicts")
    @Operation(
            summary = "Nye utgaver av innholdet som endret elementer en administrator har redigert (ADMIN), felt for"
                    + " felt: den redigerte verdien (before) mot den nye utgaven (after)")
    List<ContentConflict> conflicts(CurrentUser user) {
        return conflicts.conflicts(user);
    }

    /** The body of a decision. */
    record Resolution(@Nullable String keep) {}

    @PostMapping("/api/knowledge/conflicts/{itemId}/resolve")
    @Operation(
            summary = "Avgjør en konflikt (ADMIN): keep ADMIN beholder den redigerte versjonen (samme utgave kommer"
                    + " ikke tilbake), keep SHIPPED tar inn den nye utgaven som en redigering i historikken")
    KnowledgeItem resolve(@PathVariable String itemId, @RequestBody Resolution resolution, CurrentUser user) {
        return conflicts.resolve(itemId, keep(resolution.keep()), user);
    }

    static ContentConflict.Keep keep(@Nullable String keep) {
        try {
            return ContentConflict.Keep.valueOf(String.valueOf(keep).strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(
                    "keep",
                    MessageBundle.of("templates/knowledge/messages")
                            .getMessage("knowledge.conflicts.keep", new Object[] {String.valueOf(keep)}));
        }
    }
}
