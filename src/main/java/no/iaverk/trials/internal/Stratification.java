package no.iaverk.trials.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.iaverk.trials.StratumFactor;
import org.jspecify.annotations.Nullable;

/**
 * Places each eligible legal unit in a stratum: the values of the trial's factors, as a code such as
 * {@code SIZE_BAND=20-49;COUNTY=46} ({@code ALL} without factors). A stratum with fewer than {@code minimum} legal
 * units (two of the largest blocks) goes into the stratum {@code OTHER}; if OTHER itself is then too small, it is
 * merged with the smallest remaining stratum (the union keeps the name OTHER), so every stratum has at least
 * {@code minimum} units unless the whole trial has only one stratum. No stratum is ever a singleton when the trial
 * has at least {@code minimum} ≥ 2 units.
 */
public final class Stratification {

    public static final String ALL = "ALL";
    public static final String OTHER = "OTHER";
    public static final String NONE = "NONE";

    /** A legal unit as the frozen list describes it. */
    public record Unit(
            String legalUnit,
            @Nullable String programme,
            @Nullable String county,
            int employees,
            @Nullable BigDecimal baselinePercent) {}

    private Stratification() {}

    /** Legal unit → stratum code, in the units' order. */
    public static Map<String, String> assign(List<Unit> units, List<StratumFactor> factors, int minimum) {
        Map<String, String> tertiles = tertiles(units);
        Map<String, String> strata = new LinkedHashMap<>();
        for (Unit unit : units) {
            strata.put(unit.legalUnit(), code(unit, factors, tertiles));
        }
        return merged(strata, minimum);
    }

    /** The number of legal units per stratum, strata in canonical order. */
    public static Map<String, Integer> sizes(Map<String, String> strata) {
        return strata.values().stream().collect(Collectors.toMap(s -> s, s -> 1, Integer::sum, TreeMap::new));
    }

    private static String code(Unit unit, List<StratumFactor> factors, Map<String, String> tertiles) {
        if (factors.isEmpty()) {
            return ALL;
        }
        List<String> parts = new ArrayList<>();
        for (StratumFactor factor : factors) {
            String value = switch (factor) {
                case INDUSTRY_PROGRAMME -> unit.programme();
                case SIZE_BAND -> sizeBand(unit.employees());
                case COUNTY -> unit.county();
                case BASELINE_TERTILE -> tertiles.get(unit.legalUnit());
            };
            parts.add(factor.name() + "=" + (value == null ? NONE : value));
        }
        return String.join(";", parts);
    }

    public static String sizeBand(int employees) {
        if (employees < 20) {
            return "5-19";
        } else if (employees < 50) {
            return "20-49";
        } else if (employees < 100) {
            return "50-99";
        } else if (employees < 250) {
            return "100-249";
        }
        return "250+";
    }

    /** T1 (lowest third) to T3 by rank of the baseline percent, ties broken by legal unit; none without a baseline. */
    private static Map<String, String> tertiles(List<Unit> units) {
        List<Unit> withBaseline = units.stream()
                .filter(u -> u.baselinePercent() != null)
                .sorted(Comparator.comparing((Unit u) -> u.baselinePercent()).thenComparing(Unit::legalUnit))
                .toList();
        Map<String, String> tertiles = new HashMap<>();
        int n = withBaseline.size();
        for (int rank = 0; rank < n; rank++) {
            tertiles.put(withBaseline.get(rank).legalUnit(), "T" + (1 + 3 * rank / n));
        }
        return tertiles;
    }

    private static Map<String, String> merged(Map<String, String> strata, int minimum) {
        Map<String, Integer> sizes = sizes(strata);
        Map<String, String> renamed = new HashMap<>();
        sizes.forEach((code, size) -> {
            if (size < minimum) {
                renamed.put(code, OTHER);
            }
        });
        int other = sizes.entrySet().stream()
                .filter(e -> renamed.containsKey(e.getKey()))
                .mapToInt(Map.Entry::getValue)
                .sum();
        if (other > 0 && other < minimum) {
            sizes.entrySet().stream()
                    .filter(e -> !renamed.containsKey(e.getKey()))
                    .min(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .ifPresent(smallest -> renamed.put(smallest.getKey(), OTHER));
        }
        Map<String, String> result = new LinkedHashMap<>();
        strata.forEach((unit, code) -> result.put(unit, renamed.getOrDefault(code, code)));
        return result;
    }

    /** Sum lost / sum possible × 100, or none without possible workdays. */
    public static @Nullable BigDecimal percent(@Nullable BigDecimal lost, @Nullable BigDecimal possible) {
        if (lost == null || possible == null || possible.signum() == 0) {
            return null;
        }
        return lost.multiply(BigDecimal.valueOf(100)).divide(possible, MathContext.DECIMAL64);
    }
}
