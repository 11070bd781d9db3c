package no.iaverk.cases.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.iaverk.cases.Collaboration;
import no.iaverk.cases.Collaborations;
import no.iaverk.shared.InvalidFieldsException;
import org.jspecify.annotations.Nullable;

/**
 * The plan and milestone forms of the collaboration page: what they post (one field per row and column, named by the
 * service code or milestone kind), read into the service's choices, and the rows the page shows, with what was typed
 * when a save was refused and the error of each field.
 */
final class PlanEditor {

    /** One row of the plan form; dates as typed. The errors are the service's, keyed {@code plan.<code>.<field>}. */
    record PlanRow(
            Collaboration.PlanItem item,
            boolean included,
            String start,
            String end,
            String status,
            @Nullable String rowError,
            @Nullable String startError,
            @Nullable String endError,
            @Nullable String statusError) {

        public String code() {
            return item.serviceCode();
        }

        public boolean invalid() {
            return rowError != null || startError != null || endError != null || statusError != null;
        }

        /** The row's errors as one text, shown under the row's name. */
        public String errorText() {
            return Stream.of(rowError, startError, endError, statusError)
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining(" "));
        }

        /** The id of the row's error text, for aria-describedby. */
        public String errorId() {
            return "plan-error-" + code();
        }
    }

    /** One milestone of the milestone form. */
    record MilestoneRow(
            Collaboration.MilestoneKind kind,
            String date,
            boolean notRelevant,
            @Nullable String error) {

        public String errorId() {
            return "milestone-error-" + kind;
        }
    }

    /** A field error the form's summary lists and links to: the field's id and the message. */
    record ErrorLink(String fieldId, String label, String message) {}

    private PlanEditor() {}

    static List<Collaborations.PlanChoice> planChoices(Collaboration collaboration, Map<String, String> form) {
        var errors = new InvalidFieldsException.Collector();
        List<Collaborations.PlanChoice> choices = new ArrayList<>();
        for (var item : collaboration.plan()) {
            String code = item.serviceCode();
            String field = "plan." + code;
            choices.add(new Collaborations.PlanChoice(
                    code,
                    form.containsKey("included_" + code),
                    date(form.get("start_" + code), field + ".startDate", errors),
                    date(form.get("end_" + code), field + ".endDate", errors),
                    status(form.get("status_" + code), field + ".status", errors)));
        }
        errors.throwIfAny();
        return choices;
    }

    static List<Collaborations.MilestoneChoice> milestoneChoices(Map<String, String> form) {
        var errors = new InvalidFieldsException.Collector();
        List<Collaborations.MilestoneChoice> choices = new ArrayList<>();
        for (var kind : Collaboration.MilestoneKind.values()) {
            String field = "milestones." + kind;
            choices.add(new Collaborations.MilestoneChoice(
                    kind, date(form.get("date_" + kind), field, errors), form.containsKey("notRelevant_" + kind)));
        }
        errors.throwIfAny();
        return choices;
    }

    /** The plan as stored, or as typed when the last save was refused. */
    static List<PlanRow> planRows(
            Collaboration collaboration, @Nullable Map<String, String> typed, Map<String, String> errors) {
        return collaboration.plan().stream()
                .map(item -> {
                    String code = item.serviceCode();
                    String field = "plan." + code;
                    return typed == null
                            ? new PlanRow(
                                    item,
                                    item.included(),
                                    text(item.startDate()),
                                    text(item.endDate()),
                                    item.status().name(),
                                    null,
                                    null,
                                    null,
                                    null)
                            : new PlanRow(
                                    item,
                                    typed.containsKey("included_" + code),
                                    typed.getOrDefault("start_" + code, ""),
                                    typed.getOrDefault("end_" + code, ""),
                                    typed.getOrDefault(
                                            "status_" + code, item.status().name()),
                                    errors.get(field),
                                    errors.get(field + ".startDate"),
                                    errors.get(field + ".endDate"),
                                    errors.get(field + ".status"));
                })
                .toList();
    }

    static List<MilestoneRow> milestoneRows(
            Collaboration collaboration, @Nullable Map<String, String> typed, Map<String, String> errors) {
        return collaboration.milestones().stream()
                .map(m -> typed == null
                        ? new MilestoneRow(m.kind(), text(m.date()), m.notRelevant(), null)
                        : new MilestoneRow(
                                m.kind(),
                                typed.getOrDefault("date_" + m.kind(), ""),
                                typed.containsKey("notRelevant_" + m.kind()),
                                errors.get("milestones." + m.kind())))
                .toList();
    }

    /** The plan's errors in the order of its rows, each linking to the first wrong field of its row. */
    static List<ErrorLink> planErrors(List<PlanRow> rows, Map<String, String> errors) {
        List<ErrorLink> links = new ArrayList<>();
        for (PlanRow row : rows) {
            String name = row.item().name();
            add(links, "plan-included-" + row.code(), name, row.rowError());
            add(links, "plan-start-" + row.code(), name, row.startError());
            add(links, "plan-end-" + row.code(), name, row.endError());
            add(links, "plan-status-" + row.code(), name, row.statusError());
        }
        add(links, "goals", null, errors.get("goals"));
        return links;
    }

    private static void add(List<ErrorLink> links, String fieldId, @Nullable String label, @Nullable String message) {
        if (message != null) {
            links.add(new ErrorLink(fieldId, label == null ? "" : label, message));
        }
    }

    private static String text(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static @Nullable LocalDate date(
            @Nullable String value, String field, InvalidFieldsException.Collector errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.check(false, field, "Ugyldig dato «%s». Skriv datoen som dd.mm.åååå.".formatted(value));
            return null;
        }
    }

    private static Collaboration.@Nullable PlanStatus status(
            @Nullable String value, String field, InvalidFieldsException.Collector errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Collaboration.PlanStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.check(false, field, "Velg en status fra listen.");
            return null;
        }
    }
}
