package no.iaverk.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * {@code GET /api/reports/cost-benefit} for starts in May 1994, where no workplace has published statistics, so the
 * evaluation has no estimate: every row has hours and cost and says why it has no benefit. Centre A's X is UNIT-level
 * process assistance for a kindergarten (started 2 May, 11.5 hours over three held activities, one without hours, one
 * held in June); Y started 1 March but its assistance started 5 May (6.0 hours, knowledge transfer, the legal unit's
 * workplace in no programme); W started 30 April (out); centre B's Z counts only for B.
 */
@IntegrationTest
class CostBenefitApiTest {

    static final String A = "HOURS-A";
    static final String B = "HOURS-B";
    static final String MAY = "from=1994-05-01&to=1994-05-31";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void collaborationsStartedAroundMay1994() {
        HoursFixture fixture = new HoursFixture(jdbc);
        fixture.centre(A);
        fixture.centre(B);
        String municipality = fixture.enterprise(null, null);
        String kindergarten = fixture.enterprise(municipality, "BARNEHAGER");
        long caseX = fixture.openCase(municipality, A);
        long x = fixture.collaboration(caseX, "UNIT", List.of(kindergarten), LocalDate.of(1994, 5, 2), "PROCESS");
        fixture.activity(caseX, x, "1994-05-03T10:00+02:00", "DONE", "radgiver1", "2.5");
        fixture.activity(caseX, x, "1994-05-10T10:00+02:00", "DONE", "radgiver1", null);
        fixture.activity(caseX, x, "1994-06-20T10:00+02:00", "DONE", "radgiver1", "9.0");
        fixture.activity(caseX, x, "1994-06-21T10:00+02:00", "PLANNED", "radgiver1", "5.0");

        String company = fixture.enterprise(null, null);
        fixture.enterprise(company, null);
        long caseY = fixture.openCase(company, A);
        long y = fixture.collaboration(caseY, "TOP", List.of(), LocalDate.of(1994, 3, 1), "KNOWLEDGE_TRANSFER");
        fixture.assistanceStarted(y, LocalDate.of(1994, 5, 5));
        fixture.activity(caseY, y, "1994-03-20T10:00+01:00", "DONE", "radgiver2", "6.0");

        String early = fixture.enterprise(null, null);
        long caseW = fixture.openCase(early, A);
        long w = fixture.collaboration(caseW, "TOP", List.of(), LocalDate.of(1994, 4, 30), "PROCESS");
        fixture.activity(caseW, w, "1994-05-03T10:00+02:00", "DONE", "radgiver2", "7.0");

        String elsewhere = fixture.enterprise(null, null);
        long caseZ = fixture.openCase(elsewhere, B);
        long z = fixture.collaboration(caseZ, "TOP", List.of(), LocalDate.of(1994, 5, 15), null);
        fixture.activity(caseZ, z, "1994-05-16T10:00+02:00", "DONE", "radgiver3", "10.0");
    }

    @AfterEach
    void removeThem() {
        HoursFixture.remove(jdbc);
    }

    @Test
    void without_an_estimate_every_row_has_its_hours_and_cost_and_says_why_it_has_no_benefit() {
        var response =
                mvc.get().uri("/api/reports/cost-benefit?" + MAY + "&unit=" + A).with(user(TestUsers.reader()));

        assertThat(response).hasStatusOk();
        var json = assertThat(response).bodyJson();
        json.extractingPath("$.unit").isEqualTo(A);
        json.extractingPath("$.hourlyCost").isEqualTo(1000);
        json.extractingPath("$.costPerLostWorkday").isEqualTo(4700);
        json.extractingPath("$.method").asString().contains("× timekostnad", "tapte dagsverk");
        json.extractingPath("$.byCentre.length()").isEqualTo(1);
        json.extractingPath("$.byCentre[0].code").isEqualTo(A);
        json.extractingPath("$.byCentre[0].collaborations").isEqualTo(2);
        json.extractingPath("$.byCentre[0].hours.activities").isEqualTo(4);
        json.extractingPath("$.byCentre[0].hours.withoutHours").isEqualTo(1);
        json.extractingPath("$.byCentre[0].hours.hours").isEqualTo(17.5);
        json.extractingPath("$.byCentre[0].hours.complete").isEqualTo(false);
        json.extractingPath("$.byCentre[0].cost").isEqualTo(17500);
        json.extractingPath("$.byCentre[0].benefit.available").isEqualTo(false);
        json.extractingPath("$.byCentre[0].benefit.method").isEqualTo("staggered-did-knn5-cluster-bootstrap");
        json.extractingPath("$.byCentre[0].benefit.withheldReason").isEqualTo("TOO_FEW_TREATED");
        json.extractingPath("$.byCentre[0].benefit.withheld").asString().contains("minst 5");
        json.extractingPath("$.byCentre[0].benefit.value").isNull();
        json.extractingPath("$.byCentre[0].benefit.lostWorkdaysAvoided").isNull();
        json.extractingPath("$.byCentre[0].benefit.ratio").isNull();
    }

    @Test
    void a_collaboration_counts_for_its_workplaces_one_programme_and_its_form_or_is_set_apart() {
        var response =
                mvc.get().uri("/api/reports/cost-benefit?" + MAY + "&unit=" + A).with(user(TestUsers.reader()));

        var json = assertThat(response).bodyJson();
        json.extractingPath("$.byProgramme.length()").isEqualTo(1);
        json.extractingPath("$.byProgramme[0].code").isEqualTo("BARNEHAGER");
        json.extractingPath("$.byProgramme[0].name").isEqualTo("Barnehager");
        json.extractingPath("$.byProgramme[0].hours.hours").isEqualTo(11.5);
        json.extractingPath("$.byProgramme[0].cost").isEqualTo(11500);
        json.extractingPath("$.byProgramme[0].benefit.withheldReason").isEqualTo("TOO_FEW_TREATED");
        json.extractingPath("$.notAttributed.programmeCollaborations").isEqualTo(1);
        json.extractingPath("$.notAttributed.programme.hours").isEqualTo(6.0);
        json.extractingPath("$.byAssistanceForm[*].code").isEqualTo(List.of("PROCESS", "KNOWLEDGE_TRANSFER"));
        json.extractingPath("$.byAssistanceForm[0].name").isEqualTo("Prosessbistand");
        json.extractingPath("$.byAssistanceForm[0].cost").isEqualTo(11500);
        json.extractingPath("$.byAssistanceForm[1].cost").isEqualTo(6000);
        json.extractingPath("$.notAttributed.assistanceFormCollaborations").isEqualTo(0);
    }

    @Test
    void nationally_each_centre_has_its_row_and_a_collaboration_without_a_form_is_set_apart() {
        var response = mvc.get().uri("/api/reports/cost-benefit?" + MAY).with(user(TestUsers.reader()));

        var json = assertThat(response).bodyJson();
        json.extractingPath("$.byCentre[?(@.code == 'HOURS-A')].cost").isEqualTo(List.of(17500));
        json.extractingPath("$.byCentre[?(@.code == 'HOURS-B')].cost").isEqualTo(List.of(10000));
        json.extractingPath("$.byCentre[?(@.code == 'HOURS-B')].hours.complete").isEqualTo(List.of(true));
    }
}
