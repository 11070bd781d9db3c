package no.iaverk.knowledge;

import no.iaverk.shared.MessageBundle;
import no.iaverk.shared.NotFoundException;

/** No collaboration has the id the suggestions were asked for (or it is not the case's). */
public class CollaborationNotFound extends NotFoundException {

    private CollaborationNotFound(String message) {
        super(message);
    }

    public static CollaborationNotFound forId(long id) {
        return new CollaborationNotFound(MessageBundle.of("templates/knowledge/messages")
                .getMessage("knowledge.suggest.error.notFound", new Object[] {String.valueOf(id)}));
    }
}
