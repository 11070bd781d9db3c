package no.iaverk.prioritization;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.iaverk.reference.ReferenceData;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.NavUnit;
import no.iaverk.security.NavUnits;
import no.iaverk.shared.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Reads a call list's filter from request parameters (the API's names), and says it in words. Every value is checked
 * here; a wrong one is a 400 that names the filter as the page labels it. A municipality may be given by name.
 */
@Service
@Transactional(readOnly = true)
public class PriorityFilters {

    private final CallListText text;
    private final Municipalities municipalities;
    private final ReferenceData reference;
    private final NavUnits units;
    private final JdbcClient jdbc;

    PriorityFilters(CallListText text, ReferenceData reference, NavUnits units, JdbcClient jdbc) {
        this.text = text;
        this.municipalities = new Municipalities(reference, text);
        this.reference = reference;
        this.units = units;
        this.jdbc = jdbc;
    }

    /** Only a running before-contact trial's workplaces in an arm that offers assistance: {@code trialCandidate=true}. */
    public static final String TRIAL_CANDIDATE = "trialCandidate";

    /**
     * The parameters that say who is on a call list (its order, page and rule set aside). {@code trialCandidate} is one
     * (a link back to the list keeps it), though a trial's design refuses it as eligibility.
     */
    public static final Set<String> WHO_IS_ON_THE_LIST = Set.of(
            "county",
            "municipality",
            "industry",
            "industryProgramme",
            "sector",
            "minEmployees",
            "maxEmployees",
            "minPercent",
            "maxPercent",
            "benchmark",
            "trend",
            "status",
            "owner",
            "noContactMonths",
            TRIAL_CANDIDATE);

