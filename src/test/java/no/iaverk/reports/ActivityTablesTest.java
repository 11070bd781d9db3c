package no.iaverk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.iaverk.IntegrationTest;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tables from the activity log and the industry rules at their edges, for April 1994 and a test centre:
 *
 * <ul>
 *   <li>t1: TOP, municipality M itself (no units named: «Kommune overordnet»); gatherings of 4 and 12 units held, one of
 *       30 only planned; a meeting with the leader, who was at the first gathering too;
 *   <li>t2: TOP, a case on M's kindergarten (so M once more, and «Barnehage»); a gathering without a unit count, and
 *       one of 25 after the period;
 *   <li>t3: TOP, municipality M2's case naming a kindergarten and a nursing home («Kommune overordnet»); a gathering of
 *       one unit;
 *   <li>u1: UNIT, a factory and a car dealer of one company («Flere bransjer»), ended within the month: a meeting with
 *       leader and union representative, one with the staff, a phone call with the leader (not a meeting);
 *   <li>u2: UNIT, M's home care («Annen kommunal P&O»), knowledge transfer since January 1993: a meeting with the safety
 *       representative and staff but no leader, a cancelled one with the leader;
 *   <li>u3: UNIT, a private home-care company («Andre bransjer»: the care rule is municipal only), no activities.
 * </ul>
 */
@IntegrationTest
class ActivityTablesTest {

    static final String CENTRE = "AKTIVITET-TEST";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssistanceReports reports;

    @Autowired
    AssistanceCollaborations collaborations;

    @BeforeEach
    void april1994() {
        jdbc.update("insert into nav_unit (code, name) values (?, 'Aktivitetstestsenteret')", CENTRE);
        AssistanceFixture fixture = new AssistanceFixture(jdbc);
        String m = fixture.legalUnit("6500", 2, "KOMM", "84.110", null);
        String kindergarten = fixture.subUnit(m, 2, "88.911", "BARNEHAGER");
        String homeCare = fixture.subUnit(m, 2, "88.102", null);
        String m2 = fixture.legalUnit("6500", 2, "KOMM", "84.110", null);
        String m2Kindergarten = fixture.subUnit(m2, 2, "88.911", "BARNEHAGER");
        String m2NursingHome = fixture.subUnit(m2, 2, "87.102", "SYKEHJEM");
        String company = fixture.legalUnit("2100", 3);
        String factory = fixture.subUnit(company, 3, "25.110", null);
        String carDealer = fixture.subUnit(company, 3, "45.111", null);
        String careCompany = fixture.legalUnit("2100", 3);
        String privateCare = fixture.subUnit(careCompany, 3, "88.102", null);

        long mCase = fixture.openCase(m, CENTRE);
        long t1 = fixture.collaboration(
                mCase,
                "TOP",
                List.of(),
                date("1994-01-01"),
                "ACTIVE",
                null,
                "PROCESS",
                "CENTRE",
                List.of("REDUCE_SICK_LEAVE"));
        fixture.activity(t1, date("1994-02-01"), "GATHERING", List.of("LEADER", "STAFF"), 4, "DONE");
        fixture.activity(t1, date("1994-03-01"), "GATHERING", List.of(), 12, "DONE");
        fixture.activity(t1, date("1994-04-20"), "GATHERING", List.of(), 30, "PLANNED");
        fixture.activity(t1, date("1994-01-10"), "PHYSICAL_MEETING", List.of("LEADER"), null, "DONE");
        long t2 = fixture.collaboration(kindergarten, CENTRE, "TOP", List.of(), date("1994-02-01"), "ACTIVE", null);
        fixture.activity(t2, date("1994-03-01"), "GATHERING", List.of(), null, "DONE");
        fixture.activity(t2, date("1994-05-02"), "GATHERING", List.of(), 25, "DONE");
        long t3 = fixture.collaboration(
                m2, CENTRE, "TOP", List.of(m2Kindergarten, m2NursingHome), date("1994-03-01"), "ACTIVE", null);
        fixture.activity(t3, date("1994-04-01"), "GATHERING", List.of(), 1, "DONE");
        long u1 = fixture.collaboration(
                company,
                CENTRE,
                "UNIT",
                List.of(factory, carDealer),
                date("1994-04-05"),
                "COMPLETED",
                date("1994-04-20"));
        fixture.activity(
                u1, date("1994-04-06"), "PHYSICAL_MEETING", List.of("LEADER", "UNION_REPRESENTATIVE"), null, "DONE");
        fixture.activity(u1, date("1994-04-07"), "DIGITAL_MEETING", List.of("STAFF"), null, "DONE");
        fixture.activity(u1, date("1994-04-08"), "PHONE", List.of("LEADER"), null, "DONE");
        long u2 = fixture.collaboration(
                mCase,
                "UNIT",
                List.of(homeCare),
                date("1993-01-01"),
                "ACTIVE",
                null,
                "KNOWLEDGE_TRANSFER",
                "CENTRE",
                List.of("REDUCE_SICK_LEAVE"));
        fixture.activity(
                u2, date("1994-04-06"), "PHYSICAL_MEETING", List.of("SAFETY_REPRESENTATIVE", "STAFF"), null, "DONE");
        fixture.activity(u2, date("1994-04-07"), "PHYSICAL_MEETING", List.of("LEADER"), null, "CANCELLED");
        fixture.collaboration(careCompany, CENTRE, "UNIT", List.of(privateCare), date("1994-02-01"), "ACTIVE", null);
        fixture.flush();
    }

