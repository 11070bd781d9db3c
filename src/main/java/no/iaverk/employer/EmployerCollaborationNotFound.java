package no.iaverk.employer;

import no.iaverk.shared.MessageBundle;
import no.iaverk.shared.NotFoundException;

/** No collaboration with this id: 404. */
public class EmployerCollaborationNotFound extends NotFoundException {

    private EmployerCollaborationNotFound(String message) {
        super(message);
    }

    public static EmployerCollaborationNotFound forId(long id) {
        return new EmployerCollaborationNotFound(MessageBundle.of("templates/employer/messages")
                .getMessage("employer.collaboration.error.notFound", new Object[] {String.valueOf(id)}));
    }
}