    /** One value per parameter. */
    public PriorityFilter parse(Map<String, String> parameters) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        parameters.forEach(values::add);
        return parse(values);
    }

    /** Blank values count as absent; {@code county} may be repeated ({@code county=46&county=15}) or comma-separated. */
    public PriorityFilter parse(MultiValueMap<String, String> parameters) {
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
                throw p.invalid("industry", "priority.error.industry", industry);
            }
        }
        String municipality = p.text("municipality");
        PriorityFilter.SortKey sort = p.choice(
                "sort",
                PriorityFilter.SortKey.class,
                PriorityFilter.SortKey.LOST_WORKDAYS,
                key -> text.get("priority.sort." + key.name()));
        return new PriorityFilter(
                p.counties(),
                municipality == null ? null : municipalities.number("municipality", municipality),
                twoDigits,
                naceCode,
                p.matching("industryProgramme", "[A-Z_]+", "priority.error.programme"),
                p.integer("sector", 1, 3),
                p.integer("minEmployees", 0, Integer.MAX_VALUE),
                p.integer("maxEmployees", 0, Integer.MAX_VALUE),
                p.percent("minPercent"),
                p.percent("maxPercent"),
                p.choice("benchmark", PriorityFilter.Benchmark.class, null, text::benchmark),
                p.choice("trend", Trend.class, null, trend -> text.get("priority.rising")) != null,
                p.longValue("ruleSet"),
                p.status(),
                p.matching("owner", "[\\w.@-]{1,100}", "priority.error.owner"),
                p.integer("noContactMonths", 1, 120),
                p.yes(TRIAL_CANDIDATE),
                sort,
                p.choice(
                        "direction",
                        PriorityFilter.Direction.class,
                        sort.defaultDirection(),
                        direction -> text.get("priority.direction." + direction)),
                p.integer("page", 0, Integer.MAX_VALUE, 0),
                p.integer("size", 1, PriorityFilter.MAX_SIZE, PriorityFilter.DEFAULT_SIZE));
    }

    /** The one value {@code trend} takes. */
    private enum Trend {
        RISING
    }

    /** Today's municipalities by name as a person tells them apart, for the page's suggestions. */
    public List<String> municipalityNames() {
        return municipalities.names();
    }

    /** The counties the user's unit serves, which the list page opens on; none when the unit serves none. */
    public List<String> unitCounties(CurrentUser user) {
        return units.find(user.unitCode()).map(NavUnit::countyNumbers).orElse(List.of());
    }

    /** The filters in words, label to value, as the head of an exported list gives them; the sort order last. */
    public Map<String, String> describe(PriorityFilter filter, @Nullable RuleSet ruleSet, CurrentUser user) {
        Map<String, String> described = new LinkedHashMap<>();
        if (filter.counties().isEmpty()) {
            described.put(text.label("county"), text.get("priority.county.all"));
        } else {
            Map<String, String> names = reference.counties().stream()
                    .collect(Collectors.toMap(ReferenceData.County::number, ReferenceData.County::name));
            described.put(
                    text.label("county"),
                    text.list(filter.counties().stream()
                            .map(county -> names.getOrDefault(county, county))
                            .toList()));
        }
        put(
                described,
                "municipality",
                filter.municipality() == null ? null : municipalities.name(filter.municipality()));
        String industry = filter.industry() != null ? filter.industry() : filter.naceCode();
        put(
                described,
                "industry",
                industry == null
                        ? null
                        : reference
                                .naceName(industry)
                                .map(name -> name + " (" + industry + ")")
                                .orElse(industry));
        put(described, "industryProgramme", filter.industryProgramme() == null ? null : programme(filter));
        put(described, "sector", filter.sector() == null ? null : sector(filter.sector()));
        put(described, "minEmployees", filter.minEmployees());
        put(described, "maxEmployees", filter.maxEmployees());
        put(described, "minPercent", filter.minPercent() == null ? null : CallListText.number(filter.minPercent()));
        put(described, "maxPercent", filter.maxPercent() == null ? null : CallListText.number(filter.maxPercent()));
        put(described, "benchmark", filter.benchmark() == null ? null : text.benchmark(filter.benchmark()));
        put(described, "trend", filter.risingTrend() ? text.get("priority.rising") : null);
        if (ruleSet != null) {
            described.put(
                    text.label("ruleSet"),
                    text.get("priority.ruleSet.described", ruleSet.name(), text.describe(ruleSet)));
        }
        put(described, "status", filter.caseStatus() == null ? null : text.caseStatus(filter.caseStatus()));
        put(described, "owner", filter.owner() == null ? null : ownerName(filter.owner(), user));
        put(
                described,
                "noContactMonths",
                filter.noContactMonths() == null
                        ? null
                        : text.get("priority.noContact.value", String.valueOf(filter.noContactMonths())));
        put(described, TRIAL_CANDIDATE, filter.trialCandidate() ? text.get("priority.yes") : null);
        described.put(text.label("sort"), text.sort(filter.sort(), filter.direction()));
        return described;
    }

    private void put(Map<String, String> described, String parameter, @Nullable Object value) {
        if (value != null) {
            described.put(text.label(parameter), value.toString());
        }
    }

    private String programme(PriorityFilter filter) {
        return reference.industryProgrammes().stream()
                .filter(programme -> programme.code().equals(filter.industryProgramme()))
                .map(ReferenceData.IndustryProgramme::name)
                .findFirst()
                .orElse(filter.industryProgramme());
    }

    private String sector(int code) {
        return reference.sectors().stream()
                .filter(sector -> sector.code() == code)
                .map(ReferenceData.Sector::name)
                .findFirst()
                .orElse(String.valueOf(code));
    }

    /** The owner's name as the cases know it; the username only for someone who owns no case. */
    private String ownerName(String owner, CurrentUser user) {
        if (owner.equals(user.username())) {
            return user.displayName();
        }
        return jdbc.sql(
                        "select owner_name from case_enterprise where owner = :owner and owner_name is not null limit 1")
                .param("owner", owner)
                .query(String.class)
                .optional()
                .orElse(owner);
    }

    private final class Parameters {

        private final MultiValueMap<String, String> values;

        Parameters(MultiValueMap<String, String> values) {
            this.values = values;
        }

        InvalidParameterException invalid(String name, String key, String value, Object... more) {
            Object[] arguments = new Object[2 + more.length];
            arguments[0] = text.label(name);
            arguments[1] = value;
            System.arraycopy(more, 0, arguments, 2, more.length);
            return new InvalidParameterException(name, text.get(key, arguments));
        }

        @Nullable
        String text(String name) {
            String value = values.getFirst(name);
            return value == null || value.isBlank() ? null : value.trim();
        }

        List<String> counties() {
            var counties = new TreeSet<String>();
            for (String value : values.getOrDefault("county", List.of())) {
                for (String county : value.split(",")) {
                    String trimmed = county.trim();
                    if (trimmed.isEmpty()) {
                        continue;
                    }
                    if (!trimmed.matches("\\d{2}")) {
                        throw invalid("county", "priority.error.county", trimmed);
                    }
                    counties.add(trimmed);
                }
            }
            return List.copyOf(counties);
        }

        @Nullable
        String matching(String name, String pattern, String key) {
            String value = text(name);
            if (value != null && !value.matches(pattern)) {
                throw invalid(name, key, value);
            }
            return value;
        }

        @Nullable
        String status() {
            String value = text("status");
            if (value != null && !PriorityFilter.CASE_STATUSES.contains(value)) {
                throw invalid(
                        "status",
                        "priority.error.choice",
                        value,
                        alternatives(PriorityFilter.CASE_STATUSES, status -> text.caseStatus(status)));
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
            throw max == Integer.MAX_VALUE
                    ? invalid(name, "priority.error.integerFrom", value, String.valueOf(min))
                    : invalid(name, "priority.error.integer", value, String.valueOf(min), String.valueOf(max));
        }

        int integer(String name, int min, int max, int fallback) {
            Integer value = integer(name, min, max);
            return value == null ? fallback : value;
        }

        /** {@code true} or {@code false}; absent is false. */
        boolean yes(String name) {
            String value = text(name);
            if (value == null || value.equalsIgnoreCase("false")) {
                return false;
            }
            if (value.equalsIgnoreCase("true")) {
                return true;
            }
            throw invalid(name, "priority.error.boolean", value);
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
                throw invalid(name, "priority.error.ruleSet", value);
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
            throw invalid(name, "priority.error.percent", value);
        }

        /** One of an enum's constants, also written in camel case ({@code lostWorkdays}). */
        <E extends Enum<E>> @Nullable E choice(
                String name, Class<E> type, @Nullable E fallback, Function<E, String> words) {
            String value = text(name);
            if (value == null) {
                return fallback;
            }
            String normalised = value.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
            try {
                return Enum.valueOf(type, normalised);
            } catch (IllegalArgumentException e) {
                throw invalid(
                        name,
                        "priority.error.choice",
                        value,
                        alternatives(Arrays.stream(type.getEnumConstants()).toList(), words));
            }
        }

        /** The values an API caller may give, with their meaning: «Over (ABOVE) eller Lik eller under (AT_OR_BELOW)». */
        private <T> String alternatives(List<T> allowed, Function<T, String> words) {
            List<String> described = new ArrayList<>();
            for (T value : allowed) {
                described.add(words.apply(value) + " (" + value + ")");
            }
            return text.either(described);
        }
    }
}
