package no.iaverk.prioritization.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.iaverk.prioritization.CallListText;
import no.iaverk.reference.ReferenceData;
import org.springframework.util.MultiValueMap;

/**
 * The county filter of the list page. The page opens on the counties of the user's unit; «Hele landet» is the value
 * {@value #ALL}, so that choosing it survives in links (a blank value would fall back to the unit's counties). A unit
 * with several counties, and any other set of several, is one option: {@code 31,32}.
 */
record CountyOptions(List<Option> options, List<String> chosen, boolean unitDefault) {

    static final String ALL = "alle";

    record Option(String value, String label, boolean selected) {}

    /** The page's parameters with the unit's counties when none are asked for, and «alle» for a blank choice. */
    static MultiValueMap<String, String> withDefault(MultiValueMap<String, String> parameters, List<String> unit) {
        List<String> asked = parameters.get("county");
        if (asked == null) {
            parameters.put("county", List.of(unit.isEmpty() ? ALL : String.join(",", unit)));
        } else if (asked.stream().allMatch(value -> value == null || value.isBlank())) {
            parameters.put("county", List.of(ALL));
        }
        return parameters;
    }

    /** The parameters as the filter reads them: «alle» is no county filter. */
    static MultiValueMap<String, String> forFilter(MultiValueMap<String, String> parameters) {
        List<String> asked = parameters.get("county");
        if (asked != null) {
            parameters.put(
                    "county", asked.stream().filter(value -> !ALL.equals(value)).toList());
        }
        return parameters;
    }

    static CountyOptions of(
            MultiValueMap<String, String> parameters,
            List<String> unit,
            List<ReferenceData.County> counties,
            CallListText text) {
        List<String> chosen = chosen(parameters);
        List<String> unitSorted = List.copyOf(new TreeSet<>(unit));
        Map<String, String> names =
                counties.stream().collect(Collectors.toMap(ReferenceData.County::number, ReferenceData.County::name));
        List<Option> options = new ArrayList<>();
        options.add(new Option(ALL, text.get("priority.county.all"), chosen.isEmpty()));
        if (unitSorted.size() > 1) {
            options.add(new Option(
                    String.join(",", unitSorted),
                    text.get("priority.county.unit", text.list(named(unitSorted, names))),
                    chosen.equals(unitSorted)));
        }
        if (chosen.size() > 1 && !chosen.equals(unitSorted)) {
            options.add(new Option(String.join(",", chosen), text.list(named(chosen, names)), true));
        }
        for (var county : counties) {
            boolean ownUnit = unitSorted.size() == 1 && unitSorted.contains(county.number());
            options.add(new Option(
                    county.number(),
                    ownUnit ? text.get("priority.county.unit", county.name()) : county.name(),
                    chosen.size() == 1 && chosen.get(0).equals(county.number())));
        }
        return new CountyOptions(List.copyOf(options), chosen, !unitSorted.isEmpty() && chosen.equals(unitSorted));
    }

    /** The counties asked for, sorted; none for the whole country. */
    private static List<String> chosen(MultiValueMap<String, String> parameters) {
        var chosen = new TreeSet<String>();
        for (String value : parameters.getOrDefault("county", List.of())) {
            for (String county : value.split(",")) {
                String trimmed = county.trim();
                if (!trimmed.isEmpty() && !trimmed.equals(ALL)) {
                    chosen.add(trimmed);
                }
            }
        }
        return List.copyOf(chosen);
    }

    private static List<String> named(List<String> numbers, Map<String, String> names) {
        return numbers.stream()
                .map(number -> names.getOrDefault(number, number))
                .toList();
    }

    public boolean national() {
        return chosen.isEmpty();
    }
}
