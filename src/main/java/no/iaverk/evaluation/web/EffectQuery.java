package no.iaverk.evaluation.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import no.iaverk.evaluation.EffectFilters;

/**
 * The effect page's filters as typed: only the filter parameters, blank ones left out, and the same again as the query
 * of the links that must show the same selection (the subgroups, the export).
 */
record EffectQuery(Map<String, String> form) {

    static EffectQuery of(Map<String, String> parameters) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String name : EffectFilters.PARAMETERS) {
            String value = parameters.get(name);
            if (value != null && !value.isBlank()) form.put(name, value.trim());
        }
        return new EffectQuery(form);
    }

    /** {@code ?county=46&level=UNIT}, or nothing without filters. */
    String query() {
        if (form.isEmpty()) return "";
        return form.entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }
}
