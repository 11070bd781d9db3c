package no.iaverk.employer;

import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.MessageBundle;
import no.iaverk.shared.NotFoundException;

/** The employer asked for a collaboration it may not see: 404 when there is none, 403 when it is someone else's. */
final class CollaborationNotVisible {

    private CollaborationNotVisible() {}

    static final class Missing extends NotFoundException {
        Missing(long id) {
            super(MessageBundle.of("templates/employer/messages")
                    .getMessage("employer.collaboration.error.notFound", new Object[] {String.valueOf(id)}));
        }
    }

    static ForbiddenException notYours() {
        return new ForbiddenException(
                MessageBundle.of("templates/employer/messages").getMessage("employer.collaboration.error.notYours"));
    }
}