    @AfterEach
    void removeThem() {
        AssistanceFixture.remove(jdbc);
        jdbc.update("delete from nav_unit where code = ?", CENTRE);
    }

    @Test
    void units_per_gathering_count_each_top_level_one_by_its_largest_gathering_held_in_the_period() {
        AssistanceReport report = report();

        assertThat(report.unitsPerGathering())
                .extracting(AssistanceReport.GatheringRow::units)
                .containsExactly(
                        CountBand.ONE,
                        CountBand.TWO_TO_FIVE,
                        CountBand.SIX_TO_TEN,
                        CountBand.ELEVEN_TO_TWENTY,
                        CountBand.OVER_TWENTY);
        assertThat(report.unitsPerGathering())
                .extracting(AssistanceReport.GatheringRow::topLevel)
                .containsExactly(1, 0, 0, 1, 0);
    }

    @Test
    void who_took_part_at_unit_level_counts_meetings_held_not_calls_or_cancelled_ones() {
        AssistanceReport.Participation participation = report().participationAtUnitLevel();

        // u1's two units met leader, party group and staff; u2 met the staff only; u3 nobody.
        assertThat(participation.unitLevel()).isEqualTo(4);
        assertThat(participation.leader()).isEqualTo(2);
        assertThat(participation.partyGroup()).isEqualTo(2);
        assertThat(participation.staff()).isEqualTo(3);
        assertThat(participation.leaderAndPartyGroup()).isEqualTo(2);
        assertThat(participation.leaderAndStaff()).isEqualTo(2);
        assertThat(participation.partyGroupAndStaff()).isEqualTo(2);
        assertThat(participation.allThree()).isEqualTo(2);
        assertThat(participation.noLeader()).isEqualTo(2);
        assertThat(participation.partyGroupWithoutLeader()).isZero();
        assertThat(participation.leaderShare()).isEqualByComparingTo("50.0");
        assertThat(participation.staffShare()).isEqualByComparingTo("75.0");
    }

    @Test
    void meetings_with_leaders_are_banded_by_level_state_and_duration() {
        AssistanceReport report = report();

        assertThat(report.meetingsWithLeaders()).hasSize(2 * 2 * CountBand.values().length);
        assertThat(cell(report, "UNIT", true, CountBand.ONE))
                .containsEntry(DurationBand.LESS_THAN_1_MONTH, 2)
                .containsEntry(DurationBand.MONTHS_1_TO_6, 0);
        assertThat(cell(report, "UNIT", false, CountBand.NONE))
                .containsEntry(DurationBand.MONTHS_13_TO_18, 1)
                .containsEntry(DurationBand.MONTHS_1_TO_6, 1);
        // t1's gathering with the leader is a meeting with the leader too: two.
        assertThat(cell(report, "TOP", false, CountBand.TWO_TO_FIVE)).containsEntry(DurationBand.MONTHS_1_TO_6, 1);
        assertThat(cell(report, "TOP", false, CountBand.NONE)).containsEntry(DurationBand.MONTHS_1_TO_6, 2);
        assertThat(report.meetingsWithLeaders().stream()
                        .mapToInt(AssistanceReport.MeetingRow::total)
                        .sum())
                .isEqualTo(report.enterprises().registrations());
    }

