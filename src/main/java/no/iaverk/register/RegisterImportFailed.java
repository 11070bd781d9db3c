package no.iaverk.register;

import no.iaverk.shared.InvalidRequestException;
import org.jspecify.annotations.Nullable;

/** The import as a whole could not be done (unreadable or malformed file); nothing was changed. */
public class RegisterImportFailed extends InvalidRequestException {

    RegisterImportFailed(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    public static RegisterImportFailed malformed(String file, long line, String detail, @Nullable Throwable cause) {
        return new RegisterImportFailed(
                "Filen %s kan ikke leses som Brønnøysund-JSON (linje %d): %s. Ingenting er importert."
                        .formatted(file, line, detail),
                cause);
    }

    public static RegisterImportFailed unreadable(String file, Throwable cause) {
        return new RegisterImportFailed(
                "Filen %s kan ikke leses: %s. Ingenting er importert.".formatted(file, cause.getMessage()), cause);
    }
}
