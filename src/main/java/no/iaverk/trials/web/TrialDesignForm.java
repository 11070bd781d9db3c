package no.iaverk.trials.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.trials.Arm;
import no.iaverk.trials.Participation;
import no.iaverk.trials.StratumFactor;
import no.iaverk.trials.TrialDesign;
import no.iaverk.trials.TrialKind;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The design form as typed: text fields by their names ({@code name}, {@code arms[1].plannedMonths},
 * {@code filters.county}), the chosen strata, and how it reads as a {@link TrialDesign}. The page has {@value #ARM_ROWS}
 * arm rows; empty rows at the end are not arms. A value that does not read (a word where a number goes, an unknown
 * choice) is passed on as missing, so {@code TrialDesigns} names the field with its own message.
 */
record TrialDesignForm(Map<String, String> fields, List<String> strata) {

    static final int ARM_ROWS = 4;

    static final List<String> ARM_FIELDS =
            List.of("code", "name", "plannedMonths", "participation", "maxAdviserHours", "description", "ratio");

    /** The call list's filters the form offers, with the names of {@code /api/prioritization}. */
    static final List<String> FILTERS = List.of("county", "industryProgramme", "minEmployees", "maxEmployees");

    static TrialDesignForm empty() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("arms[0].ratio", "1");
        fields.put("arms[1].ratio", "1");
        fields.put("filters.minEmployees", "5");
        return new TrialDesignForm(fields, List.of());
    }

    static TrialDesignForm of(MultiValueMap<String, String> parameters) {
        Map<String, String> fields = new LinkedHashMap<>();
        parameters.forEach((key, values) -> {
            if (!key.equals("strata") && !key.equals("_csrf") && !values.isEmpty() && values.get(0) != null) {
                fields.put(key, values.get(0));
            }
        });
        List<String> strata = parameters.getOrDefault("strata", List.of());
        return new TrialDesignForm(fields, List.copyOf(strata));
    }

    public String get(String field) {
        return fields.getOrDefault(field, "");
    }

    public boolean checked(String field) {
        return fields.containsKey(field);
    }

    TrialDesign design() {
        return new TrialDesign(
                text("name"),
                text("question"),
                choice(TrialKind.class, get("design")),
                arms(),
                ruleSetId(),
                filters(),
                strata.stream().map(s -> choice(StratumFactor.class, s)).toList());
    }

    private List<Arm> arms() {
        int rows = ARM_ROWS;
        while (rows > 0 && emptyRow(rows - 1)) {
            rows--;
        }
        List<Arm> arms = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String p = "arms[" + i + "].";
            arms.add(new Arm(
                    text(p + "code"),
                    text(p + "name"),
                    whole(get(p + "plannedMonths")),
                    choice(Participation.class, get(p + "participation")),
                    checked(p + "digitalOnly"),
                    decimal(get(p + "maxAdviserHours")),
                    text(p + "description"),
                    whole(get(p + "ratio")),
                    !checked(p + "noOutreach")));
        }
        return arms;
    }

    private @Nullable Long ruleSetId() {
        Integer id = whole(get("ruleSetId"));
        return id == null ? null : id.longValue();
    }

    private boolean emptyRow(int i) {
        return !checked("arms[" + i + "].digitalOnly")
                && !checked("arms[" + i + "].noOutreach")
                && ARM_FIELDS.stream().allMatch(f -> get("arms[" + i + "]." + f).isBlank());
    }

    private Map<String, Object> filters() {
        Map<String, Object> filters = new LinkedHashMap<>();
        for (String filter : FILTERS) {
            String value = get("filters." + filter).trim();
            if (!value.isEmpty()) {
                filters.put(filter, value);
            }
        }
        return filters;
    }

    private @Nullable String text(String field) {
        String value = get(field);
        return value.isBlank() ? null : value;
    }

    private static @Nullable Integer whole(String value) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Hours as typed in Norway (60,5) or with a point. */
    private static @Nullable BigDecimal decimal(String value) {
        try {
            return new BigDecimal(value.trim().replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E choice(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }
}
