package no.iaverk.imports;

import no.iaverk.shared.ConflictException;

/** Another import of the same kind runs (on this or another instance): 409, try again when it is done. */
public class ImportAlreadyRunning extends ConflictException {

    ImportAlreadyRunning(String message) {
        super(message);
    }
}
