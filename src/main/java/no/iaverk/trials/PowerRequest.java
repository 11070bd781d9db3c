package no.iaverk.trials;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.iaverk.prioritization.PriorityFilters;
import no.iaverk.shared.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What the power calculator is asked: the effect to detect (percentage points among those assisted), α, power, the
 * uptake (share of the offered who accept, for BEFORE_CONTACT), the allocation ratio, and who is eligible (a rule set
 * and the call list's filters, by the names of {@code /api/prioritization}).
 */
public record PowerRequest(
        double effect,
        double alpha,
        double power,
        double uptake,
        double ratio,
        @Nullable Long ruleSetId,
        MultiValueMap<String, String> filters) {

    public static final double DEFAULT_ALPHA = 0.05;
    public static final double DEFAULT_POWER = 0.8;

    private static final Set<String> OWN = Set.of("effect", "alpha", "power", "uptake", "ratio", "ruleSetId");

    /** Reads the request's parameters; a missing or wrong one is a 400 naming it, in Norwegian. */
    public static PowerRequest parse(MultiValueMap<String, String> parameters) {
        for (String name : parameters.keySet()) {
            if (!OWN.contains(name) && !PriorityFilters.WHO_IS_ON_THE_LIST.contains(name)) {
                throw new InvalidParameterException(
                        name, "Ukjent parameter «%s» for styrkeberegningen.".formatted(name));
            }
        }
        String effectText = text(parameters, "effect");
        if (effectText == null) {
            throw new InvalidParameterException(
                    "effect", "Oppgi effekten (effect) som skal kunne påvises, i prosentpoeng, for eksempel -1,0.");
        }
        double effect = number(parameters, "effect", Double.NaN);
        if (!Double.isFinite(effect) || effect == 0) {
            throw invalid(
                    "effect", effectText, "Effekten (effect) må være et tall forskjellig fra null, i prosentpoeng");
        }
        double alpha = number(parameters, "alpha", DEFAULT_ALPHA);
        if (!(alpha > 0 && alpha < 1)) {
            throw invalid("alpha", text(parameters, "alpha"), "Signifikansnivået (alpha) må være mellom 0 og 1");
        }
        double power = number(parameters, "power", DEFAULT_POWER);
        if (!(power > 0 && power < 1)) {
            throw invalid("power", text(parameters, "power"), "Styrken (power) må være mellom 0 og 1");
        }
        double uptake = number(parameters, "uptake", 1);
        if (!(uptake > 0 && uptake <= 1)) {
            throw invalid(
                    "uptake", text(parameters, "uptake"), "Andelen som takker ja (uptake) må være over 0 og høyst 1");
        }
        double ratio = number(parameters, "ratio", 1);
        if (!(ratio > 0 && Double.isFinite(ratio))) {
            throw invalid(
                    "ratio",
                    text(parameters, "ratio"),
                    "Forholdet (ratio) mellom enheter i hver sammenlignet arm og i referansearmen må være over 0");
        }
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
        parameters.forEach((name, values) -> {
            if (PriorityFilters.WHO_IS_ON_THE_LIST.contains(name)) {
                filters.put(name, List.copyOf(values));
            }
        });
        return new PowerRequest(effect, alpha, power, uptake, ratio, ruleSetId(parameters), filters);
    }

    /** The call list's parameters for this request: its filters and its rule set under the list's name. */
    MultiValueMap<String, String> callListParameters() {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>(filters);
        if (ruleSetId != null) {
            parameters.add("ruleSet", String.valueOf(ruleSetId));
        }
        return parameters;
    }

    private static @Nullable Long ruleSetId(MultiValueMap<String, String> parameters) {
        String value = text(parameters, "ruleSetId");
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw invalid("ruleSetId", value, "Regelsettet (ruleSetId) må være et nummer");
        }
    }

    /** A decimal number; a decimal comma is read as a point. NaN when it is not a number. */
    private static double number(MultiValueMap<String, String> parameters, String name, double absent) {
        String value = text(parameters, name);
        if (value == null) {
            return absent;
        }
        try {
            return Double.parseDouble(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static @Nullable String text(MultiValueMap<String, String> parameters, String name) {
        Set<String> distinct = new HashSet<>(parameters.getOrDefault(name, List.of()));
        if (distinct.size() > 1) {
            throw new InvalidParameterException(name, "Parameteren %s er oppgitt flere ganger.".formatted(name));
        }
        String value = parameters.getFirst(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static InvalidParameterException invalid(String name, @Nullable String value, String rule) {
        return new InvalidParameterException(name, "%s; «%s» er ikke det.".formatted(rule, value));
    }
}
