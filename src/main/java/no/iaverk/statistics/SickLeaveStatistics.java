package no.iaverk.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.iaverk.reference.ReferenceData;
import no.iaverk.shared.NotFoundException;
import no.iaverk.shared.OrgNumber;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.EnterpriseSickLeave.Benchmark;
import no.iaverk.statistics.EnterpriseSickLeave.BenchmarkKind;
import no.iaverk.statistics.internal.QuarterRow;
import no.iaverk.statistics.internal.SickLeaveCalculator;
import no.iaverk.statistics.internal.StatisticsQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The figures people read: one enterprise's sick leave against its benchmarks, and the national overview. */
@Service
@Transactional(readOnly = true)
public class SickLeaveStatistics {

    private final StatisticsQueries queries;
    private final Publication publication;
    private final ReferenceData referenceData;
    private final BigDecimal costPerDay;

    SickLeaveStatistics(
            StatisticsQueries queries,
            Publication publication,
            ReferenceData referenceData,
            @Value("${iaverk.sick-leave.cost-per-day:4700}") BigDecimal costPerDay) {
        this.queries = queries;
        this.publication = publication;
        this.referenceData = referenceData;
        this.costPerDay = costPerDay;
    }

    public BigDecimal costPerDay() {
        return costPerDay;
    }

    /** As of the published quarter; figures of quarters not yet published are never shown. */
    public EnterpriseSickLeave forEnterprise(OrgNumber orgNumber) {
        var classification = queries.classification(orgNumber.value());
        if (classification.isEmpty()) {
            throw new UnknownEnterprise(orgNumber);
        }
        Optional<Quarter> current = publication.current();
        if (current.isEmpty()) {
            return new EnterpriseSickLeave(
                    orgNumber.value(), null, List.of(), null, null, null, null, null, List.of(), null, costPerDay);
        }
        Quarter published = current.get();
        var figures = new SickLeaveCalculator(queries.enterprise(orgNumber.value(), published), published);
        BigDecimal lost = figures.lostWorkdays();
        return new EnterpriseSickLeave(
                orgNumber.value(),
                published,
                figures.quarters(),
                figures.lastFourQuarters(),
                figures.trend(),
                figures.shortTermPercent(),
                figures.longTermPercent(),
                figures.gradedPercent(),
                benchmarks(classification.get(), published),
                lost == null ? null : lost.multiply(costPerDay).setScale(0, java.math.RoundingMode.HALF_UP),
                costPerDay);
    }

    /** Every category's figures in the published quarter, largest industries first. */
    public NationalOverview overview() {
        Optional<Quarter> current = publication.current();
        if (current.isEmpty()) {
            return new NationalOverview(null, List.of(), List.of(), List.of(), List.of());
        }
        Quarter published = current.get();
        Map<String, String> programmes = referenceData.industryProgrammes().stream()
                .collect(
                        Collectors.toMap(ReferenceData.IndustryProgramme::code, ReferenceData.IndustryProgramme::name));
        Map<String, String> sectors = referenceData.sectors().stream()
                .collect(Collectors.toMap(sector -> String.valueOf(sector.code()), ReferenceData.Sector::name));
        Map<String, String> industries = referenceData.industryNames();
        return new NationalOverview(
                published,
                rows(Category.COUNTRY, published, Map.of("NO", "Norge")),
                rows(Category.SECTOR, published, sectors),
                rows(Category.INDUSTRY_PROGRAMME, published, programmes),
                rows(Category.INDUSTRY, published, industries));
    }

    private List<NationalOverview.Row> rows(Category category, Quarter published, Map<String, String> names) {
        Map<String, List<QuarterRow>> byCode = new TreeMap<>();
        for (var row : queries.category(category, published.yearBefore(), published)) {
            byCode.computeIfAbsent(row.code(), code -> new ArrayList<>()).add(row.row());
        }
        return byCode.entrySet().stream()
                .map(entry -> {
                    var figures = new SickLeaveCalculator(entry.getValue(), published);
                    var quarter = figures.quarters().stream()
                            .filter(q -> q.year() == published.year() && q.quarter() == published.quarter())
                            .findFirst();
                    return new NationalOverview.Row(
                            entry.getKey(),
                            names.get(entry.getKey()),
                            quarter.map(EnterpriseSickLeave.QuarterFigures::percent)
                                    .orElse(null),
                            SickLeave.display(figures.lastFourQuartersPercent()),
                            figures.trend(),
                            figures.lostWorkdays(),
                            figures.anyComputed(),
                            figures.maskedMembers());
                })
                .sorted(Comparator.comparing((NationalOverview.Row row) ->
                                row.lostWorkdays() == null ? BigDecimal.ZERO : row.lostWorkdays())
                        .reversed())
                .toList();
    }

    private List<Benchmark> benchmarks(StatisticsQueries.Classification classification, Quarter published) {
        List<Benchmark> benchmarks = new ArrayList<>();
        if (classification.industryProgramme() != null) {
            benchmarks.add(benchmark(
                    BenchmarkKind.INDUSTRY_PROGRAMME,
                    Category.INDUSTRY_PROGRAMME,
                    classification.industryProgramme(),
                    programmeName(classification.industryProgramme()),
                    published));
        } else if (classification.industry() != null) {
            benchmarks.add(benchmark(
                    BenchmarkKind.INDUSTRY,
                    Category.INDUSTRY,
                    classification.industry(),
                    referenceData.naceName(classification.industry()).orElse(null),
                    published));
        }
        if (classification.sector() != null) {
            benchmarks.add(benchmark(
                    BenchmarkKind.SECTOR,
                    Category.SECTOR,
                    classification.sector(),
                    sectorName(classification.sector()),
                    published));
        }
        benchmarks.add(benchmark(BenchmarkKind.COUNTRY, Category.COUNTRY, "NO", "Norge", published));
        return benchmarks;
    }

    private Benchmark benchmark(
            BenchmarkKind kind, Category category, String code, @Nullable String name, Quarter published) {
        var figures = new SickLeaveCalculator(queries.category(category, code, published), published);
        return new Benchmark(
                kind,
                code,
                name,
                SickLeave.display(figures.lastFourQuartersPercent()),
                figures.trend(),
                figures.anyComputed(),
                figures.maskedMembers(),
                figures.history());
    }

    private @Nullable String programmeName(String code) {
        return referenceData.industryProgrammes().stream()
                .filter(programme -> programme.code().equals(code))
                .map(ReferenceData.IndustryProgramme::name)
                .findFirst()
                .orElse(null);
    }

    private @Nullable String sectorName(String code) {
        return referenceData.sectors().stream()
                .filter(sector -> String.valueOf(sector.code()).equals(code))
                .map(ReferenceData.Sector::name)
                .findFirst()
                .orElse(null);
    }

    static class UnknownEnterprise extends NotFoundException {
        UnknownEnterprise(OrgNumber orgNumber) {
            super("Fant ingen virksomhet med organisasjonsnummer " + orgNumber + ".");
        }
    }
}
