package no.iaverk.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.cases.Background;
import no.iaverk.cases.CaseEventType;
import no.iaverk.cases.CaseHistory;
import no.iaverk.cases.ClosingReason;
import no.iaverk.cases.CollaborationHistory;
import no.iaverk.cases.HistoricalCase;
import no.iaverk.cases.HistoricalClosing;
import no.iaverk.cases.IaCase;
import no.iaverk.cases.Justification;
import no.iaverk.demo.internal.AssistanceSelection.Assistance;
import no.iaverk.demo.internal.AssistanceSelection.Site;
import no.iaverk.register.EnterpriseRegister;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.NavUnit;
import no.iaverk.security.NavUnits;
import no.iaverk.security.Role;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's assistance history: which enterprises the centres took on over the last three years (chosen from the
 * generated figures before any effect, {@link AssistanceSelection}), the effect planted in their statistics from their
 * start, and their cases and collaborations, recorded afterwards as an admin through the same services an import of the
 * centres' records uses ({@link CaseHistory}, {@link no.iaverk.cases.CollaborationHistory}).
 */
@Component
class DemoHistory {

    /** The demo admin (a demo user), who records the history. */
    static final CurrentUser ADMIN = new CurrentUser("admin", "Anders Admin", Role.ADMIN, DemoCases.UNIT);

    /** What the demo recorded: cases (one collaboration each) and the workplaces they cover. */
    record Recorded(int collaborations, int workplaces) {}

    private final JdbcClient jdbc;
    private final EnterpriseRegister register;
    private final CaseHistory caseHistory;
    private final CollaborationHistory collaborationHistory;
    private final NavUnits navUnits;
    private final Clock clock;

    DemoHistory(
            JdbcClient jdbc,
            EnterpriseRegister register,
            CaseHistory caseHistory,
            CollaborationHistory collaborationHistory,
            NavUnits navUnits,
            Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.caseHistory = caseHistory;
        this.collaborationHistory = collaborationHistory;
        this.navUnits = navUnits;
        this.clock = clock;
    }

    /** Chooses the assisted enterprises from the register's workplaces and the generator's figures for {@code seed}. */
    List<Assistance> choose(long seed) {
        Map<String, String[]> placement = new HashMap<>(); // org. number → legal unit, county
        jdbc.sql("""
                        select org_number, coalesce(parent_org_number, org_number) as legal_unit, county_number
                        from register_workplace
                        """).query(rs -> {
            placement.put(
                    rs.getString("org_number").trim(),
                    new String[] {rs.getString("legal_unit").trim(), rs.getString("county_number")});
        });
        List<Site> sites = new ArrayList<>();
        register.forEachWorkplace(workplace -> {
            String[] place = placement.get(workplace.orgNumber());
            if (place != null) {
                sites.add(new Site(workplace, place[0], place[1]));
            }
        });
        return new AssistanceSelection(new SickLeaveModel(seed), seed).choose(sites, LocalDate.now(clock));
    }

    /** The effect to plant: {@code percentagePoints} on every covered workplace from its start quarter on. */
    static PlantedEffect effect(List<Assistance> assisted, double percentagePoints) {
        Map<String, Quarter> starts = new HashMap<>();
        for (Assistance assistance : assisted) {
            for (String workplace : assistance.covered()) {
                starts.putIfAbsent(workplace, AssistanceSelection.quarterOf(assistance.started()));
            }
        }
        return new PlantedEffect(starts, percentagePoints);
    }

    /** Records each assisted enterprise's case, its collaboration and how the case ended, as the demo admin. */
    Recorded record(List<Assistance> assisted, long seed) {
        Map<String, String> unitOfCounty = new HashMap<>();
        for (NavUnit unit : navUnits.all()) {
            unit.countyNumbers().forEach(county -> unitOfCounty.put(county, unit.code()));
        }
        LocalDate today = LocalDate.now(clock);
        int workplaces = 0;
        for (Assistance assistance : assisted) {
            var story = HistoricalStory.of(assistance, today, new SplitMix(seed ^ key(assistance.caseOrgNumber())));
            IaCase opened = caseHistory.open(
                    new HistoricalCase(
                            assistance.caseOrgNumber(),
                            unit(unitOfCounty, assistance.county()),
                            story.initiatedByCentre() ? Background.CENTRE_INITIATIVE : Background.ENTERPRISE_REQUEST,
                            story.openedOn()),
                    ADMIN);
            collaborationHistory.record(opened.id(), story.collaboration(), ADMIN);
            LocalDate closedOn = story.caseClosedOn();
            if (closedOn != null) {
                caseHistory.close(opened.id(), closing(story, closedOn), ADMIN);
            }
            workplaces += assistance.covered().size();
        }
        return new Recorded(assisted.size(), workplaces);
    }

    private static HistoricalClosing closing(HistoricalStory story, LocalDate closedOn) {
        if (story.completed()) {
            return new HistoricalClosing(CaseEventType.COMPLETE, closedOn, null, null);
        }
        return new HistoricalClosing(
                CaseEventType.NOT_RELEVANT,
                closedOn,
                ClosingReason.ENTERPRISE_DECLINES,
                List.of(Justification.WORKS_WITH_OTHERS_OR_ALONE));
    }

    private static String unit(Map<String, String> unitOfCounty, @Nullable String county) {
        return county == null ? DemoCases.UNIT : unitOfCounty.getOrDefault(county, DemoCases.UNIT);
    }

    private static long key(String orgNumber) {
        return SplitMix.mix(Long.parseLong(orgNumber));
    }
}
