package no.iaverk.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The request clashes with the current state (a stale version, a rule of the lifecycle): 409. */
@ResponseStatus(HttpStatus.CONFLICT)
public abstract class ConflictException extends RuntimeException {

    protected ConflictException(String message) {
        super(message);
    }
}
