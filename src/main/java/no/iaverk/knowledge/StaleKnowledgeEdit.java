package no.iaverk.knowledge;

import no.iaverk.shared.ConflictException;
import no.iaverk.shared.MessageBundle;

/** The item was saved by someone else after the edit was opened: 409, and the edit is not applied. */
public class StaleKnowledgeEdit extends ConflictException {

    private final int currentRevision;

    private StaleKnowledgeEdit(String message, int currentRevision) {
        super(message);
        this.currentRevision = currentRevision;
    }

    public static StaleKnowledgeEdit of(String id, int based, int current) {
        return new StaleKnowledgeEdit(
                MessageBundle.of("templates/knowledge/messages")
                        .getMessage("knowledge.edit.stale", new Object[] {id, based, current}),
                current);
    }

    /** The item's revision now, so a form can be shown again based on it. */
    public int currentRevision() {
        return currentRevision;
    }
}
