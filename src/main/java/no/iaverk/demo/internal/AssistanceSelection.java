package no.iaverk.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.iaverk.demo.internal.SickLeaveModel.Profile;
import no.iaverk.demo.internal.SickLeaveModel.Row;
import no.iaverk.register.Workplace;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the demo's assisted enterprises the way the centres do: in each of the last twelve quarters, an enterprise not
 * yet assisted is taken on with a chance that grows steeply with the sick leave NAV had published when the assistance
 * started (the latest published quarter then, one or two quarters old), read from the generator's own figures before
 * any effect. So the demo shows the trap the evaluation is built for: high figures fall back on their own.
 *
 * <p>Everything follows from (seed, organisation numbers, today), never from the order of the workplaces.
 */
final class AssistanceSelection {

    /** How many quarters back starts are spread: three years. */
    static final int QUARTERS = 12;

    /** The chance per quarter is {@code BASE_CHANCE · e^(STEEPNESS · (percent − 6))}, at most {@code MAX_CHANCE}. */
    static final double BASE_CHANCE = 0.0005;

    static final double STEEPNESS = 1.2;
    static final double MAX_CHANCE = 0.5;

    /**
     * The centres' call lists rank enterprises by the lost workdays they could save, so the smallest are rarely taken on:
     * an enterprise is a candidate when its published figure counts at least this many persons.
     */
    static final int MIN_PERSONS = 20;

    /** Assistance that started this recently has no effect to see, and its first meeting may still be ahead. */
    static final int LATEST_DAYS_AGO = 14;

    /** A workplace the selection can see: its register figures, its legal unit and its county. */
    record Site(
            Workplace workplace, String legalUnit, @Nullable String county) {}

    /** The collaboration's level and which workplaces it covers. */
    enum Form {
        /** Top level, no units listed: every workplace of the legal unit. */
        TOP_ALL,
        /** Top level with some of the legal unit's workplaces listed. */
        TOP_LISTED,
        /** Unit level: one workplace, listed under its legal unit (or the case's own, when it stands alone). */
        UNIT
    }

    /**
     * One assisted enterprise: the case's organisation number, the form, the units listed, the workplaces covered (whose
     * statistics carry the planted effect), when assistance started, and the figure the centre saw.
     */
    record Assistance(
            String caseOrgNumber,
            @Nullable String county,
            Form form,
            List<String> listedUnits,
            List<String> covered,
            LocalDate started,
            double publishedPercent) {}

    private final SickLeaveModel model;
    private final long seed;

    AssistanceSelection(SickLeaveModel model, long seed) {
        this.model = model;
        this.seed = seed;
    }

    /** The assisted enterprises, oldest start first. */
    List<Assistance> choose(List<Site> sites, LocalDate today) {
        Map<String, List<Site>> enterprises = new TreeMap<>();
        for (Site site : sites) {
            enterprises
                    .computeIfAbsent(site.legalUnit(), unit -> new ArrayList<>())
                    .add(site);
        }
        enterprises
                .values()
                .forEach(list ->
                        list.sort(Comparator.comparing(s -> s.workplace().orgNumber())));
        Map<String, Profile> profiles = new HashMap<>();
        for (Site site : sites) {
            Profile profile = model.profile(site.workplace());
            if (profile != null) {
                profiles.put(site.workplace().orgNumber(), profile);
            }
        }
        Quarter current = quarterOf(today);
        Map<String, Assistance> chosen = new LinkedHashMap<>();
        for (Quarter quarter : Quarter.range(current.minus(QUARTERS - 1), current)) {
            for (var enterprise : enterprises.entrySet()) {
                if (chosen.containsKey(enterprise.getKey())) {
                    continue;
                }
                var random =
                        new SplitMix(SplitMix.mix(seed ^ SplitMix.mix(key(enterprise.getKey()) + quarter.index())));
                LocalDate day = firstDay(quarter).plusDays(random.nextInt(daysIn(quarter)));
                if (day.isAfter(today.minusDays(LATEST_DAYS_AGO))) {
                    continue;
                }
                Double percent = published(enterprise.getValue(), profiles, publishedOn(day));
                if (percent == null) {
                    continue;
                }
                double chance = Math.min(MAX_CHANCE, BASE_CHANCE * StrictMath.exp(STEEPNESS * (percent - 6)));
                if (random.chance(chance)) {
                    chosen.put(
                            enterprise.getKey(),
                            assistance(enterprise.getKey(), enterprise.getValue(), profiles, day, percent, random));
                }
            }
        }
        return chosen.values().stream()
                .sorted(Comparator.comparing(Assistance::started).thenComparing(Assistance::caseOrgNumber))
                .toList();
    }

