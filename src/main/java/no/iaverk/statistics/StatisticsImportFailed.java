package no.iaverk.statistics;

import no.iaverk.shared.InvalidRequestException;
import org.jspecify.annotations.Nullable;

/** The statistics import as a whole could not be done (unreadable or malformed file); nothing was changed. */
public class StatisticsImportFailed extends InvalidRequestException {

    private StatisticsImportFailed(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    public static StatisticsImportFailed malformed(String file, long line, String detail, @Nullable Throwable cause) {
        return new StatisticsImportFailed(
                "Filen %s kan ikke leses som NAVs statistikk-JSON (linje %d): %s. Ingenting er importert."
                        .formatted(file, line, detail),
                cause);
    }

    public static StatisticsImportFailed because(String message) {
        return new StatisticsImportFailed(message + " Ingenting er importert.", null);
    }
}
