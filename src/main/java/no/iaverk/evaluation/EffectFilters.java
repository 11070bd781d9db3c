package no.iaverk.evaluation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.iaverk.evaluation.internal.EvaluationData;
import no.iaverk.reference.ReferenceData;
import no.iaverk.security.NavUnit;
import no.iaverk.security.NavUnits;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.MessageBundle;
import no.iaverk.shared.PlausibleDates;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The effect page's filters: the choices the data offer (units, counties and programmes of the first collaborations),
 * a filter read from the page's parameters with a Norwegian message for every bad one, and the filter in words.
 */
@Service
public class EffectFilters {

    /** The page's parameters, named as the API's. */
    public static final List<String> PARAMETERS = List.of(
            "unit",
            "county",
            "industryProgramme",
            "level",
            "serviceArea",
            "assistanceForm",
            "participation",
            "plannedDuration",
            "startFrom",
            "startTo");

    /** A value of a choice and what the page calls it. */
    public record Option(String value, String label) {}

    /** What the filters may choose from: the units, counties and programmes present in the first collaborations. */
    public record Choices(List<Option> units, List<Option> counties, List<Option> programmes) {}

    private final EvaluationData data;
    private final NavUnits units;
    private final ReferenceData reference;
    private final MessageSource messages;

    EffectFilters(EvaluationData data, NavUnits units, ReferenceData reference, MessageSource messages) {
        this.data = data;
        this.units = units;
        this.reference = reference;
        this.messages = messages;
    }

    /** The choices, with the ones {@code chosen} asks for even when no first collaboration has them. */
    public Choices choices(EffectFilter chosen) {
        return choices(chosen, starts());
    }

    Choices choices(EffectFilter chosen, List<EffectFilter.Start> starts) {
        return new Choices(
                options(starts, EffectFilter.Start::unit, chosen.unit(), unitNames()),
                options(starts, EffectFilter.Start::county, chosen.county(), countyNames()),
                options(starts, EffectFilter.Start::industryProgramme, chosen.industryProgramme(), programmeNames()));
    }

    /** What the filters look at of every workplace's first collaboration. */
    List<EffectFilter.Start> starts() {
        return data.firstCollaborations().stream()
                .map(EvaluationData.FirstCollaboration::start)
                .toList();
    }

    /**
     * The filter the parameters ask for; blank is no criterion. Every bad value is an {@link InvalidFieldsException}
     * naming its parameter, with a Norwegian message.
     */
    public EffectFilter parse(Map<String, String> parameters) {
        var errors = new InvalidFieldsException.Collector();
        String unit = value(parameters, "unit");
        String county = value(parameters, "county");
        String programme = value(parameters, "industryProgramme");
        errors.check(unit == null || knownUnit(unit), "unit", choiceError("unit", unit));
        errors.check(county == null || countyNames().containsKey(county), "county", choiceError("county", county));
        errors.check(
                programme == null || reference.industryProgrammeExists(programme),
                "industryProgramme",
                choiceError("industryProgramme", programme));
        LocalDate from = date(parameters, "startFrom", errors);
        LocalDate to = date(parameters, "startTo", errors);
        errors.check(from == null || to == null || !to.isBefore(from), "startTo", text("effect.error.order"));
        var filter = new EffectFilter(
                unit,
                county,
                programme,
                choice(parameters, "level", EffectFilter.Level.class, errors),
                choice(parameters, "serviceArea", EffectFilter.ServiceArea.class, errors),
                choice(parameters, "assistanceForm", EffectFilter.AssistanceForm.class, errors),
                choice(parameters, "participation", EffectFilter.Participation.class, errors),
                from,
                to,
                choice(parameters, "plannedDuration", EffectFilter.DurationBand.class, errors),
                null);
        errors.throwIfAny();
        return filter;
    }

