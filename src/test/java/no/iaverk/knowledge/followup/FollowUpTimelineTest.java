package no.iaverk.knowledge.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.knowledge.followup.FollowUpTimeline.Event;
import no.iaverk.security.TestUsers;
import no.iaverk.shared.InvalidFieldsException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The follow-up timeline from the shipped rules (V35): the 2011 change, graded leave, unsourced rules, bad dates. */
@IntegrationTest
class FollowUpTimelineTest {

    @Autowired
    FollowUpRules rules;

    @Autowired
    MockMvcTester mvc;

    @Test
    void a_first_sick_day_before_1_july_2011_gets_the_dialogue_meeting_in_week_12() {
        var timeline = timeline("2011-06-30", false);

        Event meeting = event(timeline, "2007.dialogue-meeting");
        assertThat(meeting.date()).isEqualTo(LocalDate.of(2011, 9, 21));
        assertThat(meeting.week()).isEqualTo(12);
        assertThat(meeting.actor()).isEqualTo(Actor.EMPLOYER);
        assertThat(meeting.source()).isEqualTo(new RuleSource("002_3f204700bbd2aa5e.txt", "1165, 1179-1181, 1305"));
        assertThat(event(timeline, "2007.follow-up-plan").date()).isEqualTo(LocalDate.of(2011, 8, 10));
        assertThat(event(timeline, "2007.nav-dialogue-meeting").date()).isEqualTo(LocalDate.of(2011, 12, 29));
        assertThat(event(timeline, "2007.maximum-period").date()).isEqualTo(LocalDate.of(2012, 6, 27));
        // The old regime is all from the handbook: no rule of the new one, nothing unverified.
        assertThat(timeline.events()).allMatch(e -> e.ruleKey().startsWith("2007."));
        assertThat(timeline.events()).allMatch(Event::sourceVerified);
        assertThat(timeline.events()).noneMatch(e -> e.week() == 7);
    }

    @Test
    void a_first_sick_day_from_1_july_2011_gets_the_dialogue_meeting_in_week_7() {
        var timeline = timeline("2011-07-01", false);

        Event meeting = event(timeline, "2011.dialogue-meeting-1");
        assertThat(meeting.date()).isEqualTo(LocalDate.of(2011, 8, 18));
        assertThat(meeting.week()).isEqualTo(7);
        assertThat(meeting.source()).isEqualTo(new RuleSource("003_5640988ab320671e.txt", "373-379"));
        assertThat(event(timeline, "2011.employer-period").date()).isEqualTo(LocalDate.of(2011, 7, 16));
        assertThat(timeline.events()).noneMatch(e -> e.ruleKey().startsWith("2007."));
        assertThat(timeline.events()).noneMatch(e -> e.title().startsWith("Dialogmøte") && e.week() == 12);
        assertThat(timeline.events()).isSortedAccordingTo(Comparator.comparing(Event::date));
    }

