package no.iaverk.statistics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    static final BigDecimal PERCENT_TOLERANCE = new BigDecimal("0.1");

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
    private static final Pattern NACE = Pattern.compile("(\\d{2})\\.?(\\d{3})");
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
                if (!key.matches("[123]")) {
                    throw new Rejected("ukjent sektor «%s» (1 statlig, 2 kommunal, 3 privat)".formatted(key));
                }
                yield key;
            }
            case NAERING -> {
                if (!TWO_DIGITS.matcher(key).matches()) {
                    throw new Rejected("næring «%s» er ikke to siffer".formatted(key));
                }
                yield key;
            }
            case NAERINGSKODE -> {
                var nace = NACE.matcher(key);
                if (!nace.matches()) {
                    throw new Rejected("næringskode «%s» er ikke fem siffer".formatted(key));
                }
                yield nace.group(1) + "." + nace.group(2);
            }
            case BRANSJE ->
                IndustryProgrammeCodes.fromNav(key)
                        .orElseThrow(() -> new Rejected("ukjent bransje «%s»".formatted(key)));
            case PUBLISERINGSDATO -> key;
        };
    }

    private static Figures figures(DvhRecord record, List<String> warnings) {
        int persons = integer("antallPersoner", record.persons);
        BigDecimal lost = amount("tapteDagsverk", record.lost);
        BigDecimal possible = amount("muligeDagsverk", record.possible);
        if (persons < 0) {
            throw new Rejected("negativt antallPersoner «%d»".formatted(persons));
        }
        if (possible.signum() == 0 && lost.signum() > 0) {
            throw new Rejected("tapteDagsverk %s uten mulige dagsverk".formatted(lost.toPlainString()));
        }
        if (lost.compareTo(possible) > 0) {
            throw new Rejected("flere tapte dagsverk (%s) enn mulige (%s)"
                    .formatted(lost.toPlainString(), possible.toPlainString()));
        }
        BigDecimal graded = record.gradedLost == null ? null : amount("tapteDagsverkGradert", record.gradedLost);
        if (graded != null && graded.compareTo(lost) > 0) {
            warnings.add("tapteDagsverkGradert %s er større enn tapteDagsverk %s"
                    .formatted(graded.toPlainString(), lost.toPlainString()));
        }
        checkPercent(record.percent, new SickLeave(lost, possible, persons).percent(), warnings);
        return new Figures(persons, lost, possible, graded, durations(record, warnings));
    }

    private static EnumMap<Duration, BigDecimal> durations(DvhRecord record, List<String> warnings) {
        EnumMap<Duration, BigDecimal> durations = new EnumMap<>(Duration.class);
        if (record.unreadableDurations) {
            warnings.add("tapteDagsverkPerVarighet er ikke en liste av {varighet, tapteDagsverk}; utelatt");
        }
        for (Map.Entry<String, String> entry : record.lostByDuration) {
            Duration duration;
            try {
                duration = Duration.valueOf(entry.getKey());
            } catch (IllegalArgumentException e) {
                warnings.add("ukjent varighet «%s»; utelatt".formatted(entry.getKey()));
                continue;
            }
            if (durations.containsKey(duration)) {
                throw new Rejected("varighet %s står mer enn én gang".formatted(duration));
            }
            durations.put(duration, amount("tapteDagsverk for varighet " + duration, entry.getValue()));
        }
        return durations;
    }

    private static void checkPercent(@Nullable String supplied, @Nullable BigDecimal computed, List<String> warnings) {
        if (supplied == null || supplied.isEmpty() || computed == null) {
            return;
        }
        BigDecimal value;
        try {
            value = number(supplied);
        } catch (NumberFormatException e) {
            warnings.add("prosent «%s» er ikke et tall; beregnet verdi brukes".formatted(supplied));
            return;
        }
        if (value.subtract(computed).abs().compareTo(PERCENT_TOLERANCE) > 0) {
            warnings.add("oppgitt prosent %s avviker fra tapte/mulige × 100 = %s; beregnet verdi brukes"
                    .formatted(supplied, SickLeave.display(computed).toPlainString()));
        }
    }

    private static @Nullable String sector(@Nullable String sector, List<String> warnings) {
        if (sector == null || sector.isEmpty()) {
            return null;
        }
        if (!sector.matches("[123]")) {
            warnings.add("ukjent sektor «%s»; utelatt".formatted(sector));
            return null;
        }
        return sector;
    }

    private static @Nullable String industry(@Nullable String industry, List<String> warnings) {
        if (industry == null || industry.isEmpty()) {
            return null;
        }
        if (!TWO_DIGITS.matcher(industry).matches()) {
            warnings.add("primærnæring «%s» er ikke to siffer; utelatt".formatted(industry));
            return null;
        }
        return industry;
    }

    private static @Nullable String naceCode(@Nullable String code, List<String> warnings) {
        if (code == null || code.isEmpty()) {
            return null;
        }
        var nace = NACE.matcher(code);
        if (!nace.matches()) {
            warnings.add("primærnæringskode «%s» er ikke fem siffer; utelatt".formatted(code));
            return null;
        }
        return nace.group(1) + "." + nace.group(2);
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
        BigDecimal value = parse(field, text);
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new Rejected("%s «%s» er ikke et heltall".formatted(field, text));
        }
    }

    private static BigDecimal amount(String field, @Nullable String text) {
        BigDecimal value = parse(field, text);
        if (value.signum() < 0) {
            throw new Rejected("negativ verdi for %s: %s".formatted(field, text));
        }
        return value;
    }

    private static BigDecimal parse(String field, @Nullable String text) {
        if (text == null || text.isEmpty()) {
            throw new Rejected("mangler " + field);
        }
        try {
            return number(text);
        } catch (NumberFormatException e) {
            throw new Rejected("%s «%s» er ikke et tall".formatted(field, text));
        }
    }

    /** JSON numbers and numeric strings, also with a decimal comma as people write them. */
    static BigDecimal number(String text) {
        String normalised = text.indexOf(',') >= 0 && text.indexOf('.') < 0 ? text.replace(',', '.') : text;
        return new BigDecimal(normalised.trim());
    }
}