    /** The filter's criteria in words, «Fylke: Vestland», in the order of the page; empty when it has none. */
    public List<String> describe(EffectFilter filter) {
        List<String> lines = new ArrayList<>();
        add(lines, "unit", filter.unit(), unitNames());
        add(lines, "county", filter.county(), countyNames());
        add(lines, "industryProgramme", filter.industryProgramme(), programmeNames());
        add(lines, "level", filter.level());
        add(lines, "serviceArea", filter.serviceArea());
        add(lines, "assistanceForm", filter.assistanceForm());
        add(lines, "participation", filter.participation());
        add(lines, "plannedDuration", filter.plannedDuration());
        add(lines, "actualDuration", filter.actualDuration());
        if (filter.startFrom() != null) lines.add(label("startFrom") + ": " + filter.startFrom());
        if (filter.startTo() != null) lines.add(label("startTo") + ": " + filter.startTo());
        return lines;
    }

    /** What the page calls a value of a choice: «Enhetsnivå» for level UNIT. */
    public String label(Enum<?> value) {
        return text(key(value));
    }

    /** The message key of a choice's value: effect.level.UNIT, effect.duration.ONGOING. */
    static String key(Enum<?> value) {
        String kind = value instanceof EffectFilter.Level
                ? "level"
                : value instanceof EffectFilter.ServiceArea
                        ? "serviceArea"
                        : value instanceof EffectFilter.AssistanceForm
                                ? "assistanceForm"
                                : value instanceof EffectFilter.Participation ? "participation" : "duration";
        return "effect." + kind + "." + value.name();
    }

    Map<String, String> programmeNames() {
        return reference.industryProgrammes().stream()
                .collect(Collectors.toMap(
                        ReferenceData.IndustryProgramme::code,
                        ReferenceData.IndustryProgramme::name,
                        (a, b) -> a,
                        LinkedHashMap::new));
    }

    private Map<String, String> unitNames() {
        return units.all().stream().collect(Collectors.toMap(NavUnit::code, NavUnit::name, (a, b) -> a));
    }

    private Map<String, String> countyNames() {
        return reference.counties().stream()
                .collect(Collectors.toMap(ReferenceData.County::number, ReferenceData.County::name, (a, b) -> a));
    }

    private boolean knownUnit(String unit) {
        return unitNames().containsKey(unit)
                || data.firstCollaborations().stream()
                        .anyMatch(c -> unit.equals(c.start().unit()));
    }

    private static List<Option> options(
            List<EffectFilter.Start> starts,
            Function<EffectFilter.Start, @Nullable String> value,
            @Nullable String chosen,
            Map<String, String> names) {
        var values = starts.stream().map(value).filter(Objects::nonNull).collect(Collectors.toSet());
        if (chosen != null) values.add(chosen);
        return values.stream()
                .map(v -> new Option(v, names.getOrDefault(v, v)))
                .sorted(Comparator.comparing(Option::label))
                .toList();
    }

    private void add(List<String> lines, String parameter, @Nullable String value, Map<String, String> names) {
        if (value != null) lines.add(label(parameter) + ": " + names.getOrDefault(value, value));
    }

    private void add(List<String> lines, String parameter, @Nullable Enum<?> value) {
        if (value != null) lines.add(label(parameter) + ": " + label(value));
    }

    private static @Nullable String value(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private <E extends Enum<E>> @Nullable E choice(
            Map<String, String> parameters, String name, Class<E> type, InvalidFieldsException.Collector errors) {
        String value = value(parameters, name);
        if (value == null) return null;
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.check(false, name, choiceError(name, value));
            return null;
        }
    }

    private @Nullable LocalDate date(
            Map<String, String> parameters, String name, InvalidFieldsException.Collector errors) {
        String value = value(parameters, name);
        if (value == null) return null;
        try {
            LocalDate date = LocalDate.parse(value);
            PlausibleDates.check(errors, name, label(name), date);
            return PlausibleDates.plausible(date) ? date : null;
        } catch (DateTimeParseException e) {
            errors.check(false, name, text("effect.error.date", label(name), shortened(value)));
            return null;
        }
    }

    private String choiceError(String parameter, @Nullable String value) {
        return text("effect.error.choice", label(parameter), shortened(String.valueOf(value)));
    }

    /** A bad value as the message repeats it: at most 40 characters. */
    private static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private String label(String parameter) {
        return text("effect.filter." + parameter);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, MessageBundle.NORWEGIAN);
    }
}
