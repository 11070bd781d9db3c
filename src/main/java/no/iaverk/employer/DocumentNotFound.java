package no.iaverk.employer;

import no.iaverk.shared.NotFoundException;

/** No published document with this id. */
public class DocumentNotFound extends NotFoundException {

    DocumentNotFound(long id) {
        super("Fant ikke dokument %d.".formatted(id));
    }
}
