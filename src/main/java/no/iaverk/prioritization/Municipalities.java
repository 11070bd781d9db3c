package no.iaverk.prioritization;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.iaverk.reference.ReferenceData;
import no.iaverk.shared.InvalidParameterException;
import org.jspecify.annotations.Nullable;

/**
 * A municipality filter given as a number or as a name. Names are compared without regard to case, whole; a name
 * without a qualifier in brackets matches every municipality of that name, so «Herøy» is ambiguous (Herøy in Møre og
 * Romsdal and Herøy in Nordland) and answers with both, while «Herøy (Nordland)» and «Våler (Østfold)» are one.
 * Today's municipalities are fixed while the application runs (reference data is loaded at start), so they are read
 * once.
 */
final class Municipalities {

    /** A municipality as a person tells it apart: «Våler (Østfold)», «Herøy (Nordland)». */
    record Named(String number, String name, String distinctName) {}

    private final ReferenceData reference;
    private final CallListText text;
    private volatile @Nullable Lookup lookup;

    private record Lookup(Map<String, Named> byNumber, Map<String, List<Named>> byName) {}

    Municipalities(ReferenceData reference, CallListText text) {
        this.reference = reference;
        this.text = text;
    }

    /** The municipality number for what was typed in {@code parameter}; a 400 naming the filter when none or several. */
    String number(String parameter, String given) {
        String value = given.trim();
        if (value.matches("\\d{4}")) {
            return value;
        }
        List<Named> found = lookup().byName().getOrDefault(key(value), List.of());
        if (found.size() == 1) {
            return found.get(0).number();
        }
        String label = text.label(parameter);
        if (found.isEmpty()) {
            throw new InvalidParameterException(parameter, text.get("priority.error.municipality", label, value));
        }
        throw new InvalidParameterException(
                parameter,
                text.get(
                        "priority.error.municipality.ambiguous",
                        label,
                        value,
                        text.list(found.stream()
                                .map(m -> m.number() + " " + m.distinctName())
                                .toList())));
    }

    /** The municipality's name, or the number when it is not one of today's. */
    String name(String number) {
        Named named = lookup().byNumber().get(number);
        return named == null ? number : named.name();
    }

    /** Every municipality's name as a person tells it apart, in Norwegian alphabetical order, for suggestions. */
    List<String> names() {
        return lookup().byNumber().values().stream()
                .map(Named::distinctName)
                .sorted(Collator.getInstance(CallListText.NORWEGIAN))
                .toList();
    }

    private Lookup lookup() {
        Lookup current = lookup;
        if (current == null) {
            current = load();
            lookup = current;
        }
        return current;
    }

    private Lookup load() {
        Map<String, String> counties = reference.counties().stream()
                .collect(Collectors.toMap(ReferenceData.County::number, ReferenceData.County::name));
        List<ReferenceData.Municipality> all = reference.municipalities();
        Map<String, Long> sharing =
                all.stream().collect(Collectors.groupingBy(m -> key(bare(m.name())), Collectors.counting()));
        Map<String, Named> byNumber = new LinkedHashMap<>();
        Map<String, List<Named>> byName = new HashMap<>();
        for (var m : all) {
            // A shared name gets its county, unless it has a qualifier already: «Våler (Østfold)», «Herøy (Nordland)».
            String distinct = sharing.get(key(bare(m.name()))) > 1 && !qualified(m.name())
                    ? m.name() + " (" + counties.getOrDefault(m.countyNumber(), m.countyNumber()) + ")"
                    : m.name();
            Named named = new Named(m.number(), m.name(), distinct);
            byNumber.put(m.number(), named);
            Set<String> keys = new HashSet<>();
            for (String name :
                    List.of(m.name(), m.nameNorwegian(), distinct, bare(m.name()), bare(m.nameNorwegian()))) {
                keys.add(key(name));
            }
            for (String key : keys) {
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(named);
            }
        }
        return new Lookup(byNumber, byName);
    }

    private static boolean qualified(String name) {
        return name.endsWith(")") && name.contains(" (");
    }

    /** «Herøy (Nordland)» without its qualifier. */
    private static String bare(String name) {
        return qualified(name) ? name.substring(0, name.lastIndexOf(" (")) : name;
    }

    private static String key(String name) {
        return name.trim().replaceAll("\\s+", " ").toUpperCase(CallListText.NORWEGIAN);
    }
}
