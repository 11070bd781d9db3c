package no.iaverk.statistics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import no.iaverk.shared.OrgNumber;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.SickLeave;
import no.iaverk.statistics.internal.DvhRecord.Duration;
import no.iaverk.statistics.internal.DvhRecord.Figures;
import org.jspecify.annotations.Nullable;

/**
 * The rules every DVH record must pass. A record is rejected (with a reason in Norwegian) for negative values, lost
 * workdays without possible ones, more lost than possible, a malformed organisation number or a quarter outside 1–4;
 * it is kept with a warning when only a detail is off, such as a {@code prosent} that does not match its workdays.
 */
final class DvhValidator {

    /** A supplied percent may differ this much (percentage points) from lost / possible × 100 before a warning. */
    static final double PERCENT_TOLERANCE = 0.1;

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})0?([1-4])");

    /** A record that passed: what it is about and its figures (null for metadata and calendar entries). */
    record Accepted(
            @Nullable Quarter quarter,
            String key,
            @Nullable Figures figures,
            @Nullable String sector,
            @Nullable String industry,
            @Nullable String naceCode,
            @Nullable String rectype,
            @Nullable OffsetDateTime publicAt,
            @Nullable OffsetDateTime updatedInDvh) {}

    record Result(@Nullable Accepted accepted, @Nullable String rejection, List<String> warnings) {
        static Result reject(String reason) {
            return new Result(null, reason, List.of());
        }
    }

    /** Thrown inside validation to reject the record with its reason. */
    private static final class Rejected extends RuntimeException {
        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    Result validate(DvhFile kind, DvhRecord record) {
        if (!record.object) {
            return Result.reject("posten er ikke et JSON-objekt");
        }
        List<String> warnings = new ArrayList<>();
        try {
            if (kind == DvhFile.PUBLISERINGSDATO) {
                return new Result(calendarEntry(record), null, warnings);
            }
            Quarter quarter = quarter(record);
            String key = key(kind, record.key);
            Figures figures = kind == DvhFile.VIRKSOMHET_METADATA ? null : figures(record, warnings);
            boolean enterprise = kind == DvhFile.VIRKSOMHET || kind == DvhFile.VIRKSOMHET_METADATA;
            return new Result(
                    new Accepted(
                            quarter,
                            key,
                            figures,
                            enterprise ? sector(record.sector, warnings) : null,
                            enterprise ? industry(record.industry, warnings) : null,
                            enterprise ? naceCode(record.naceCode, warnings) : null,
                            enterprise ? record.rectype : null,
                            null,
                            null),
                    null,
                    warnings);
        } catch (Rejected e) {
            return Result.reject(e.getMessage());
        }
    }

    private static Quarter quarter(DvhRecord record) {
        int year = integer("årstall", record.year);
        int quarter = integer("kvartal", record.quarter);
        if (quarter < 1 || quarter > 4) {
            throw new Rejected("kvartal «%d» finnes ikke (må være 1–4)".formatted(quarter));
        }
        if (year < 1990 || year > 2999) {
            throw new Rejected("årstall «%d» er ikke et gyldig år".formatted(year));
        }
        return Quarter.of(year, quarter);
    }

    private static String key(DvhFile kind, @Nullable String key) {
        if (key == null || key.isEmpty()) {
            throw new Rejected("mangler " + kind.keyField);
        }
        return switch (kind) {
            case VIRKSOMHET, VIRKSOMHET_METADATA -> {
                String problem = OrgNumber.problemWith(key);
                if (problem != null) {
                    throw new Rejected(problem);
                }
                yield key;
            }
            case LAND -> key.toUpperCase(Locale.ROOT);
            case SEKTOR -> {
                if (!isSector(key)) {
                    throw new Rejected("ukjent sektor «%s» (1 statlig, 2 kommunal, 3 privat)".formatted(key));
                }
                yield key;
            }
            case NAERING -> {
                if (!isDigits(key, 2)) {
                    throw new Rejected("næring «%s» er ikke to siffer".formatted(key));
                }
                yield key;
            }
            case NAERINGSKODE -> {
                String nace = dottedNace(key);
                if (nace == null) {
                    throw new Rejected("næringskode «%s» er ikke fem siffer".formatted(key));
                }
                yield nace;
            }
            case BRANSJE ->
                IndustryProgrammeCodes.fromNav(key)
                        .orElseThrow(() -> new Rejected("ukjent bransje «%s»".formatted(key)));
            case PUBLISERINGSDATO -> key;
        };
    }

    private static Figures figures(DvhRecord record, List<String> warnings) {
        int persons = integer("antallPersoner", record.persons);
        long lost = amount("tapteDagsverk", record.lost);
        long possible = amount("muligeDagsverk", record.possible);
        if (persons < 0) {
            throw new Rejected("negativt antallPersoner «%d»".formatted(persons));
        }
        if (possible == 0 && lost > 0) {
            throw new Rejected("tapteDagsverk %s uten mulige dagsverk".formatted(record.lost));
        }
        if (lost > possible) {
            throw new Rejected("flere tapte dagsverk (%s) enn mulige (%s)".formatted(record.lost, record.possible));
        }
        Long graded = record.gradedLost == null ? null : amount("tapteDagsverkGradert", record.gradedLost);
        if (graded != null && graded > lost) {
            warnings.add(
                    "tapteDagsverkGradert %s er større enn tapteDagsverk %s".formatted(record.gradedLost, record.lost));
        }
        checkPercent(record.percent, lost, possible, warnings);
        return new Figures(persons, lost, possible, graded, durations(record, warnings));
    }

    private static @Nullable Long[] durations(DvhRecord record, List<String> warnings) {
        Long[] durations = new Long[Duration.values().length];
        if (record.unreadableDurations) {
            warnings.add("tapteDagsverkPerVarighet er ikke en liste av {varighet, tapteDagsverk}; utelatt");
        }
        for (int i = 0; i < record.durations; i++) {
            String code = record.durationCodes[i];
            int index = code.length() == 1 ? code.charAt(0) - 'A' : -1;
            if (index < 0 || index >= durations.length) {
                warnings.add("ukjent varighet «%s»; utelatt".formatted(code));
                continue;
            }
            if (durations[index] != null) {
                throw new Rejected("varighet %s står mer enn én gang".formatted(code));
            }
            durations[index] = amount("tapteDagsverk for varighet " + code, record.durationValues[i]);
        }
        return durations;
    }

    /** A supplied percent is only a check: the stored figures are the workdays, and the percent is computed. */
    private static void checkPercent(@Nullable String supplied, long lost, long possible, List<String> warnings) {
        if (supplied == null || supplied.isEmpty() || possible == 0) {
            return;
        }
        double computed = lost * 100.0 / possible;
        double value;
        try {
            value = Micros.parse(supplied) / (double) Micros.PER_DAY;
        } catch (NumberFormatException | ArithmeticException e) {
            warnings.add("prosent «%s» er ikke et tall; beregnet verdi brukes".formatted(supplied));
            return;
        }
        if (Math.abs(value - computed) > PERCENT_TOLERANCE) {
            BigDecimal shown = new SickLeave(Micros.toBigDecimal(lost), Micros.toBigDecimal(possible), 0).percent();
            warnings.add("oppgitt prosent %s avviker fra tapte/mulige × 100 = %s; beregnet verdi brukes"
                    .formatted(supplied, SickLeave.display(shown).toPlainString()));
        }
    }

    private static @Nullable String sector(@Nullable String sector, List<String> warnings) {
        if (sector == null || sector.isEmpty()) {
            return null;
        }
        if (!isSector(sector)) {
            warnings.add("ukjent sektor «%s»; utelatt".formatted(sector));
            return null;
        }
        return sector;
    }

    private static @Nullable String industry(@Nullable String industry, List<String> warnings) {
        if (industry == null || industry.isEmpty()) {
            return null;
        }
        if (!isDigits(industry, 2)) {
            warnings.add("primærnæring «%s» er ikke to siffer; utelatt".formatted(industry));
            return null;
        }
        return industry;
    }

    private static @Nullable String naceCode(@Nullable String code, List<String> warnings) {
        if (code == null || code.isEmpty()) {
            return null;
        }
        String nace = dottedNace(code);
        if (nace == null) {
            warnings.add("primærnæringskode «%s» er ikke fem siffer; utelatt".formatted(code));
        }
        return nace;
    }

    /** "88911" or "88.911" as "88.911"; null for anything else. Plain code, not a regex: it runs for every row. */
    static @Nullable String dottedNace(String code) {
        if (isDigits(code, 5)) {
            return code.substring(0, 2) + "." + code.substring(2);
        }
        if (code.length() == 6
                && code.charAt(2) == '.'
                && isDigits(code.substring(0, 2), 2)
                && isDigits(code.substring(3), 3)) {
            return code;
        }
        return null;
    }

    private static boolean isDigits(String text, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSector(String text) {
        return text.length() == 1 && text.charAt(0) >= '1' && text.charAt(0) <= '3';
    }

    private static Accepted calendarEntry(DvhRecord record) {
        if (record.key == null || record.key.isEmpty()) {
            throw new Rejected("mangler rapportPeriode");
        }
        var period = PERIOD.matcher(record.key);
        Quarter quarter;
        if (period.matches()) {
            quarter = Quarter.of(Integer.parseInt(period.group(1)), Integer.parseInt(period.group(2)));
        } else {
            try {
                quarter = Quarter.parse(record.key);
            } catch (IllegalArgumentException e) {
                throw new Rejected(
                        "rapportPeriode «%s» er ikke et kvartal (ÅÅÅÅKK, f.eks. 202402)".formatted(record.key));
            }
        }
        OffsetDateTime publicAt = dateTime("offentligDato", record.publicAt);
        if (publicAt == null) {
            throw new Rejected("mangler offentligDato");
        }
        return new Accepted(
                quarter,
                quarter.toString(),
                null,
                null,
                null,
                null,
                null,
                publicAt,
                dateTime("oppdatertIDvh", record.updatedInDvh));
    }

    /** NAV writes local Norwegian time without an offset ("2025-11-27T08:00:00"); an offset is honoured. */
    private static @Nullable OffsetDateTime dateTime(String field, @Nullable String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).atZone(NORWAY).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                try {
                    return LocalDate.parse(text).atStartOfDay(NORWAY).toOffsetDateTime();
                } catch (DateTimeParseException notADate) {
                    throw new Rejected("%s «%s» er ikke et tidspunkt (ÅÅÅÅ-MM-DDTtt:mm:ss)".formatted(field, text));
                }
            }
        }
    }

    private static int integer(String field, @Nullable String text) {
        if (text == null || text.isEmpty()) {
            throw new Rejected("mangler " + field);
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notPlain) {
            long micros = parse(field, text);
            if (micros % Micros.PER_DAY != 0) {
                throw new Rejected("%s «%s» er ikke et heltall".formatted(field, text));
            }
            return Math.toIntExact(micros / Micros.PER_DAY);
        }
    }

    private static long amount(String field, @Nullable String text) {
        if (text == null || text.isEmpty()) {
            throw new Rejected("mangler " + field);
        }
        long value = parse(field, text);
        if (value < 0) {
            throw new Rejected("negativ verdi for %s: %s".formatted(field, text));
        }
        return value;
    }

    private static long parse(String field, String text) {
        try {
            return Micros.parse(text);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Rejected("%s «%s» er ikke et tall".formatted(field, text));
        }
    }
}
