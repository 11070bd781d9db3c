package no.iaverk.knowledge.followup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.PlausibleDates;
import org.jspecify.annotations.Nullable;

/**
 * An admin's new version of a rule (all of it but its key). A source is a file and its lines, both or neither;
 * setting one makes the rule verified, clearing it marks the rule «kilde ikke verifisert» again.
 */
public record RuleChange(
        Actor actor,
        String title,
        String description,
        int dueAmount,
        DueUnit dueUnit,
        AppliesTo appliesTo,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable RuleSource source) {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;
    // A file name of the sources folder, no path tricks; lines as «373-379» or «1165, 1179-1181, 1305».
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    private static final Pattern LINES = Pattern.compile("\\d{1,6}(-\\d{1,6})?(, ?\\d{1,6}(-\\d{1,6})?)*");

    /** The form's or body's text, checked field by field; every problem is reported at once, in Norwegian. */
    public static RuleChange parse(
            @Nullable String actor,
            @Nullable String title,
            @Nullable String description,
            @Nullable String dueAmount,
            @Nullable String dueUnit,
            @Nullable String appliesTo,
            @Nullable String validFrom,
            @Nullable String validTo,
            @Nullable String sourceFile,
            @Nullable String sourceLines) {
        var errors = new InvalidFieldsException.Collector();
        Actor parsedActor = choice(errors, "actor", actor, Actor.class);
        String parsedTitle = text(errors, "title", title, TITLE_MAX);
        String parsedDescription = text(errors, "description", description, DESCRIPTION_MAX);
        Integer amount = wholeNumber(dueAmount);
        errors.check(amount != null && amount >= 1 && amount <= 999, "dueAmount", FollowUpTexts.get("dueAmount"));
        DueUnit unit = choice(errors, "dueUnit", dueUnit, DueUnit.class);
        AppliesTo leave = choice(errors, "appliesTo", appliesTo, AppliesTo.class);
        errors.check(blankToNull(validFrom) != null, "validFrom", FollowUpTexts.get("validFrom.missing"));
        LocalDate from = date(errors, "validFrom", validFrom);
        LocalDate to = date(errors, "validTo", validTo);
        errors.check(from == null || to == null || !to.isBefore(from), "validTo", FollowUpTexts.get("validTo.before"));
        String file = blankToNull(sourceFile);
        String lines = blankToNull(sourceLines);
        errors.check(file == null || FILE.matcher(file).matches(), "sourceFile", FollowUpTexts.get("sourceFile"));
        errors.check(lines == null || validLines(lines), "sourceLines", FollowUpTexts.get("sourceLines"));
        errors.check(file != null || lines == null, "sourceFile", FollowUpTexts.get("sourceFile.missing"));
        errors.check(lines != null || file == null, "sourceLines", FollowUpTexts.get("sourceLines.missing"));
        errors.throwIfAny();
        return new RuleChange(
                parsedActor,
                parsedTitle,
                parsedDescription,
                amount,
                unit,
                leave,
                from,
                to,
                file == null || lines == null ? null : new RuleSource(file, lines));
    }

    private static @Nullable Integer wholeNumber(@Nullable String value) {
        String text = blankToNull(value);
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean validLines(String lines) {
        if (!LINES.matcher(lines).matches()) {
            return false;
        }
        // Each range must run forwards and start at line 1 or later.
        return Arrays.stream(lines.split(", ?")).allMatch(range -> {
            String[] ends = range.split("-");
            int first = Integer.parseInt(ends[0]);
            return first >= 1 && (ends.length == 1 || Integer.parseInt(ends[1]) >= first);
        });
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(InvalidFieldsException.Collector errors, String field, @Nullable String value, int max) {
        String text = blankToNull(value);
        errors.check(text != null, field, FollowUpTexts.get(field + ".missing"));
        errors.check(text == null || text.length() <= max, field, FollowUpTexts.get("tooLong", max));
        return text == null ? "" : text;
    }

    private static <E extends Enum<E>> E choice(
            InvalidFieldsException.Collector errors, String field, @Nullable String value, Class<E> type) {
        String text = blankToNull(value);
        E[] values = type.getEnumConstants();
        for (E candidate : values) {
            if (candidate.name().equals(text == null ? null : text.toUpperCase(Locale.ROOT))) {
                return candidate;
            }
        }
        Function<E, String> name = Enum::name;
        errors.check(
                false,
                field,
                FollowUpTexts.get(
                        "choice",
                        text == null ? "" : text,
                        Arrays.stream(values).map(name).collect(Collectors.joining(", "))));
        return values[0];
    }

    private static @Nullable LocalDate date(
            InvalidFieldsException.Collector errors, String field, @Nullable String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            PlausibleDates.check(errors, field, FollowUpTexts.get(field + ".label"), date);
            return date;
        } catch (DateTimeParseException e) {
            errors.check(false, field, FollowUpTexts.get("date", text));
            return null;
        }
    }
}
