package no.iaverk.knowledge.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The timeline as iCalendar: folding at 75 octets, TEXT escaping, all-day dates, stable UIDs, no personal data. */
@IntegrationTest
class CalendarFileTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void long_lines_fold_at_75_octets_without_splitting_a_character_and_unfold_to_the_original() {
        String value = "DESCRIPTION:" + "Arbeidsgiveren må følge opp – «åpenbart unødvendig» æøå ".repeat(6);
        var out = new StringBuilder();
        CalendarFile.line(out, value);

        String folded = out.toString();
        assertThat(folded).endsWith("\r\n");
        for (String physical : folded.substring(0, folded.length() - 2).split("\r\n", -1)) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.split("\r\n").length).isGreaterThan(4);
        assertThat(unfold(folded)).containsExactly(value);
    }

    @Test
    void text_escapes_backslash_semicolon_comma_and_line_breaks() {
        assertThat(CalendarFile.escape("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
        assertThat(unescape(CalendarFile.escape("Uke 7; møte, plan\\notat\nny linje")))
                .isEqualTo("Uke 7; møte, plan\\notat\nny linje");
    }

    @Test
    void the_calendar_has_one_all_day_event_per_duty_with_stable_ids() {
        String uri = "/api/knowledge/follow-up-timeline.ics?firstSickDay=2011-07-01&graded=false";
        var response = mvc.get().uri(uri).with(httpBasic("leser", "demo")).exchange();
        assertThat(response).hasStatusOk();
        assertThat(response.getResponse().getContentType())
                .startsWith("text/calendar")
                .contains("UTF-8");
        assertThat(response.getResponse().getHeader("Content-Disposition"))
                .contains("attachment", "oppfolging-2011-07-01.ics");
        String body = body(response);

        // Every physical line ends in CRLF and is at most 75 octets.
        assertThat(body).endsWith("END:VCALENDAR\r\n");
        for (String physical : body.substring(0, body.length() - 2).split("\r\n", -1)) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length)
                    .as(physical)
                    .isLessThanOrEqualTo(75);
            assertThat(physical).doesNotContain("\n", "\r");
        }
        List<String> lines = unfold(body);
        assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
        assertThat(lines).contains("VERSION:2.0");
        assertThat(lines.stream().filter(l -> l.startsWith("PRODID:"))).hasSize(1);

        List<Map<String, String>> events = events(lines);
        int duties = rulesValidOn();
        assertThat(events).hasSize(duties);
        var meeting = events.stream()
                .filter(e -> e.get("UID").equals("2011.dialogue-meeting-1-20110701@iaverk"))
                .findFirst()
                .orElseThrow();
        assertThat(meeting.get("DTSTART;VALUE=DATE")).isEqualTo("20110818");
        assertThat(meeting.get("DTEND;VALUE=DATE")).isEqualTo("20110819");
        assertThat(meeting.get("DTSTAMP")).matches("\\d{8}T\\d{6}Z");
        assertThat(unescape(meeting.get("SUMMARY"))).isEqualTo("Arbeidsgiver: Dialogmøte 1");
        assertThat(unescape(meeting.get("DESCRIPTION")))
                .startsWith("Uke 7 av sykmeldingen\n")
                .contains("legen, bedriftshelsetjenesten og arbeidstakeren")
                .endsWith("Kilde: 003_5640988ab320671e.txt, linje 373-379");
        // The comma in the description is escaped in the file.
        assertThat(meeting.get("DESCRIPTION")).contains("legen\\, bedriftshelsetjenesten");
        var plan = events.stream()
                .filter(e -> e.get("UID").equals("2011.follow-up-plan-20110701@iaverk"))
                .findFirst()
                .orElseThrow();
        assertThat(unescape(plan.get("DESCRIPTION"))).endsWith("\nkilde ikke verifisert");
        assertThat(events).allSatisfy(e -> assertThat(e).containsKeys("DTSTART;VALUE=DATE", "DTSTAMP", "SUMMARY"));
        assertThat(events.stream().map(e -> e.get("UID")).distinct()).hasSize(events.size());

        // The same request gives the same file (ids and stamps come from the rules, not the clock); no user in it.
        assertThat(body(mvc.get().uri(uri).with(httpBasic("leser", "demo")).exchange()))
                .isEqualTo(body);
        assertThat(body).doesNotContain("leser");
    }

    private int rulesValidOn() {
        var json = mvc.get()
                .uri("/api/knowledge/follow-up-timeline?firstSickDay=2011-07-01&graded=false")
                .with(httpBasic("leser", "demo"))
                .exchange();
        return body(json).split("\"ruleKey\"").length - 1;
    }

    private static String body(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** RFC 5545 3.1: a CRLF followed by a space or tab is removed. */
    static List<String> unfold(String text) {
        return List.of(text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n"));
    }

    static String unescape(String text) {
        var out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Each VEVENT as its properties (name with parameters → value). */
    static List<Map<String, String>> events(List<String> lines) {
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> current = null;
        for (String line : lines) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(current);
                current = null;
            } else if (current != null) {
                int colon = line.indexOf(':');
                current.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return events;
    }
}
