package no.iaverk.imports;

import no.iaverk.shared.NotFoundException;

/** No run of the kind has the id: 404. */
public class ImportRunNotFound extends NotFoundException {

    ImportRunNotFound(ImportKind kind, long id) {
        super("Fant ingen " + kind.runName() + " med id " + id + ".");
    }
}
