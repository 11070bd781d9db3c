package no.iaverk.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.iaverk.prioritization.RuleSetMatches;
import no.iaverk.reports.LeaderFigures.Count;
import no.iaverk.reports.LeadersOverview.Adviser;
import no.iaverk.reports.LeadersOverview.Portfolio;
import no.iaverk.reports.LeadersOverview.RuleSetShare;
import no.iaverk.reports.LeadersOverview.Turnover;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.NavUnit;
import no.iaverk.security.NavUnits;
import no.iaverk.security.Role;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leaders' overview of a unit, for its superusers and for admins (who may choose any unit). It shows counts per
 * adviser and per unit and names no enterprise, so it is not audit-logged (the audit log records reads of enterprise
 * data). "Today" is the application's clock, in Norway's time.
 */
@Service
@Transactional(readOnly = true)
public class LeadersOverviews {

    /** Held activities and services delivered are counted over the last 30 days, today included. */
    static final int ACTIVITY_DAYS = 30;

    static final int TURNOVER_QUARTERS = 8;

    private final LeaderFigures figures;
    private final RuleSetMatches ruleSetMatches;
    private final NavUnits units;
    private final Clock clock;

    LeadersOverviews(LeaderFigures figures, RuleSetMatches ruleSetMatches, NavUnits units, Clock clock) {
        this.figures = figures;
        this.ruleSetMatches = ruleSetMatches;
        this.units = units;
        this.clock = clock;
    }

    /** The overview of {@code unit} (blank: the user's own); 403 below SUPERUSER or for a superuser's other unit. */
    public LeadersOverview overview(@Nullable String unit, CurrentUser user) {
        return overview(unit, user, LocalDate.now(clock));
    }

    /** As on {@code today}: for tests, which cannot move the application's clock. */
    LeadersOverview overview(@Nullable String unit, CurrentUser user, LocalDate today) {
        String code = unit == null || unit.isBlank() ? user.unitCode() : unit.trim();
        if (!user.has(Role.SUPERUSER)) {
            throw new ForbiddenException("Lederoversikten er for superbrukere og administratorer.");
        }
        if (!user.has(Role.ADMIN) && !code.equals(user.unitCode())) {
            throw new ForbiddenException("En superbruker ser lederoversikten for sin egen enhet.");
        }
        NavUnit navUnit = units.get(code);
        LocalDate activitiesFrom = today.minusDays(ACTIVITY_DAYS - 1);

        AdviserTally tally = new AdviserTally();
        figures.openCases(code).forEach(c -> tally.of(c).openCasesByStatus.merge(c.key(), c.count(), Integer::sum));
        figures.activeCollaborations(code, today).forEach(c -> {
            Tally t = tally.of(c);
            if ("ACTIVE".equals(c.key())) {
                t.activeCollaborations += c.count();
            } else {
                t.pastPlannedEnd += c.count();
            }
        });
        figures.heldActivitiesByChannel(code, activitiesFrom, today)
                .forEach(c -> tally.of(c).activitiesByChannel.merge(c.key(), c.count(), Integer::sum));
        figures.overduePlannedActivities(code, today).forEach(c -> tally.of(c).overduePlanned += c.count());
        figures.servicesDelivered(code, activitiesFrom, today)
                .forEach(c -> tally.of(c).servicesDelivered.merge(c.key(), c.count(), Integer::sum));

        Map<String, String> names = figures.names(code);
        List<Adviser> advisers = tally.byAdviser.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.nullsLast(Comparator.naturalOrder())))
                .map(e -> e.getValue().adviser(e.getKey(), e.getKey() == null ? null : names.get(e.getKey())))
                .toList();
        return new LeadersOverview(
                code,
                navUnit.name(),
                today,
                activitiesFrom,
                advisers,
                sum(advisers),
                portfolio(code),
                turnover(code, today));
    }

    private Portfolio portfolio(String unit) {
        Map<Long, Set<String>> collaborations = figures.portfolio(unit);
        Set<String> enterprises = collaborations.values().stream()
                .flatMap(Collection::stream)
                .collect(Collectors.toCollection(TreeSet::new));
        int total = collaborations.size();
        List<RuleSetShare> shares = ruleSetMatches.matching(unit, enterprises).stream()
                .map(match -> {
                    int meeting = (int) collaborations.values().stream()
                            .filter(orgs -> orgs.stream().anyMatch(match.orgNumbers()::contains))
                            .count();
                    return new RuleSetShare(
                            match.ruleSet().id(),
                            match.ruleSet().name(),
                            match.ruleSet().preset(),
                            meeting,
                            share(meeting, total));
                })
                .toList();
        return new Portfolio(total, shares);
    }

    private List<Turnover> turnover(String unit, LocalDate today) {
        Quarter last = Quarter.containing(today);
        Quarter first = last.minus(TURNOVER_QUARTERS - 1);
        LocalDate from = LocalDate.of(first.year(), first.quarter() * 3 - 2, 1);
        Map<LocalDate, int[]> counts = figures.turnover(unit, from, today);
        return Quarter.range(first, last).stream()
                .map(q -> {
                    int[] c = counts.getOrDefault(LocalDate.of(q.year(), q.quarter() * 3 - 2, 1), new int[2]);
                    return new Turnover(q.toString(), c[0], c[1]);
                })
                .toList();
    }

    private static @Nullable Double share(int part, int whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100L)
                        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                        .doubleValue();
    }

    private static Adviser sum(List<Adviser> advisers) {
        Tally all = new Tally();
        for (Adviser a : advisers) {
            a.openCasesByStatus().forEach((k, v) -> all.openCasesByStatus.merge(k, v, Integer::sum));
            all.activeCollaborations += a.activeCollaborations();
            all.pastPlannedEnd += a.pastPlannedEnd();
            a.activitiesByChannel().forEach((k, v) -> all.activitiesByChannel.merge(k, v, Integer::sum));
            all.overduePlanned += a.overduePlannedActivities();
            a.servicesDelivered().forEach((k, v) -> all.servicesDelivered.merge(k, v, Integer::sum));
        }
        return all.adviser(null, null);
    }

    /** The running counts of one adviser while the query rows are folded. */
    private static final class Tally {
        final Map<String, Integer> openCasesByStatus = new TreeMap<>();
        int activeCollaborations;
        int pastPlannedEnd;
        final Map<String, Integer> activitiesByChannel = new TreeMap<>();
        int overduePlanned;
        final Map<String, Integer> servicesDelivered = new TreeMap<>();

        Adviser adviser(@Nullable String username, @Nullable String name) {
            return new Adviser(
                    username,
                    name,
                    new TreeMap<>(openCasesByStatus),
                    total(openCasesByStatus),
                    activeCollaborations,
                    pastPlannedEnd,
                    new TreeMap<>(activitiesByChannel),
                    total(activitiesByChannel),
                    overduePlanned,
                    new TreeMap<>(servicesDelivered));
        }

        private static int total(Map<String, Integer> counts) {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The tallies by adviser; a null adviser (cases nobody owns) is a key of its own. */
    private static final class AdviserTally {
        final Map<@Nullable String, Tally> byAdviser = new HashMap<>();

        Tally of(Count count) {
            return byAdviser.computeIfAbsent(count.adviser(), name -> new Tally());
        }
    }
}
