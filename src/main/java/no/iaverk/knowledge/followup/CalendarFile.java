package no.iaverk.knowledge.followup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;

/**
 * The timeline as an iCalendar file (RFC 5545): one all-day VEVENT per duty, text escaped (backslash, semicolon,
 * comma, newline), lines folded at 75 octets without splitting a UTF-8 character, CRLF line ends. UIDs are made of
 * the rule's key and the first sick day, so downloading again replaces the events instead of adding copies. The file
 * holds no personal data: no name, no diagnosis, only the first sick day and the duties that follow from it.
 */
public final class CalendarFile {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CalendarFile() {}

    /**
     * @param texts the words people read: the calendar's name, the actors' names, «kilde ikke verifisert» and the
     *     source line, by message key
     * @param stamps when each rule was last changed, by rule key (DTSTAMP: the information's last revision)
     */
    public static String of(FollowUpTimeline timeline, Function<String, String> texts, Map<String, Instant> stamps) {
        var out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//iaverk//Oppfølging av sykmeldte//NB");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + escape(texts.apply("followUp.ics.name")));
        for (var event : timeline.events()) {
            String source = event.source() == null
                    ? texts.apply("followUp.unverified")
                    : texts.apply("followUp.ics.source")
                            .formatted(event.source().file(), event.source().lines());
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + event.ruleKey() + "-" + DATE.format(timeline.firstSickDay()) + "@iaverk");
            line(out, "DTSTAMP:" + STAMP.format(stamps.getOrDefault(event.ruleKey(), Instant.EPOCH)));
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.date()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(event.date().plusDays(1)));
            String actor = texts.apply("followUp.actor." + event.actor());
            line(out, "SUMMARY:" + escape(actor + ": " + event.title()));
            line(
                    out,
                    "DESCRIPTION:"
                            + escape(texts.apply("followUp.ics.week").formatted(event.week()) + "\n"
                                    + event.description() + "\n" + source));
            line(out, "CATEGORIES:" + escape(actor));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** The file name offered for download. */
    public static String fileName(LocalDate firstSickDay) {
        return "oppfolging-" + firstSickDay + ".ics";
    }

    /** TEXT values: backslash, semicolon and comma escaped, line breaks as \n (RFC 5545 3.3.11). */
    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** A content line, folded so no line is longer than 75 octets (RFC 5545 3.1), ended by CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1; // the leading space of the continuation line counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