    @Test
    void the_process_share_the_municipalities_reached_and_the_industry_rules_at_their_edges() {
        AssistanceReport report = report();

        // All but u2 (knowledge transfer): 6 of 7 registrations.
        assertThat(report.processShare().process()).isEqualTo(6);
        assertThat(report.processShare().of()).isEqualTo(7);
        assertThat(report.processShare().share()).isEqualByComparingTo(new BigDecimal("85.7"));
        // M twice at the top level (once through its kindergarten's case) and M2: two municipalities.
        assertThat(report.municipalitiesReached().reached()).isEqualTo(2);

        assertThat(industry(report, IndustryCategory.MUNICIPALITY_TOP_LEVEL)).isEqualTo(List.of(0, 2));
        assertThat(industry(report, IndustryCategory.KINDERGARTENS)).isEqualTo(List.of(0, 1));
        assertThat(industry(report, IndustryCategory.SEVERAL_INDUSTRIES)).isEqualTo(List.of(2, 0));
        assertThat(industry(report, IndustryCategory.OTHER_MUNICIPAL_CARE)).isEqualTo(List.of(1, 0));
        assertThat(industry(report, IndustryCategory.OTHER_INDUSTRIES)).isEqualTo(List.of(1, 0));
        assertThat(report.byIndustryAndLevel().stream()
                        .mapToInt(AssistanceReport.IndustryRow::total)
                        .sum())
                .isEqualTo(7);
    }

    @Test
    void the_lists_behind_the_activity_figures_are_as_long_as_the_figures() {
        AssistanceReport report = report();
        AssistanceReport.Participation participation = report.participationAtUnitLevel();

        assertThat(total("level=UNIT&withLeader=true&withPartyGroup=true"))
                .isEqualTo(participation.leaderAndPartyGroup());
        assertThat(total("level=UNIT&withStaff=true")).isEqualTo(participation.staff());
        assertThat(total("level=UNIT&withLeader=false&withPartyGroup=true"))
                .isEqualTo(participation.partyGroupWithoutLeader());
        assertThat(total("level=TOP&largestGathering=ELEVEN_TO_TWENTY")).isEqualTo(1);
        assertThat(total("level=UNIT&ended=true&leaderMeetings=ONE&band=LESS_THAN_1_MONTH"))
                .isEqualTo(cell(report, "UNIT", true, CountBand.ONE).get(DurationBand.LESS_THAN_1_MONTH));
        assertThat(total("withProcessAssistance=true"))
                .isEqualTo(report.processShare().process());
        assertThat(total("category=MUNICIPALITY_TOP_LEVEL&level=TOP")).isEqualTo(2);
    }

    private int total(String filters) {
        Map<String, String> parameters = new java.util.HashMap<>();
        parameters.put("from", "1994-04-01");
        parameters.put("to", "1994-04-30");
        parameters.put("unit", CENTRE);
        for (String pair : filters.split("&")) {
            String[] parts = pair.split("=");
            parameters.put(parts[0], parts[1]);
        }
        return collaborations
                .list(parameters, new CurrentUser("saksbehandler", "Saksbehandler", Role.CASEWORKER, CENTRE))
                .total();
    }

    private AssistanceReport report() {
        return reports.assistance("1994-04-01", "1994-04-30", CENTRE);
    }

    private static Map<DurationBand, Integer> cell(
            AssistanceReport report, String level, boolean ended, CountBand meetings) {
        return report.meetingsWithLeaders().stream()
                .filter(row -> row.level().equals(level) && row.ended() == ended && row.meetings() == meetings)
                .findFirst()
                .orElseThrow()
                .byDuration();
    }

    private static List<Integer> industry(AssistanceReport report, IndustryCategory category) {
        return report.byIndustryAndLevel().stream()
                .filter(row -> row.category() == category)
                .map(row -> List.of(row.unitLevel(), row.topLevel()))
                .findFirst()
                .orElseThrow();
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
