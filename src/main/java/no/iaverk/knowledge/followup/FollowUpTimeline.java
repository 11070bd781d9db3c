package no.iaverk.knowledge.followup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The duties for leave that began on {@code firstSickDay}, by date; computed on request, never stored. */
public record FollowUpTimeline(LocalDate firstSickDay, boolean graded, List<Event> events) {

    /** One duty: its date, the week of the leave it falls in (the first sick day is in week 1), and its rule. */
    public record Event(
            LocalDate date,
            long week,
            Actor actor,
            String title,
            String description,
            @Nullable RuleSource source,
            boolean sourceVerified,
            String ruleKey) {}

    private static final Comparator<Event> ORDER =
            Comparator.comparing(Event::date).thenComparing(Event::actor).thenComparing(Event::ruleKey);

    /** The rules valid on the first sick day that apply to this kind of leave, as dated duties. */
    public static FollowUpTimeline of(LocalDate firstSickDay, boolean graded, List<FollowUpRule> rules) {
        List<Event> events = rules.stream()
                .filter(rule -> rule.appliesTo(firstSickDay, graded))
                .map(rule -> {
                    LocalDate date = rule.dueDate(firstSickDay);
                    return new Event(
                            date,
                            ChronoUnit.DAYS.between(firstSickDay, date) / 7 + 1,
                            rule.actor(),
                            rule.title(),
                            rule.description(),
                            rule.source(),
                            rule.sourceVerified(),
                            rule.key());
                })
                .sorted(ORDER)
                .toList();
        return new FollowUpTimeline(firstSickDay, graded, events);
    }
}
