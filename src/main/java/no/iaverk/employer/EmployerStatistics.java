package no.iaverk.employer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import no.iaverk.employer.EmployerSickLeave.Benchmark;
import no.iaverk.employer.EmployerSickLeave.BenchmarkKind;
import no.iaverk.employer.EmployerSickLeave.LastFourQuarters;
import no.iaverk.employer.EmployerSickLeave.Unit;
import no.iaverk.employer.internal.EmployerStatisticsQueries;
import no.iaverk.employer.internal.Series;
import no.iaverk.employer.internal.UnitQuarter;
import no.iaverk.shared.NotFoundException;
import no.iaverk.shared.OrgNumber;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An enterprise's sick leave as its employer sees it: each sub-unit (NAV's figures are per sub-unit) and the legal unit
 * as the sum of its visible sub-units, against the industry programme (else the 2-digit industry) and Norway. Takes
 * an explicit org. number: whether the caller may see it is the controller's question ({@link EmployerScope}).
 */
@Service
@Transactional(readOnly = true)
public class EmployerStatistics {

    private final EmployerStatisticsQueries queries;
    private final BigDecimal costPerDay;

    EmployerStatistics(
            EmployerStatisticsQueries queries, @Value("${iaverk.sick-leave.cost-per-day:4700}") BigDecimal costPerDay) {
        this.queries = queries;
        this.costPerDay = costPerDay;
    }

    public BigDecimal costPerDay() {
        return costPerDay;
    }

    public EmployerSickLeave forEnterprise(OrgNumber orgNumber) {
        var unit = queries.unit(orgNumber.value()).orElseThrow(() -> new UnknownEnterprise(orgNumber));
        List<EmployerStatisticsQueries.Unit> subUnits = unit.subUnit() ? List.of() : queries.subUnits(unit.orgNumber());
        Optional<Quarter> current = queries.publishedQuarter();
        if (current.isEmpty()) {
            return new EmployerSickLeave(unit.orgNumber(), unit.name(), null, empty(unit), List.of(), null, costPerDay);
        }
        Quarter published = current.get();
        Map<String, Benchmark> benchmarks = new TreeMap<>();
        Map<Benchmark, BigDecimal> unroundedPercents = new java.util.IdentityHashMap<>();
        if (subUnits.isEmpty()) {
            var rows = queries.enterprises(List.of(unit.orgNumber()), published).get(unit.orgNumber());
            Unit figures = unit(unit, new Series(rows, published), false, 0, published, benchmarks, unroundedPercents);
            return new EmployerSickLeave(
                    unit.orgNumber(), unit.name(), published, figures, List.of(), country(published), costPerDay);
        }
        var rowsBySubUnit = queries.enterprises(
                subUnits.stream().map(EmployerStatisticsQueries.Unit::orgNumber).toList(), published);
        List<Unit> subUnitFigures = new ArrayList<>();
        for (var subUnit : subUnits) {
            subUnitFigures.add(unit(
                    subUnit,
                    new Series(rowsBySubUnit.get(subUnit.orgNumber()), published),
                    false,
                    0,
                    published,
                    benchmarks,
                    unroundedPercents));
        }
        Series sum = new Series(legalUnitSum(rowsBySubUnit), published);
        int maskedInWindow = maskedInWindow(rowsBySubUnit, published);
        return new EmployerSickLeave(
                unit.orgNumber(),
                unit.name(),
                published,
                unit(unit, sum, true, maskedInWindow, published, benchmarks, unroundedPercents),
                subUnitFigures,
                country(published),
                costPerDay);
    }

