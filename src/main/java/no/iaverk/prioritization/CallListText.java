package no.iaverk.prioritization;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.iaverk.shared.Quarter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Norwegian words of the call list, from its message bundle: the labels of the filters (which also name them in
 * error messages and in the head of an exported file), sort orders, rule sets and times. The page's template reads
 * the same keys, so a filter is called the same everywhere a person reads it.
 */
@Component
public class CallListText {

    static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    /** People read times in Norwegian time, whatever the server's zone. */
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Each request parameter and the message key of its label on the page. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("county", "priority.county"),
            Map.entry("municipality", "priority.municipality"),
            Map.entry("industry", "priority.industry"),
            Map.entry("industryProgramme", "priority.programme"),
            Map.entry("sector", "priority.sector"),
            Map.entry("minEmployees", "priority.employees.from"),
            Map.entry("maxEmployees", "priority.employees.to"),
            Map.entry("minPercent", "priority.percent.from"),
            Map.entry("maxPercent", "priority.percent.to"),
            Map.entry("benchmark", "priority.benchmark"),
            Map.entry("trend", "priority.trend"),
            Map.entry("ruleSet", "priority.ruleSet"),
            Map.entry("status", "priority.caseStatus"),
            Map.entry("owner", "priority.owner"),
            Map.entry("noContactMonths", "priority.noContact"),
            Map.entry("trialCandidate", "priority.trialCandidate"),
            Map.entry("sort", "priority.sort"),
            Map.entry("direction", "priority.direction"),
            Map.entry("page", "priority.page"),
            Map.entry("size", "priority.size"),
            Map.entry("format", "priority.format"));

    private final MessageSource messages;

    CallListText(MessageSource messages) {
        this.messages = messages;
    }

    /** A message; arguments are given as text so that no number is reformatted (2026 stays 2026). */
    public String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, NORWEGIAN);
    }

    /** The label the page gives a request parameter: {@code municipality} is «Kommune». */
    public String label(String parameter) {
        String key = LABELS.get(parameter);
        return key == null ? parameter : get(key);
    }

    /** «3. kvartal 2026». */
    public String quarter(Quarter quarter) {
        return get("priority.quarterName", String.valueOf(quarter.quarter()), String.valueOf(quarter.year()));
    }

    /** «01.12.2026 kl. 14:05», in Norwegian time. */
    public String time(Instant instant) {
        var local = instant.atZone(OSLO);
        return get("priority.export.time", DATE.format(local), TIME.format(local));
    }

    /** «Tapte dagsverk, synkende». */
    public String sort(PriorityFilter.SortKey key, PriorityFilter.Direction direction) {
        return get("priority.sort.value", get("priority.sort." + key.name()), get("priority.direction." + direction));
    }

    /** «Ingen åpen sak», «Kontaktes»: the cases' own names for their statuses. */
    public String caseStatus(String status) {
        return get("case.status." + status);
    }

    public String benchmark(PriorityFilter.Benchmark benchmark) {
        return get("priority.benchmark." + benchmark.name());
    }

    /** «Sykefravær ≥ 12 % og ansatte > 20, eller tapte dagsverk ≥ 500». */
    public String describe(RuleSet ruleSet) {
        String and = " " + get("priority.condition.and") + " ";
        String or = ", " + get("priority.condition.or") + " ";
        String text = ruleSet.groups().stream()
                .map(group -> group.stream().map(this::describe).collect(Collectors.joining(and)))
                .collect(Collectors.joining(or));
        return capitalised(text);
    }

    private String describe(Condition condition) {
        return get(
                "priority.condition." + condition.field().name(),
                condition.operator().symbol(),
                number(condition.value()));
    }

    /** A number as Norwegians write it: 12,5 (no trailing zeros, a decimal comma). */
    public static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** «Østfold og Akershus», «Oslo, Vestland og Rogaland». */
    public String list(List<String> items) {
        return joined(items, get("priority.condition.and"));
    }

    /** «stigende eller synkende». */
    public String either(List<String> items) {
        return joined(items, get("priority.condition.or"));
    }

    private static String joined(List<String> items, String last) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + last + " " + items.get(items.size() - 1);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(NORWEGIAN) + text.substring(1);
    }
}
