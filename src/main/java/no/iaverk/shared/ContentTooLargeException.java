package no.iaverk.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The request or the file it carries is larger than iaverk accepts: 413, with a message that says the limit. */
@ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
public class ContentTooLargeException extends RuntimeException {

    public ContentTooLargeException(String message) {
        super(message);
    }
}
