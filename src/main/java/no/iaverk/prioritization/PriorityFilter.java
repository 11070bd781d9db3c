package no.iaverk.prioritization;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.iaverk.shared.InvalidParameterException;
import org.jspecify.annotations.Nullable;

/**
 * What a call list is filtered and sorted by, read from request parameters with the names the API documents. Every
 * value is checked here; a wrong one is a 400 that names its parameter.
 */
public record PriorityFilter(
        @Nullable String county,
        @Nullable String municipality,
        @Nullable String industry,
        @Nullable String naceCode,
        @Nullable String industryProgramme,
        @Nullable Integer sector,
        @Nullable Integer minEmployees,
        @Nullable Integer maxEmployees,
        @Nullable BigDecimal minPercent,
        @Nullable BigDecimal maxPercent,
        @Nullable Benchmark benchmark,
        boolean risingTrend,
        @Nullable Long ruleSet,
        @Nullable String caseStatus,
        @Nullable String owner,
        @Nullable Integer noContactMonths,
        SortKey sort,
        Direction direction,
        int page,
        int size) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;

    public enum Benchmark {
        ABOVE,
        AT_OR_BELOW
    }

    public enum SortKey {
        LOST_WORKDAYS,
        POTENTIAL,
        PERCENT,
        EMPLOYEES,
        NAME,
        LAST_CASE_CHANGE
    }

    /** The case statuses a list filters on: an open case's status, or NONE for no open case. */
    public static final String CASE_STATUSES = "NONE|ASSESSING|CONTACTING|MAPPING|ASSISTING";

    public enum Direction {
        ASC,
        DESC
    }

    public static PriorityFilter none() {
        return parse(Map.of());
    }

    /** Reads the API's query parameters; blank values count as absent. */
    public static PriorityFilter parse(Map<String, String> parameters) {
        var p = new Parameters(parameters);
        String industry = p.text("industry");
        String twoDigits = null;
        String naceCode = null;
        if (industry != null) {
            String digits = industry.replace(".", "");
            if (digits.matches("\\d{2}")) {
                twoDigits = digits;
            } else if (digits.matches("\\d{5}")) {
                naceCode = digits.substring(0, 2) + "." + digits.substring(2);
            } else {
                throw new InvalidParameterException(
                        "industry", "industry må være en næring (to siffer, 88) eller næringskode (88.911).");
            }
        }
        SortKey sort = p.choice("sort", SortKey.class, SortKey.LOST_WORKDAYS);
        return new PriorityFilter(
                p.matching("county", "\\d{2}", "county må være et fylkesnummer med to siffer."),
                p.matching("municipality", "\\d{4}", "municipality må være et kommunenummer med fire siffer."),
                twoDigits,
                naceCode,
                p.matching("industryProgramme", "[A-Z_]+", "industryProgramme må være koden for et bransjeprogram."),
                p.integer("sector", 1, 3),
                p.integer("minEmployees", 0, Integer.MAX_VALUE),
                p.integer("maxEmployees", 0, Integer.MAX_VALUE),
                p.percent("minPercent"),
                p.percent("maxPercent"),
                p.choice("benchmark", Benchmark.class, null),
                p.matching("trend", "(?i)rising", "trend kan bare være RISING.") != null,
                p.longValue("ruleSet"),
                p.matching(
                        "status",
                        CASE_STATUSES,
                        "status må være NONE (ingen åpen sak) eller en åpen saksstatus:"
                                + " ASSESSING, CONTACTING, MAPPING, ASSISTING."),
                p.matching("owner", "[\\w.@-]{1,100}", "owner må være et brukernavn."),
                p.integer("noContactMonths", 1, 120),
                sort,
                p.choice("direction", Direction.class, sort == SortKey.NAME ? Direction.ASC : Direction.DESC),
                p.integer("page", 0, Integer.MAX_VALUE, 0),
                p.integer("size", 1, MAX_SIZE, DEFAULT_SIZE));
    }

    /** Whether any condition on sick-leave figures is set: then masked enterprises cannot be in the list. */
    public boolean hasSickLeaveCondition() {
        return minPercent != null || maxPercent != null || benchmark != null || risingTrend;
    }

    /** The filters in words, for the head of an export and for the page. */
    public Map<String, String> describe() {
        Map<String, String> described = new LinkedHashMap<>();
        put(described, "Fylke", county);
        put(described, "Kommune", municipality);
        put(described, "Næring", industry != null ? industry : naceCode);
        put(described, "Bransjeprogram", industryProgramme);
        put(described, "Sektor", sector);
        put(described, "Ansatte fra", minEmployees);
        put(described, "Ansatte til", maxEmployees);
        put(described, "Sykefravær fra (%)", minPercent);
        put(described, "Sykefravær til (%)", maxPercent);
        put(
                described,
                "Mot bransje/næring",
                benchmark == null ? null : benchmark == Benchmark.ABOVE ? "over" : "lik eller under");
        put(described, "Utvikling", risingTrend ? "økende" : null);
        put(described, "Saksstatus", caseStatus);
        put(described, "Sakseier", owner);
        put(described, "Ingen kontakt siste måneder", noContactMonths);
        put(described, "Sortering", sort + " " + direction);
        return described;
    }

    private static void put(Map<String, String> described, String label, @Nullable Object value) {
        if (value != null) {
            described.put(label, value.toString());
        }
    }

    /** The page's offset in the whole list. */
    public long offset() {
        return (long) page * size;
    }

    private record Parameters(Map<String, String> values) {

        @Nullable
        String text(String name) {
            String value = values.get(name);
            return value == null || value.isBlank() ? null : value.trim();
        }

        @Nullable
        String matching(String name, String pattern, String message) {
            String value = text(name);
            if (value != null && !value.matches(pattern)) {
                throw new InvalidParameterException(name, message + " Fikk «" + value + "».");
            }
            return value;
        }

        @Nullable
        Integer integer(String name, int min, int max) {
            String value = text(name);
            if (value == null) {
                return null;
            }
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new InvalidParameterException(
                    name, "%s må være et heltall fra %d til %d. Fikk «%s».".formatted(name, min, max, value));
        }

        int integer(String name, int min, int max, int fallback) {
            Integer value = integer(name, min, max);
            return value == null ? fallback : value;
        }

        @Nullable
        Long longValue(String name) {
            String value = text(name);
            if (value == null) {
                return null;
            }
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new InvalidParameterException(
                        name, name + " må være id-en til et regelsett. Fikk «" + value + "».");
            }
        }

        @Nullable
        BigDecimal percent(String name) {
            String value = text(name);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal percent = new BigDecimal(value.replace(',', '.'));
                if (percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0) {
                    return percent;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new InvalidParameterException(
                    name, name + " må være en prosent fra 0 til 100. Fikk «" + value + "».");
        }

        <E extends Enum<E>> @Nullable E choice(String name, Class<E> type, @Nullable E fallback) {
            String value = text(name);
            if (value == null) {
                return fallback;
            }
            String normalised = value.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
            try {
                return Enum.valueOf(type, normalised);
            } catch (IllegalArgumentException e) {
                List<String> allowed = new ArrayList<>();
                for (E constant : type.getEnumConstants()) {
                    allowed.add(constant.name());
                }
                throw new InvalidParameterException(
                        name, "%s må være en av %s. Fikk «%s».".formatted(name, allowed, value));
            }
        }
    }
}
