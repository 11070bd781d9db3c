package no.iaverk.shared;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The dates a case, collaboration or activity can plausibly have: 1990-01-01 to 2100-12-31. Anything outside is a
 * typing error (or an attempt to store {@code infinity}), and the database's own range is far wider, so the check
 * lives here and every service that takes a date uses it.
 */
public final class PlausibleDates {

    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private PlausibleDates() {}

    public static boolean plausible(@Nullable LocalDate date) {
        return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST));
    }

    /** "Startdatoen må være mellom 01.01.1990 og 31.12.2100." */
    public static String message(String label) {
        return "%s må være mellom 01.01.1990 og 31.12.2100.".formatted(label);
    }

    /** Adds a field error to the collector when the date is outside the range. */
    public static InvalidFieldsException.Collector check(
            InvalidFieldsException.Collector errors, String field, String label, @Nullable LocalDate date) {
        return errors.check(plausible(date), field, message(label));
    }

    /** 400 naming the field (and in Norwegian, what it is) when the date is outside the range. */
    public static void requireWithin(String field, String label, @Nullable LocalDate date) {
        if (!plausible(date)) {
            throw new InvalidFieldsException(Map.of(field, message(label)));
        }
    }
}