    /** The form the assistance takes: a lone workplace gets unit level; a legal unit with several, any of the three. */
    private Assistance assistance(
            String legalUnit,
            List<Site> sites,
            Map<String, Profile> profiles,
            LocalDate started,
            double percent,
            SplitMix random) {
        List<Site> working = sites.stream()
                .filter(s -> profiles.containsKey(s.workplace().orgNumber()))
                .toList();
        if (sites.size() == 1) {
            Site only = sites.get(0);
            return new Assistance(
                    only.workplace().orgNumber(),
                    only.county(),
                    Form.UNIT,
                    List.of(),
                    List.of(only.workplace().orgNumber()),
                    started,
                    percent);
        }
        double form = random.nextDouble();
        List<String> all = sites.stream().map(s -> s.workplace().orgNumber()).toList();
        String county =
                working.isEmpty() ? sites.get(0).county() : working.get(0).county();
        if (form < 0.4 || working.size() < 2) {
            return new Assistance(legalUnit, county, Form.TOP_ALL, List.of(), all, started, percent);
        }
        if (form < 0.7) {
            int count = random.between(2, working.size());
            List<String> listed = new ArrayList<>(
                    working.stream().map(s -> s.workplace().orgNumber()).toList());
            while (listed.size() > count) {
                listed.remove(random.nextInt(listed.size()));
            }
            return new Assistance(legalUnit, county, Form.TOP_LISTED, listed, listed, started, percent);
        }
        Site unit = working.get(random.nextInt(working.size()));
        List<String> one = List.of(unit.workplace().orgNumber());
        return new Assistance(legalUnit, unit.county(), Form.UNIT, one, one, started, percent);
    }

    /**
     * The enterprise's figure in the quarter: lost over possible workdays of its workplaces that NAV publishes (five
     * persons or more), in percent; null when they count fewer than {@link #MIN_PERSONS} persons.
     */
    private @Nullable Double published(List<Site> sites, Map<String, Profile> profiles, Quarter quarter) {
        double lost = 0;
        double possible = 0;
        int persons = 0;
        for (Site site : sites) {
            Profile profile = profiles.get(site.workplace().orgNumber());
            Row row = profile == null ? null : model.draw(profile, quarter);
            if (row == null || row.persons() < StatisticsGenerator.MASKED_BELOW) {
                continue;
            }
            lost += row.lost();
            possible += row.possible();
            persons += row.persons();
        }
        return persons < MIN_PERSONS ? null : 100 * lost / possible;
    }

    /** The latest quarter NAV had published on the day: one or two quarters before the day's own. */
    static Quarter publishedOn(LocalDate day) {
        Quarter quarter = quarterOf(day).previous();
        while (StatisticsGenerator.publishedOn(quarter).isAfter(day)) {
            quarter = quarter.previous();
        }
        return quarter;
    }

    static Quarter quarterOf(LocalDate day) {
        return Quarter.of(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    private static LocalDate firstDay(Quarter quarter) {
        return LocalDate.of(quarter.year(), quarter.quarter() * 3 - 2, 1);
    }

    private static int daysIn(Quarter quarter) {
        LocalDate first = firstDay(quarter);
        return (int) (first.plusMonths(3).toEpochDay() - first.toEpochDay());
    }

    private static long key(String orgNumber) {
        return orgNumber.chars().asLongStream().reduce(17, (h, c) -> h * 31 + c);
    }
}
