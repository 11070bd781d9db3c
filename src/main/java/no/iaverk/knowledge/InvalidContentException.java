package no.iaverk.knowledge;

import no.iaverk.shared.InvalidRequestException;

/** Library content that cannot be loaded; the message names the file and the item. */
public class InvalidContentException extends InvalidRequestException {

    public InvalidContentException(String message) {
        super(message);
    }
}