    /**
     * Per quarter, the sum of the sub-units that are visible in it; the masked ones are left out and counted. The sum
     * equals the visible sub-units' figures added up, so it minus them is zero, never a masked sub-unit.
     */
    static List<UnitQuarter> legalUnitSum(Map<String, List<UnitQuarter>> rowsBySubUnit) {
        Map<Quarter, List<UnitQuarter>> byQuarter = new TreeMap<>();
        rowsBySubUnit.values().stream()
                .flatMap(List::stream)
                .forEach(row -> byQuarter
                        .computeIfAbsent(row.quarter(), quarter -> new ArrayList<>())
                        .add(row));
        return byQuarter.entrySet().stream()
                .map(entry -> UnitQuarter.sum(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** Sub-units masked in at least one quarter of the window: the «ekskl. N skjermet» of the legal unit. */
    static int maskedInWindow(Map<String, List<UnitQuarter>> rowsBySubUnit, Quarter published) {
        Set<Quarter> window = new HashSet<>(published.lastFour());
        return (int) rowsBySubUnit.values().stream()
                .filter(rows -> rows.stream().anyMatch(row -> window.contains(row.quarter()) && !row.visible()))
                .count();
    }

    private Unit unit(
            EmployerStatisticsQueries.Unit unit,
            Series series,
            boolean sumOfSubUnits,
            int maskedSubUnits,
            Quarter published,
            Map<String, Benchmark> benchmarks,
            Map<Benchmark, BigDecimal> unroundedPercents) {
        Benchmark industry = industry(unit, published, benchmarks, unroundedPercents);
        LastFourQuarters window = series.lastFourQuarters(maskedSubUnits);
        return new Unit(
                unit.orgNumber(),
                unit.name(),
                sumOfSubUnits,
                window,
                series.trend(),
                industry,
                Comparison.of(
                        series.percent(),
                        series.fourQuarters(),
                        industry == null ? null : unroundedPercents.get(industry)),
                series.history());
    }

    /** The industry programme if the unit has one with figures, else its 2-digit industry's, else none. */
    private @Nullable Benchmark industry(
            EmployerStatisticsQueries.Unit unit,
            Quarter published,
            Map<String, Benchmark> benchmarks,
            Map<Benchmark, BigDecimal> unroundedPercents) {
        if (unit.industryProgramme() != null) {
            Benchmark programme = benchmark(
                    BenchmarkKind.INDUSTRY_PROGRAMME,
                    unit.industryProgramme(),
                    published,
                    benchmarks,
                    unroundedPercents);
            if (programme != null) {
                return programme;
            }
        }
        if (unit.industry() != null) {
            return benchmark(BenchmarkKind.INDUSTRY, unit.industry(), published, benchmarks, unroundedPercents);
        }
        return null;
    }

    /** One benchmark, read once per request however many sub-units share it; null when it has no figures. */
    private @Nullable Benchmark benchmark(
            BenchmarkKind kind,
            String code,
            Quarter published,
            Map<String, Benchmark> benchmarks,
            Map<Benchmark, BigDecimal> unroundedPercents) {
        String key = kind + ":" + code;
        if (benchmarks.containsKey(key)) {
            return benchmarks.get(key);
        }
        var series = new Series(queries.category(kind.name(), code, published), published);
        BigDecimal percent = series.percent();
        Benchmark benchmark = percent == null
                ? null
                : new Benchmark(
                        kind,
                        code,
                        kind == BenchmarkKind.INDUSTRY_PROGRAMME
                                ? queries.programmeName(code)
                                : queries.industryName(code),
                        Series.display(percent),
                        series.trend(),
                        series.percentHistory());
        if (benchmark != null) {
            unroundedPercents.put(benchmark, percent);
            benchmarks.put(key, benchmark);
        }
        return benchmark;
    }

    private @Nullable Benchmark country(Quarter published) {
        var series = new Series(queries.category("COUNTRY", "NO", published), published);
        if (series.percent() == null) {
            return null;
        }
        return new Benchmark(
                BenchmarkKind.COUNTRY,
                "NO",
                "Norge",
                Series.display(series.percent()),
                series.trend(),
                series.percentHistory());
    }

    private static Unit empty(EmployerStatisticsQueries.Unit unit) {
        return new Unit(
                unit.orgNumber(),
                unit.name(),
                false,
                new LastFourQuarters(null, null, null, null, null, null, true, 0, 0, List.of()),
                null,
                null,
                Comparison.NONE,
                List.of());
    }

    static class UnknownEnterprise extends NotFoundException {
        UnknownEnterprise(OrgNumber orgNumber) {
            super("Fant ingen virksomhet med organisasjonsnummer " + orgNumber + ".");
        }
    }
}
