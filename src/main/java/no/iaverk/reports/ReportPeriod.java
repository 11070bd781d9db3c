package no.iaverk.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.iaverk.security.NavUnits;
import no.iaverk.shared.InvalidParameterException;
import no.iaverk.shared.PlausibleDates;
import org.jspecify.annotations.Nullable;

/**
 * A report's period (both days included) and centre (null = the whole country), read from the request's text so that
 * a bad value is a Norwegian 400 naming the parameter. The same rules as the assistance report's.
 */
record ReportPeriod(LocalDate from, LocalDate to, @Nullable String unit) {

    static ReportPeriod parse(@Nullable String from, @Nullable String to, @Nullable String unit, NavUnits units) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start.isAfter(end)) {
            throw new InvalidParameterException("from", "Fra-datoen (from) kan ikke være etter til-datoen (to).");
        }
        String unitCode = unit == null || unit.isBlank() ? null : unit.trim();
        if (unitCode != null && units.find(unitCode).isEmpty()) {
            throw new InvalidParameterException(
                    "unit", "Ukjent enhet (unit) «%s»: oppgi koden til et arbeidslivssenter.".formatted(unitCode));
        }
        return new ReportPeriod(start, end, unitCode);
    }

    private static LocalDate date(String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(parameter, "Mangler dato (%s), som ÅÅÅÅ-MM-DD.".formatted(parameter));
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(
                    parameter, "Ugyldig dato (%s) «%s»: skriv den som ÅÅÅÅ-MM-DD.".formatted(parameter, value));
        }
        if (!PlausibleDates.plausible(date)) {
            throw new InvalidParameterException(parameter, PlausibleDates.message("Datoen (" + parameter + ")"));
        }
        return date;
    }
}
