package no.iaverk.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import no.iaverk.cases.Collaboration.AssistanceForm;
import no.iaverk.cases.Collaboration.InitiatedBy;
import no.iaverk.cases.Collaboration.Level;
import no.iaverk.cases.Collaboration.MilestoneKind;
import no.iaverk.cases.Collaboration.ServiceArea;
import no.iaverk.cases.Collaboration.Status;
import no.iaverk.reports.AssistanceRegistrations.Registration;
import no.iaverk.shared.InvalidParameterException;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the list behind a figure, each the same test the report's table counts with, so that the list's length
 * equals the figure. All optional and combined with «and». The with-filters hold for any registration; a Tabell 5-5
 * figure («among the ended») is {@code ended=true} with one of them, as is «ended under one month».
 */
final class CollaborationFilters {

    /** The parameters this list understands besides from, to and unit, in the order the page shows them. */
    static final List<String> NAMES = List.of(
            "sector",
            "level",
            "category",
            "centre",
            "countyNumber",
            "ended",
            "status",
            "milestone",
            "band",
            "initiatedBy",
            "serviceArea",
            "underOneMonth",
            "withInitialMeeting",
            "withAssistanceStarted",
            "withProcessAssistance",
            "leaderMeetings",
            "largestGathering",
            "withLeader",
            "withPartyGroup",
            "withStaff");

    private CollaborationFilters() {}

    /** The filter of the given parameters; 400 naming the first one that is wrong. */
    static Predicate<Registration> parse(Map<String, String> parameters) {
        List<Predicate<Registration>> tests = new ArrayList<>();
        for (String name : NAMES) {
            String raw = parameters.get(name);
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String value = raw.trim();
            tests.add(test(name, value));
        }
        return row -> tests.stream().allMatch(test -> test.test(row));
    }

    private static Predicate<Registration> test(String name, String value) {
        return switch (name) {
            case "sector" -> equal(name, value, ReportSector.class, Registration::sector);
            case "level" -> equal(name, value, Level.class, Registration::level);
            case "category" -> equal(name, value, IndustryCategory.class, Registration::category);
            case "centre" -> row -> row.unitCode().equals(value);
            // The report's by-county rows put an enterprise without a county under "".
            case "countyNumber" -> row -> value.equals(row.countyNumber() == null ? "" : row.countyNumber());
            case "ended" -> when(name, value, Registration::ended);
            case "status" -> equal(name, value, Status.class, Registration::status);
            case "milestone" -> {
                MilestoneKind kind = parseEnum(name, value, MilestoneKind.class);
                // As in Tabell 5-6: ENDED is an end by the period's end, the others a milestone dated by then.
                yield kind == MilestoneKind.ENDED
                        ? Registration::ended
                        : row -> row.milestones().contains(kind);
            }
            case "band" -> {
                DurationBand band = parseEnum(name, value, DurationBand.class);
                yield row -> DurationBand.of(row.months()) == band;
            }
            case "initiatedBy" -> equal(name, value, InitiatedBy.class, Registration::initiatedBy);
            case "serviceArea" -> {
                ServiceArea area = parseEnum(name, value, ServiceArea.class);
                yield row -> row.serviceAreas().contains(area);
            }
            case "underOneMonth" -> when(name, value, row -> row.months() < 1);
            case "withInitialMeeting" ->
                when(name, value, row -> row.milestones().contains(MilestoneKind.INITIAL_MEETING));
            case "withAssistanceStarted" ->
                when(name, value, row -> row.milestones().contains(MilestoneKind.ASSISTANCE_STARTED));
            case "withProcessAssistance" -> when(name, value, row -> row.assistanceForm() == AssistanceForm.PROCESS);
            // The activity tables: Tabell 0-1/0-2's meeting band, Tabell 5-3's unit band, Figur 5-5's groups.
            case "leaderMeetings" -> {
                CountBand band = parseEnum(name, value, CountBand.class);
                yield row -> CountBand.of(row.meetings().withLeader()) == band;
            }
            case "largestGathering" -> {
                CountBand band = parseEnum(name, value, CountBand.class);
                yield row -> CountBand.of(
                                row.meetings().largestGathering() == null
                                        ? 0
                                        : row.meetings().largestGathering())
                        == band;
            }
            case "withLeader" -> when(name, value, row -> row.meetings().withLeader() > 0);
            case "withPartyGroup" -> when(name, value, row -> row.meetings().withPartyGroup() > 0);
            case "withStaff" -> when(name, value, row -> row.meetings().withStaff() > 0);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static <E extends Enum<E>> Predicate<Registration> equal(
            String name, String value, Class<E> type, Function<Registration, @Nullable Object> field) {
        E wanted = parseEnum(name, value, type);
        return row -> field.apply(row) == wanted;
    }

    private static Predicate<Registration> when(String name, String value, Predicate<Registration> test) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> test;
            case "false" -> test.negate();
            default ->
                throw new InvalidParameterException(
                        name, "Ugyldig verdi (%s) «%s»: skriv true eller false.".formatted(name, value));
        };
    }

    private static <E extends Enum<E>> E parseEnum(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
                    .map(Enum::name)
                    .toList();
            throw new InvalidParameterException(
                    name, "Ugyldig verdi (%s) «%s»: velg en av %s.".formatted(name, value, String.join(", ", allowed)));
        }
    }
}
