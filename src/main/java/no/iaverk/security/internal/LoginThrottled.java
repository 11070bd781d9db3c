package no.iaverk.security.internal;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for the user name or from the address: the attempt is refused unchecked until the wait ends. */
class LoginThrottled extends AuthenticationException {

    private final long waitSeconds;

    LoginThrottled(Duration wait) {
        super(message(Math.max(1, (wait.toMillis() + 999) / 1000)));
        this.waitSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    long waitSeconds() {
        return waitSeconds;
    }

    static String message(long seconds) {
        return "For mange mislykkede innlogginger. Vent %d sekunder og prøv igjen.".formatted(seconds);
    }
}
