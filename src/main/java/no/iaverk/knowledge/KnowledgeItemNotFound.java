package no.iaverk.knowledge;

import no.iaverk.shared.MessageBundle;
import no.iaverk.shared.NotFoundException;

/** No item of the library has the id asked for. */
public class KnowledgeItemNotFound extends NotFoundException {

    private KnowledgeItemNotFound(String message) {
        super(message);
    }

    public static KnowledgeItemNotFound forId(String id) {
        return new KnowledgeItemNotFound(MessageBundle.of("templates/knowledge/messages")
                .getMessage("knowledge.error.notFound", new Object[] {id}));
    }

    /** The item has no shipped version waiting for a decision. */
    public static KnowledgeItemNotFound noConflict(String id) {
        return new KnowledgeItemNotFound(MessageBundle.of("templates/knowledge/messages")
                .getMessage("knowledge.conflicts.none", new Object[] {id}));
    }
}