    @Test
    void the_api_gives_the_agreed_shape_for_any_logged_in_user() {
        assertThat(mvc.get()
                        .uri("/api/knowledge/follow-up-timeline?firstSickDay=2011-07-01&graded=false")
                        .with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.firstSickDay").isEqualTo("2011-07-01");
                    assertThat(json).extractingPath("$.graded").isEqualTo(false);
                    assertThat(json)
                            .extractingPath("$.events[?(@.ruleKey=='2011.dialogue-meeting-1')].date")
                            .asArray()
                            .containsExactly("2011-08-18");
                    assertThat(json)
                            .extractingPath("$.events[?(@.ruleKey=='2011.dialogue-meeting-1')].week")
                            .asArray()
                            .containsExactly(7);
                    assertThat(json)
                            .extractingPath("$.events[?(@.ruleKey=='2011.dialogue-meeting-1')].source.lines")
                            .asArray()
                            .containsExactly("373-379");
                    assertThat(json)
                            .extractingPath("$.events[?(@.ruleKey=='2011.dialogue-meeting-1')].sourceVerified")
                            .asArray()
                            .containsExactly(true);
                    assertThat(json).extractingPath("$.events[0].date").isEqualTo("2011-07-16");
                    assertThat(json).extractingPath("$.events[0].actor").isEqualTo("EMPLOYER");
                });
        assertThat(mvc.get().uri("/api/knowledge/follow-up-timeline?firstSickDay=2011-07-01"))
                .hasStatus(401);
    }

    @Test
    void graded_leave_has_no_activity_requirement_and_otherwise_the_same_duties() {
        var ungraded = timeline("2011-07-01", false);
        var graded = timeline("2011-07-01", true);

        Event activity = event(ungraded, "2011.activity-requirement");
        assertThat(activity.date()).isEqualTo(LocalDate.of(2011, 8, 25));
        assertThat(activity.week()).isEqualTo(8);
        assertThat(graded.graded()).isTrue();
        assertThat(keys(graded)).doesNotContain("2011.activity-requirement");
        assertThat(keys(ungraded)).containsAll(keys(graded));
        assertThat(keys(ungraded)).hasSize(keys(graded).size() + 1);
        // The handbook's table does not tell graded from ungraded leave: both get the same duties before 2011.
        assertThat(keys(timeline("2011-06-30", true))).isEqualTo(keys(timeline("2011-06-30", false)));
    }

    @Test
    void rules_the_sources_do_not_hold_are_marked_unverified() {
        var timeline = timeline("2011-07-01", false);

        for (String key : List.of(
                "2011.follow-up-plan",
                "2011.activity-requirement",
                "2011.dialogue-meeting-2",
                "2011.end-of-benefit-letter",
                "2011.maximum-period")) {
            Event event = event(timeline, key);
            assertThat(event.sourceVerified()).as(key).isFalse();
            assertThat(event.source()).as(key).isNull();
        }
        assertThat(event(timeline, "2011.follow-up-plan").date()).isEqualTo(LocalDate.of(2011, 7, 28));
        assertThat(event(timeline, "2011.dialogue-meeting-2").date()).isEqualTo(LocalDate.of(2011, 12, 29));
        assertThat(event(timeline, "2011.dialogue-meeting-2").week()).isEqualTo(26);
        assertThat(mvc.get()
                        .uri("/api/knowledge/follow-up-timeline?firstSickDay=2011-07-01")
                        .with(httpBasic("leser", "demo")))
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json)
                            .extractingPath("$.events[?(@.ruleKey=='2011.follow-up-plan')].sourceVerified")
                            .asArray()
                            .containsExactly(false);
                    assertThat(json)
                            .extractingPath("$.events[?(@.ruleKey=='2011.follow-up-plan')].source")
                            .asArray()
                            .containsExactly((Object) null);
                });
    }

    @Test
    void a_first_sick_day_before_the_2007_regime_has_no_duties() {
        assertThat(timeline("2007-02-28", false).events()).isEmpty();
        assertThat(timeline("2007-03-01", false).events()).isNotEmpty();
    }

    @Test
    void a_missing_or_bad_date_is_a_norwegian_400() {
        assertThat(mvc.get().uri("/api/knowledge/follow-up-timeline").with(httpBasic("leser", "demo")))
                .hasStatus(400)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.detail").isEqualTo("Oppgi første sykedag (ÅÅÅÅ-MM-DD).");
                    assertThat(json)
                            .extractingPath("$.errors.firstSickDay")
                            .isEqualTo("Oppgi første sykedag (ÅÅÅÅ-MM-DD).");
                });
        assertThat(mvc.get()
                        .uri("/api/knowledge/follow-up-timeline?firstSickDay=2011-02-30")
                        .with(httpBasic("leser", "demo")))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("«2011-02-30» er ikke en dato; oppgi første sykedag som ÅÅÅÅ-MM-DD.");
        for (String bad : List.of(
                "firstSickDay=",
                "firstSickDay=1.7.2011",
                "firstSickDay=1850-01-01",
                "firstSickDay=2011-07-01&graded=ja")) {
            for (String path : List.of("/api/knowledge/follow-up-timeline", "/api/knowledge/follow-up-timeline.ics")) {
                assertThat(mvc.get()
                                .uri(path + "?" + bad)
                                .header("Accept", "text/calendar, application/json")
                                .with(httpBasic("leser", "demo")))
                        .as(path + "?" + bad)
                        .hasStatus(400)
                        .bodyJson()
                        .extractingPath("$.detail")
                        .asString()
                        .isNotBlank();
            }
        }
        assertThatThrownBy(() -> TimelineRequest.parse("2011-07-01", "yes"))
                .isInstanceOf(InvalidFieldsException.class)
                .hasMessage("«yes» er ikke gyldig for gradert; bruk true eller false.");
    }

    @Test
    void the_page_shows_the_duties_week_by_week_with_sources_and_the_calendar_link() {
        assertThat(mvc.get().uri("/kunnskap").with(user(TestUsers.reader())))
                .bodyText()
                .contains("href=\"/kunnskap/oppfolging\"");
        assertThat(mvc.get().uri("/kunnskap/oppfolging").with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("name=\"firstSickDay\"", "name=\"graded\"", "Ingenting lagres")
                .doesNotContain("field-error", "<table");
        assertThat(mvc.get()
                        .uri("/kunnskap/oppfolging?firstSickDay=2011-07-01&graded=true")
                        .with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("Fra første sykedag 01.07.2011, gradert sykmelding", "Ingenting lagres")
                .contains("18.08.2011", "Dialogmøte 1", "Kilde: 003_5640988ab320671e.txt, linje 373–379")
                .contains("Oppfølgingsplan", "kilde ikke verifisert")
                .contains("href=\"/api/knowledge/follow-up-timeline.ics?firstSickDay=2011-07-01&amp;graded=true\"")
                .contains("checked")
                .doesNotContain("Aktivitetskravet");
        assertThat(mvc.get().uri("/kunnskap/oppfolging?firstSickDay=2011-06-30").with(user(TestUsers.reader())))
                .bodyText()
                .contains("21.09.2011", ">12<", "Dialogmøte", "full sykmelding");
    }

    @Test
    void the_page_shows_a_bad_date_as_a_field_error() {
        assertThat(mvc.get().uri("/kunnskap/oppfolging?firstSickDay=2011-02-30").with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("«2011-02-30» er ikke en dato; oppgi første sykedag som ÅÅÅÅ-MM-DD.")
                .contains("aria-invalid=\"true\"", "value=\"2011-02-30\"")
                .doesNotContain("<table");
        assertThat(mvc.get().uri("/kunnskap/oppfolging?firstSickDay=").with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("Oppgi første sykedag (ÅÅÅÅ-MM-DD).");
        assertThat(mvc.get().uri("/kunnskap/oppfolging?firstSickDay=1850-01-01").with(user(TestUsers.reader())))
                .bodyText()
                .contains("Første sykedag må være mellom 01.01.1990 og 31.12.2100.");
    }

    private FollowUpTimeline timeline(String firstSickDay, boolean graded) {
        return rules.timeline(new TimelineRequest(LocalDate.parse(firstSickDay), graded));
    }

    private static Event event(FollowUpTimeline timeline, String key) {
        return timeline.events().stream()
                .filter(e -> e.ruleKey().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event of rule " + key + " in " + keys(timeline)));
    }

    private static List<String> keys(FollowUpTimeline timeline) {
        return timeline.events().stream().map(Event::ruleKey).toList();
    }
}
