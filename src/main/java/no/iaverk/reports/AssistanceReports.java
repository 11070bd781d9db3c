package no.iaverk.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.iaverk.cases.Collaboration.AssistanceForm;
import no.iaverk.cases.Collaboration.InitiatedBy;
import no.iaverk.cases.Collaboration.Level;
import no.iaverk.cases.Collaboration.MilestoneKind;
import no.iaverk.cases.Collaboration.ServiceArea;
import no.iaverk.cases.Collaboration.Status;
import no.iaverk.reports.AssistanceRegistrations.Registration;
import no.iaverk.security.NavUnit;
import no.iaverk.security.NavUnits;
import no.iaverk.shared.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assistance report (issue 15; the mapping report's Tabell 5-1, 5-2, 5-4, 5-5, 5-6 and its duration bands). Only
 * aggregates: it names no enterprise, so a read is not audit-logged (the lists behind a figure,
 * {@link AssistanceCollaborations}, are).
 */
@Service
@Transactional(readOnly = true)
public class AssistanceReports {

    /** Brønnøysund's organisation form of a municipality (kommune). */
    private static final String MUNICIPALITY_FORM = "KOMM";

    private final AssistanceRegistrations registrations;
    private final NavUnits units;

    AssistanceReports(AssistanceRegistrations registrations, NavUnits units) {
        this.registrations = registrations;
        this.units = units;
    }

    /**
     * The report for the period {@code from}–{@code to} (ISO dates, both days included), for the centre {@code unit} or
     * the whole country when it is null or blank; 400 naming the parameter when one is wrong.
     */
    public AssistanceReport assistance(@Nullable String from, @Nullable String to, @Nullable String unit) {
        Scope scope = scope(from, to, unit);
        LocalDate start = scope.from();
        LocalDate end = scope.to();
        String unitCode = scope.unit();
        List<Registration> rows = registrations(scope);
        List<NavUnit> reported = unitCode == null
                ? scope.units()
                : scope.units().stream()
                        .filter(known -> known.code().equals(unitCode))
                        .toList();
        return new AssistanceReport(
                start,
                end,
                unitCode,
                new AssistanceReport.Enterprises(
                        (int) rows.stream()
                                .map(Registration::orgNumber)
                                .distinct()
                                .count(),
                        rows.size()),
                ended(rows),
                bySectorAndLevel(rows),
                byIndustryAndLevel(rows),
                byUnit(rows, reported),
                byCounty(rows, registrations.countyNames()),
                milestonesByLevel(rows),
                durations(rows),
                counts(InitiatedBy.values(), rows, (registration, value) -> registration.initiatedBy() == value),
                counts(
                        ServiceArea.values(),
                        rows,
                        (registration, value) -> registration.serviceAreas().contains(value)),
                new AssistanceReport.MunicipalitiesReached(municipalitiesReached(rows), registrations.municipalities()),
                ActivityTables.unitsPerGathering(rows),
                ActivityTables.participationAtUnitLevel(rows),
                ActivityTables.meetingsWithLeaders(rows),
                ActivityTables.processShare(rows));
    }

    /** A checked period and centre, with all the centres known. */
    record Scope(LocalDate from, LocalDate to, @Nullable String unit, List<NavUnit> units) {}

    /** Checks the period and the centre: 400 naming the parameter when one is wrong. */
    Scope scope(@Nullable String from, @Nullable String to, @Nullable String unit) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start.isAfter(end)) {
            throw new InvalidParameterException("from", "Fra-datoen (from) kan ikke være etter til-datoen (to).");
        }
        String unitCode = unit == null || unit.isBlank() ? null : unit.trim();
        List<NavUnit> allUnits = units.all();
        if (unitCode != null
                && allUnits.stream().noneMatch(known -> known.code().equals(unitCode))) {
            throw new InvalidParameterException(
                    "unit", "Ukjent enhet (unit) «%s»: oppgi koden til et arbeidslivssenter.".formatted(unitCode));
        }
        return new Scope(start, end, unitCode, allUnits);
    }

    /** The registrations the report counts for the scope: what the lists behind its figures filter. */
    List<Registration> registrations(Scope scope) {
        return registrations.active(scope.from(), scope.to(), scope.unit());
    }

    private static LocalDate date(String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParameterException(parameter, "Mangler dato (%s), som ÅÅÅÅ-MM-DD.".formatted(parameter));
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(
                    parameter, "Ugyldig dato (%s) «%s»: skriv den som ÅÅÅÅ-MM-DD.".formatted(parameter, value));
        }
    }

    private static AssistanceReport.Ended ended(List<Registration> rows) {
        return new AssistanceReport.Ended(
                count(rows, Registration::ended),
                count(rows, row -> row.ended() && row.status() == Status.COMPLETED),
                count(rows, row -> row.ended() && row.status() == Status.CANCELLED),
                count(rows, row -> !row.ended()));
    }

    private static List<AssistanceReport.SectorRow> bySectorAndLevel(List<Registration> rows) {
        List<AssistanceReport.SectorRow> table = new ArrayList<>();
        for (ReportSector sector : ReportSector.values()) {
            int unitLevel = count(rows, row -> row.sector() == sector && row.level() == Level.UNIT);
            int topLevel = count(rows, row -> row.sector() == sector && row.level() == Level.TOP);
            table.add(new AssistanceReport.SectorRow(sector, unitLevel, topLevel, unitLevel + topLevel));
        }
        return table;
    }

    private static List<AssistanceReport.IndustryRow> byIndustryAndLevel(List<Registration> rows) {
        List<AssistanceReport.IndustryRow> table = new ArrayList<>();
        for (IndustryCategory category : IndustryCategory.values()) {
            int unitLevel = count(rows, row -> row.category() == category && row.level() == Level.UNIT);
            int topLevel = count(rows, row -> row.category() == category && row.level() == Level.TOP);
            table.add(new AssistanceReport.IndustryRow(category, unitLevel, topLevel, unitLevel + topLevel));
        }
        return table;
    }

    private static List<AssistanceReport.UnitRow> byUnit(List<Registration> rows, List<NavUnit> reported) {
        Map<String, List<Registration>> byCode = rows.stream().collect(Collectors.groupingBy(Registration::unitCode));
        Map<String, String> names = new LinkedHashMap<>();
        reported.forEach(unit -> names.put(unit.code(), unit.name()));
        // A case may lie with a unit that has since been removed: it still counts, under its code.
        byCode.keySet().stream().sorted().forEach(code -> names.putIfAbsent(code, code));
        return names.entrySet().stream()
                .map(unit -> new AssistanceReport.UnitRow(
                        unit.getKey(), unit.getValue(), figures(byCode.getOrDefault(unit.getKey(), List.of()))))
                .toList();
    }

    private static List<AssistanceReport.CountyRow> byCounty(List<Registration> rows, Map<String, String> countyNames) {
        // An enterprise without a municipality in the register counts under "" ("ukjent").
        Map<String, List<Registration>> byCounty = rows.stream()
                .collect(Collectors.groupingBy(
                        row -> row.countyNumber() == null ? "" : row.countyNumber(),
                        TreeMap::new,
                        Collectors.toList()));
        return byCounty.entrySet().stream()
                .map(county -> new AssistanceReport.CountyRow(
                        county.getKey(),
                        countyNames.getOrDefault(county.getKey(), "Ukjent fylke"),
                        figures(county.getValue())))
                .toList();
    }

    /** Each milestone reached by the period's end; ENDED is an end by then (completed or cancelled). */
    private static List<AssistanceReport.MilestoneRow> milestonesByLevel(List<Registration> rows) {
        int unitTotal = count(rows, row -> row.level() == Level.UNIT);
        int topTotal = count(rows, row -> row.level() == Level.TOP);
        List<AssistanceReport.MilestoneRow> table = new ArrayList<>();
        for (MilestoneKind kind : MilestoneKind.values()) {
            Predicate<Registration> reached = kind == MilestoneKind.ENDED
                    ? Registration::ended
                    : row -> row.milestones().contains(kind);
            int unitLevel = count(rows, row -> row.level() == Level.UNIT && reached.test(row));
            int topLevel = count(rows, row -> row.level() == Level.TOP && reached.test(row));
            table.add(new AssistanceReport.MilestoneRow(
                    kind.name(), unitLevel, topLevel, share(unitLevel, unitTotal), share(topLevel, topTotal)));
        }
        return table;
    }

    private static List<AssistanceReport.DurationRow> durations(List<Registration> rows) {
        Map<DurationBand, List<Registration>> byBand =
                rows.stream().collect(Collectors.groupingBy(row -> DurationBand.of(row.months())));
        List<AssistanceReport.DurationRow> table = new ArrayList<>();
        for (DurationBand band : DurationBand.values()) {
            List<Registration> inBand = byBand.getOrDefault(band, List.of());
            table.add(new AssistanceReport.DurationRow(
                    band, count(inBand, Registration::ended), count(inBand, row -> !row.ended())));
        }
        return table;
    }

    /** Distinct municipal authorities at the top level; a case opened on a sub-unit counts its legal unit. */
    private static int municipalitiesReached(List<Registration> rows) {
        return (int) rows.stream()
                .filter(row -> row.level() == Level.TOP && MUNICIPALITY_FORM.equals(row.legalUnitForm()))
                .map(Registration::legalUnit)
                .distinct()
                .count();
    }

    private static <E extends Enum<E>> Map<String, Integer> counts(
            E[] values, List<Registration> rows, BiPredicate<Registration, E> has) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (E value : values) {
            counts.put(value.name(), count(rows, row -> has.test(row, value)));
        }
        return counts;
    }

    private static int count(List<Registration> rows, Predicate<Registration> which) {
        return (int) rows.stream().filter(which).count();
    }

    /** A percentage with one decimal, rounded half up; null when there is nothing to divide by. */
    static @Nullable BigDecimal share(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The Tabell 5-4/5-5 figures of a group of registrations; the with-counts are among the ended. */
    private static AssistanceReport.CentreFigures figures(List<Registration> rows) {
        List<Registration> ended = rows.stream().filter(Registration::ended).toList();
        int initialMeeting = count(ended, row -> row.milestones().contains(MilestoneKind.INITIAL_MEETING));
        int assistanceStarted = count(ended, row -> row.milestones().contains(MilestoneKind.ASSISTANCE_STARTED));
        int process = count(ended, row -> row.assistanceForm() == AssistanceForm.PROCESS);
        return new AssistanceReport.CentreFigures(
                rows.size(),
                ended.size(),
                share(ended.size(), rows.size()),
                count(ended, row -> row.status() == Status.CANCELLED),
                count(ended, row -> row.months() < 1),
                initialMeeting,
                assistanceStarted,
                process,
                share(initialMeeting, ended.size()),
                share(assistanceStarted, ended.size()),
                share(process, ended.size()));
    }
}
