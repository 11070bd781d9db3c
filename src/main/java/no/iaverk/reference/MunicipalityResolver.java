package no.iaverk.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Maps a municipality number as a register file reports it to today's municipality. Numbers from before the county
 * reforms go through the change table; an old number the table does not know is matched by name among the
 * municipalities of the counties that took over its old county.
 */
public final class MunicipalityResolver {

    public enum Method {
        CURRENT,
        CHANGED,
        BY_NAME,
        UNMAPPED,
        MISSING
    }

    public record Resolution(@Nullable String number, Method method) {}

    public record Municipality(String number, String name, String nameNorwegian) {
        public String county() {
            return number.substring(0, 2);
        }
    }

    private final Set<String> current;
    private final Map<String, String> changes;
    private final Map<String, List<String>> successorCounties;
    /** county number → normalised name → municipality number */
    private final Map<String, Map<String, String>> byCountyAndName = new HashMap<>();

    public MunicipalityResolver(
            List<Municipality> municipalities,
            Map<String, String> changes,
            Map<String, List<String>> successorCounties) {
        this.current =
                Set.copyOf(municipalities.stream().map(Municipality::number).toList());
        this.changes = Map.copyOf(changes);
        this.successorCounties = Map.copyOf(successorCounties);
        for (Municipality m : municipalities) {
            Map<String, String> names = byCountyAndName.computeIfAbsent(m.county(), c -> new HashMap<>());
            names.put(normalise(m.name()), m.number());
            names.put(normalise(m.nameNorwegian()), m.number());
        }
    }

    public Resolution resolve(@Nullable String reportedNumber, @Nullable String reportedName) {
        if (reportedNumber == null || reportedNumber.isBlank()) {
            return new Resolution(null, Method.MISSING);
        }
        String number = reportedNumber.trim();
        if (current.contains(number)) {
            return new Resolution(number, Method.CURRENT);
        }
        String changed = changes.get(number);
        if (changed != null) {
            return new Resolution(changed, Method.CHANGED);
        }
        if (reportedName != null && number.length() == 4) {
            String name = normalise(reportedName);
            for (String county : successorCounties.getOrDefault(number.substring(0, 2), List.of())) {
                String match = byCountyAndName.getOrDefault(county, Map.of()).get(name);
                if (match != null) {
                    return new Resolution(match, Method.BY_NAME);
                }
            }
        }
        return new Resolution(null, Method.UNMAPPED);
    }

    /** «Herøy (Møre og Romsdal)» and «HERØY» are the same name. */
    static String normalise(String name) {
        int bracket = name.indexOf(" (");
        String bare = bracket > 0 ? name.substring(0, bracket) : name;
        return bare.trim().toUpperCase(Locale.ROOT);
    }
}
