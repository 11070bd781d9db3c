package no.iaverk.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * {@code GET /api/reports/hours} and {@code /hours/by-adviser} for May 1994. Centre A's collaboration X has held
 * activities at 00:30 on 1 May and 23:30 on 31 May (Norway's time: both in), one held without hours, one planned,
 * one cancelled, one on 30 April and one at 00:15 on 1 June (still 31 May in UTC: out); collaboration Y has one with
 * 6.0 hours, and its case one without a collaboration (0.5). Centre B's 10.0 hours count only for B and nationally.
 */
@IntegrationTest
class AdviserHoursApiTest {

    static final String A = "HOURS-A";
    static final String B = "HOURS-B";
    static final String MAY = "from=1994-05-01&to=1994-05-31";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    long x;
    long y;

    @BeforeEach
    void activitiesAroundMay1994() {
        HoursFixture fixture = new HoursFixture(jdbc);
        fixture.centre(A);
        fixture.centre(B);
        String first = fixture.enterprise(null, null);
        String second = fixture.enterprise(null, null);
        String third = fixture.enterprise(null, null);
        long caseX = fixture.openCase(first, A);
        x = fixture.collaboration(caseX, "TOP", List.of(), LocalDate.of(1994, 4, 1), "PROCESS");
        fixture.activity(caseX, x, "1994-05-01T00:30+02:00", "DONE", "radgiver1", "2.5");
        fixture.activity(caseX, x, "1994-05-31T23:30+02:00", "DONE", "radgiver1", "1.0");
        fixture.activity(caseX, x, "1994-05-10T10:00+02:00", "DONE", "radgiver2", null);
        fixture.activity(caseX, x, "1994-05-12T10:00+02:00", "PLANNED", "radgiver1", "3.0");
        fixture.activity(caseX, x, "1994-05-15T10:00+02:00", "CANCELLED", "radgiver1", "1.0");
        fixture.activity(caseX, x, "1994-04-30T23:30+02:00", "DONE", "radgiver1", "4.0");
        fixture.activity(caseX, x, "1994-06-01T00:15+02:00", "DONE", "radgiver1", "4.0");
        long caseY = fixture.openCase(second, A);
        y = fixture.collaboration(caseY, "TOP", List.of(), LocalDate.of(1994, 5, 1), "PROCESS");
        fixture.activity(caseY, y, "1994-05-20T10:00+02:00", "DONE", "radgiver2", "6.0");
        fixture.activity(caseY, null, "1994-05-21T10:00+02:00", "DONE", "radgiver1", "0.5");
        long caseZ = fixture.openCase(third, B);
        long z = fixture.collaboration(caseZ, "TOP", List.of(), LocalDate.of(1994, 5, 1), null);
        fixture.activity(caseZ, z, "1994-05-15T10:00+02:00", "DONE", "radgiver3", "10.0");
    }

    @AfterEach
    void removeThem() {
        HoursFixture.remove(jdbc);
    }

    @Test
    void a_centre_s_held_hours_in_the_period_are_summed_with_the_activities_that_lack_them() {
        var response = mvc.get().uri("/api/reports/hours?" + MAY + "&unit=" + A).with(user(TestUsers.reader()));

        assertThat(response).hasStatusOk();
        var json = assertThat(response).bodyJson();
        json.extractingPath("$.unit").isEqualTo(A);
        json.extractingPath("$.total.activities").isEqualTo(5);
        json.extractingPath("$.total.withHours").isEqualTo(4);
        json.extractingPath("$.total.withoutHours").isEqualTo(1);
        json.extractingPath("$.total.hours").isEqualTo(10.0);
        json.extractingPath("$.total.coverage").isEqualTo(80.0);
        json.extractingPath("$.total.complete").isEqualTo(false);
        json.extractingPath("$.byCentre.length()").isEqualTo(1);
        json.extractingPath("$.byCentre[0].unitCode").isEqualTo(A);
        json.extractingPath("$.byCentre[0].name").isEqualTo("Senter " + A);
        json.extractingPath("$.byCentre[0].hours").isEqualTo(10.0);
        json.extractingPath("$.collaborations").isEqualTo(2);
        // Most hours first: Y's 6.0 (complete), then X's 3.5 with one activity lacking hours.
        json.extractingPath("$.byCollaboration[0].collaborationId").isEqualTo((int) y);
        json.extractingPath("$.byCollaboration[0].hours").isEqualTo(6.0);
        json.extractingPath("$.byCollaboration[0].complete").isEqualTo(true);
        json.extractingPath("$.byCollaboration[1].collaborationId").isEqualTo((int) x);
        json.extractingPath("$.byCollaboration[1].activities").isEqualTo(3);
        json.extractingPath("$.byCollaboration[1].withoutHours").isEqualTo(1);
        json.extractingPath("$.byCollaboration[1].hours").isEqualTo(3.5);
        json.extractingPath("$.byCollaboration[1].orgNumber").isEqualTo("953000000");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where resource_type = 'REPORT_ADVISER_HOURS'", Integer.class))
                .isPositive();
    }

    @Test
    void nationally_every_centre_has_its_row_and_other_centres_never_leak_into_a_centre() {
        var national = mvc.get().uri("/api/reports/hours?" + MAY).with(user(TestUsers.reader()));
        var centreB = mvc.get().uri("/api/reports/hours?" + MAY + "&unit=" + B).with(user(TestUsers.reader()));

        assertThat(national).hasStatusOk();
        assertThat(national)
                .bodyJson()
                .extractingPath("$.byCentre[?(@.unitCode == 'HOURS-A')].hours")
                .isEqualTo(List.of(10.0));
        assertThat(national)
                .bodyJson()
                .extractingPath("$.byCentre[?(@.unitCode == 'HOURS-B')].hours")
                .isEqualTo(List.of(10.0));
        assertThat(centreB).bodyJson().extractingPath("$.total.hours").isEqualTo(10.0);
        assertThat(centreB).bodyJson().extractingPath("$.total.complete").isEqualTo(true);
        assertThat(centreB)
                .bodyJson()
                .extractingPath("$.byCollaboration.length()")
                .isEqualTo(1);
    }

    @Test
    void the_period_s_edge_days_are_in_and_the_days_beside_them_are_out() {
        var firstDay = mvc.get()
                .uri("/api/reports/hours?from=1994-05-01&to=1994-05-01&unit=" + A)
                .with(user(TestUsers.reader()));
        var lastDay = mvc.get()
                .uri("/api/reports/hours?from=1994-05-31&to=1994-05-31&unit=" + A)
                .with(user(TestUsers.reader()));
        var dayAfter = mvc.get()
                .uri("/api/reports/hours?from=1994-06-01&to=1994-06-01&unit=" + A)
                .with(user(TestUsers.reader()));

        assertThat(firstDay).bodyJson().extractingPath("$.total.hours").isEqualTo(2.5);
        assertThat(lastDay).bodyJson().extractingPath("$.total.hours").isEqualTo(1.0);
        assertThat(dayAfter).bodyJson().extractingPath("$.total.hours").isEqualTo(4.0);
    }

    @Test
    void hours_per_adviser_are_refused_to_readers_and_caseworkers() {
        var reader = mvc.get()
                .uri("/api/reports/hours/by-adviser?" + MAY + "&unit=" + A)
                .with(user(TestUsers.of("leser", Role.READER, A)));
        var caseworker = mvc.get()
                .uri("/api/reports/hours/by-adviser?" + MAY + "&unit=" + A)
                .with(user(TestUsers.of("saksbehandler", Role.CASEWORKER, A)));

        assertThat(reader).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(caseworker).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void a_superuser_sees_the_hours_per_adviser_of_their_own_centre_only() {
        var own = mvc.get()
                .uri("/api/reports/hours/by-adviser?" + MAY)
                .with(user(TestUsers.of("superbruker", Role.SUPERUSER, A)));
        var other = mvc.get()
                .uri("/api/reports/hours/by-adviser?" + MAY + "&unit=" + B)
                .with(user(TestUsers.of("superbruker", Role.SUPERUSER, A)));

        assertThat(own).hasStatusOk();
        var json = assertThat(own).bodyJson();
        json.extractingPath("$.unit").isEqualTo(A);
        json.extractingPath("$.byAdviser.length()").isEqualTo(2);
        json.extractingPath("$.byAdviser[0].adviser").isEqualTo("radgiver2");
        json.extractingPath("$.byAdviser[0].activities").isEqualTo(2);
        json.extractingPath("$.byAdviser[0].withoutHours").isEqualTo(1);
        json.extractingPath("$.byAdviser[0].hours").isEqualTo(6.0);
        json.extractingPath("$.byAdviser[1].adviser").isEqualTo("radgiver1");
        json.extractingPath("$.byAdviser[1].activities").isEqualTo(3);
        json.extractingPath("$.byAdviser[1].hours").isEqualTo(4.0);
        assertThat(other).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void an_admin_sees_the_hours_per_adviser_of_the_whole_country() {
        var response = mvc.get().uri("/api/reports/hours/by-adviser?" + MAY).with(user(TestUsers.admin()));

        assertThat(response).hasStatusOk();
        assertThat(response)
                .bodyJson()
                .extractingPath("$.byAdviser[?(@.adviser == 'radgiver3')].hours")
                .isEqualTo(List.of(10.0));
    }

    @Test
    void a_bad_period_or_centre_is_a_400_naming_the_parameter() {
        var order = mvc.get()
                .uri("/api/reports/hours?from=1994-06-01&to=1994-05-01")
                .with(user(TestUsers.reader()));
        var unknown =
                mvc.get().uri("/api/reports/hours?" + MAY + "&unit=NOWHERE").with(user(TestUsers.reader()));
        var missing = mvc.get().uri("/api/reports/hours?to=1994-05-01").with(user(TestUsers.reader()));

        assertThat(order).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(unknown).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(missing).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(unknown).bodyJson().extractingPath("$.detail").asString().contains("NOWHERE");
    }
}
