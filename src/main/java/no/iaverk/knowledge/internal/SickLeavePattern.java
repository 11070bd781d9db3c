package no.iaverk.knowledge.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;

/**
 * A collaboration's sick-leave pattern over the last four published quarters, summed over its workplaces, against a
 * benchmark. Privacy: a workplace masked (fewer than five persons) in any quarter of the window is left out whole, so
 * no sum holds part of it and no difference of sums gives it away; its visible quarters are not used either.
 * Percentages are unrounded here; the rules compare these and round only what they write.
 *
 * @param used the workplaces whose figures are summed
 * @param withheld per workplace left out, why: {@link #MASKED} or {@link #NO_FIGURES}
 * @param percent lost / possible workdays × 100 over the window; null when no workplace is used
 * @param longTermShare lost workdays in absences from 17 days, in percent of the lost workdays of the quarters that
 *     report durations; null without durations
 * @param trend the newest quarter's percent minus that of the same quarter a year before (percentage points), over
 *     the used workplaces; null when a used workplace lacks unmasked figures in either
 */
public record SickLeavePattern(
        List<Quarter> window,
        List<String> used,
        Map<String, String> withheld,
        @Nullable BigDecimal percent,
        @Nullable BigDecimal longTermShare,
        @Nullable BigDecimal shortTermShare,
        @Nullable BigDecimal trend,
        @Nullable Benchmark benchmark) {

    public static final String MASKED = "MASKED";
    public static final String NO_FIGURES = "NO_FIGURES";

    /**
     * The category compared with: the industry programme's, else the 2-digit industry's, else the country's; the
     * first whose four quarters are all there and none withheld by the disclosure rules.
     *
     * @param kind INDUSTRY_PROGRAMME, INDUSTRY or COUNTRY
     */
    public record Benchmark(
            String kind,
            String code,
            BigDecimal percent,
            @Nullable BigDecimal longTermShare,
            @Nullable BigDecimal shortTermShare) {}

    private static final List<String> BENCHMARK_ORDER = List.of("INDUSTRY_PROGRAMME", "INDUSTRY", "COUNTRY");

    public static SickLeavePattern of(CollaborationProfile profile) {
        List<Quarter> window = profile.window();
        Map<String, List<CollaborationProfile.Figures>> byUnit = new LinkedHashMap<>();
        profile.units().forEach(unit -> byUnit.put(unit.orgNumber(), new ArrayList<>()));
        profile.unitFigures().stream()
                .filter(f -> window.contains(f.quarter()))
                .forEach(f -> byUnit.computeIfAbsent(f.code(), code -> new ArrayList<>())
                        .add(f));
        List<String> used = new ArrayList<>();
        Map<String, String> withheld = new LinkedHashMap<>();
        List<CollaborationProfile.Figures> summed = new ArrayList<>();
        byUnit.forEach((org, rows) -> {
            if (rows.stream().anyMatch(CollaborationProfile.Figures::masked)) {
                withheld.put(org, MASKED);
            } else if (rows.isEmpty()) {
                withheld.put(org, NO_FIGURES);
            } else {
                used.add(org);
                summed.addAll(rows);
            }
        });
        return new SickLeavePattern(
                window,
                used,
                withheld,
                percent(summed),
                share(summed, CollaborationProfile.Figures::longTermLost),
                share(summed, CollaborationProfile.Figures::shortTermLost),
                trend(profile, used),
                benchmark(profile));
    }

    private static @Nullable BigDecimal trend(CollaborationProfile profile, List<String> used) {
        if (profile.window().isEmpty() || used.isEmpty()) {
            return null;
        }
        Quarter newest = profile.window().get(0);
        Quarter yearBefore = newest.yearBefore();
        List<CollaborationProfile.Figures> now = new ArrayList<>();
        List<CollaborationProfile.Figures> before = new ArrayList<>();
        for (String org : used) {
            var thisQuarter = figures(profile, org, newest);
            var lastYear = figures(profile, org, yearBefore);
            if (thisQuarter == null || lastYear == null || lastYear.masked()) {
                return null;
            }
            now.add(thisQuarter);
            before.add(lastYear);
        }
        BigDecimal a = percent(now);
        BigDecimal b = percent(before);
        return a == null || b == null ? null : a.subtract(b);
    }

    private static CollaborationProfile.@Nullable Figures figures(
            CollaborationProfile profile, String org, Quarter quarter) {
        return profile.unitFigures().stream()
                .filter(f -> f.code().equals(org) && f.quarter().equals(quarter))
                .findFirst()
                .orElse(null);
    }

    private static @Nullable Benchmark benchmark(CollaborationProfile profile) {
        for (String kind : BENCHMARK_ORDER) {
            List<CollaborationProfile.Figures> rows = profile.benchmarkFigures().stream()
                    .filter(f -> f.kind().equals(kind) && profile.window().contains(f.quarter()))
                    .toList();
            boolean complete = !rows.isEmpty()
                    && rows.stream()
                                    .map(CollaborationProfile.Figures::quarter)
                                    .distinct()
                                    .count()
                            == profile.window().size()
                    && rows.stream().noneMatch(CollaborationProfile.Figures::masked);
            BigDecimal percent = complete ? percent(rows) : null;
            if (percent != null) {
                return new Benchmark(
                        kind,
                        rows.get(0).code(),
                        percent,
                        share(rows, CollaborationProfile.Figures::longTermLost),
                        share(rows, CollaborationProfile.Figures::shortTermLost));
            }
        }
        return null;
    }

    private static @Nullable BigDecimal percent(List<CollaborationProfile.Figures> rows) {
        BigDecimal lost = sum(rows, CollaborationProfile.Figures::lost);
        BigDecimal possible = sum(rows, CollaborationProfile.Figures::possible);
        return rows.isEmpty() || possible.signum() == 0 ? null : hundredths(lost, possible);
    }

    /** A part of the lost workdays, in percent of the lost workdays of the quarters that report the part. */
    private static @Nullable BigDecimal share(
            List<CollaborationProfile.Figures> rows,
            Function<CollaborationProfile.Figures, @Nullable BigDecimal> part) {
        List<CollaborationProfile.Figures> reporting =
                rows.stream().filter(f -> part.apply(f) != null).toList();
        BigDecimal lost = sum(reporting, CollaborationProfile.Figures::lost);
        return reporting.isEmpty() || lost.signum() == 0 ? null : hundredths(sum(reporting, part), lost);
    }

    private static BigDecimal sum(
            List<CollaborationProfile.Figures> rows,
            Function<CollaborationProfile.Figures, @Nullable BigDecimal> value) {
        return rows.stream().map(value).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal hundredths(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 6, RoundingMode.HALF_UP);
    }
}
