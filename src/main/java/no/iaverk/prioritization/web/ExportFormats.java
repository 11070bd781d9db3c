package no.iaverk.prioritization.web;

import java.util.Locale;
import no.iaverk.prioritization.CallListText;
import no.iaverk.prioritization.ExportFormat;
import no.iaverk.shared.InvalidParameterException;
import org.jspecify.annotations.Nullable;

/** The {@code format} parameter of the page's and the API's export: XLSX unless it says CSV. */
final class ExportFormats {

    private ExportFormats() {}

    static ExportFormat of(@Nullable String format, CallListText text) {
        if (format == null || format.isBlank()) {
            return ExportFormat.XLSX;
        }
        try {
            return ExportFormat.valueOf(format.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(
                    "format", text.get("priority.error.format", text.label("format"), format));
        }
    }
}
