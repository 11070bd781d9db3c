package no.iaverk.reports;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.iaverk.reports.ReferenceLoad.Reason;
import no.iaverk.reports.ReferenceLoad.Skipped;
import no.iaverk.reports.internal.ReferenceResources;
import no.iaverk.reports.internal.ResourceChecks;
import no.iaverk.reports.internal.ResourceStore;
import no.iaverk.security.NavUnit;
import no.iaverk.security.NavUnits;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The centres' resources per year: an admin enters them ({@link #enter}), the mapping report's figures for 2019–2022
 * load through the same validation and store ({@link #loadReference}) without ever overwriting what an admin entered,
 * and {@link #forYear} lists every centre with the totals and the checks that flag totals that do not reconcile.
 */
@Service
@Transactional(readOnly = true)
public class UnitResources {

    static final int FIRST_YEAR = 2000;

    private final ResourceStore store;
    private final NavUnits units;
    private final Clock clock;

    UnitResources(ResourceStore store, NavUnits units, Clock clock) {
        this.store = store;
        this.units = units;
        this.clock = clock;
    }

    /** Sets a centre's figures for a year, whole (what is left out becomes unknown); 404 for an unknown centre. */
    @Transactional
    public CentreResources enter(String unitCode, int year, ResourceFigures figures, String username) {
        NavUnit unit = units.get(unitCode);
        write(unit, year, figures, ResourceSource.ENTERED, null, username);
        return forUnit(unitCode).stream()
                .filter(row -> row.year() == year)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Loads the report's Tabell 4-1/4-2 figures and its printed totals. Loading again writes nothing new; a centre-year
     * an admin entered is skipped and reported.
     */
    @Transactional
    public ReferenceLoad loadReference(String username) {
        Map<String, NavUnit> known = units.all().stream().collect(Collectors.toMap(NavUnit::code, Function.identity()));
        int written = 0;
        int unchanged = 0;
        List<Skipped> skipped = new ArrayList<>();
        for (var reference : ReferenceResources.figures()) {
            NavUnit unit = known.get(reference.unitCode());
            if (unit == null) {
                skipped.add(new Skipped(reference.unitCode(), reference.year(), Reason.UNKNOWN_UNIT));
                continue;
            }
            Optional<ResourceStore.Row> existing = store.find(unit.code(), reference.year());
            if (existing.isPresent() && existing.get().source() == ResourceSource.ENTERED) {
                skipped.add(new Skipped(unit.code(), reference.year(), Reason.ENTERED_BY_ADMIN));
            } else if (existing.isPresent()
                    && existing.get().figures().sameAs(reference.figures())
                    && reference.sourceReference().equals(existing.get().sourceReference())) {
                unchanged++;
            } else {
                write(
                        unit,
                        reference.year(),
                        reference.figures(),
                        ResourceSource.REFERENCE,
                        reference.sourceReference(),
                        username);
                written++;
            }
        }
        for (var total : ReferenceResources.printedTotals()) {
            store.savePrintedTotal(total.year(), total.total());
        }
        return new ReferenceLoad(written, unchanged, List.copyOf(skipped));
    }

    /** Every year a centre has figures for, oldest first; 404 for an unknown centre. */
    public List<CentreResources> forUnit(String unitCode) {
        NavUnit unit = units.get(unitCode);
        return store.forUnit(unitCode).stream().map(row -> view(unit, row)).toList();
    }

    /** Every centre in a year (those without figures too), the totals and the reconciliation checks. */
    public ResourcesReport forYear(int year) {
        checkYear(year, "year");
        Map<String, ResourceStore.Row> rows = store.forYear(year).stream()
                .collect(Collectors.toMap(ResourceStore.Row::unitCode, Function.identity()));
        List<CentreResources> centres = units.all().stream()
                .sorted(Comparator.comparing(NavUnit::name))
                .map(unit -> rows.containsKey(unit.code())
                        ? view(unit, rows.get(unit.code()))
                        : new CentreResources(
                                unit.code(),
                                unit.name(),
                                year,
                                new ResourceFigures(null, null, null, null),
                                null,
                                null,
                                null,
                                null))
                .toList();
        var totals = ResourceChecks.totals(centres);
        var printed = store.printedTotal(year).orElse(null);
        return new ResourcesReport(year, centres, totals, printed, ResourceChecks.checks(centres, totals, printed));
    }

    public int currentYear() {
        return Year.now(clock).getValue();
    }

    /** The years an admin may enter figures for: from {@value #FIRST_YEAR} to next year. */
    public int lastYear() {
        return Year.now(clock).getValue() + 1;
    }

    private void write(
            NavUnit unit,
            int year,
            ResourceFigures figures,
            ResourceSource source,
            @Nullable String reference,
            String username) {
        var errors = new InvalidFieldsException.Collector();
        errors.check(
                year >= FIRST_YEAR && year <= lastYear(),
                "year",
                "Året (year) må være mellom %d og %d.".formatted(FIRST_YEAR, lastYear()));
        figures.errors().forEach((field, message) -> errors.check(false, field, message));
        errors.throwIfAny();
        store.save(unit.code(), year, figures, source, reference, username);
    }

    private void checkYear(int year, String parameter) {
        if (year < FIRST_YEAR || year > lastYear()) {
            throw new InvalidParameterException(
                    parameter, "Året (%s) må være mellom %d og %d.".formatted(parameter, FIRST_YEAR, lastYear()));
        }
    }

    private static CentreResources view(NavUnit unit, ResourceStore.Row row) {
        return new CentreResources(
                unit.code(),
                unit.name(),
                row.year(),
                row.figures(),
                row.source(),
                row.sourceReference(),
                row.enteredBy(),
                row.enteredAt());
    }
}
