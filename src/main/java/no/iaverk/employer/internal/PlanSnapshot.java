package no.iaverk.employer.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.cases.Collaboration;
import org.jspecify.annotations.Nullable;

/**
 * The plan as published: the collaboration's goals and the themes it includes with their sub-themes, dates, status and
 * the library items attached. Stored as the document's data and laid out as its PDF.
 */
public record PlanSnapshot(
        String enterpriseName,
        String orgNumber,
        String collaborationName,
        LocalDate startDate,
        LocalDate plannedEndDate,
        String collaborationStatus,
        @Nullable String goals,
        List<Theme> themes) {

    public record Theme(
            String code,
            String name,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable String status,
            List<SubTheme> subThemes) {}

    public record SubTheme(
            String code,
            String name,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            String status,
            List<Knowledge> knowledge) {}

    public record Knowledge(String id, String type, String title) {}

    /**
     * The included part of the plan, themes in the catalogue's order: a theme is shown when it or any of its
     * sub-themes is included (its own dates and status only when it is itself included).
     */
    public static PlanSnapshot of(String enterpriseName, String orgNumber, Collaboration collaboration) {
        Map<String, Collaboration.PlanItem> themes = new LinkedHashMap<>();
        Map<String, List<SubTheme>> subThemes = new LinkedHashMap<>();
        for (Collaboration.PlanItem item : collaboration.plan()) {
            if (!item.subTheme()) {
                themes.put(item.serviceCode(), item);
            } else if (item.included()) {
                subThemes
                        .computeIfAbsent(item.themeCode(), code -> new ArrayList<>())
                        .add(new SubTheme(
                                item.serviceCode(),
                                item.name(),
                                item.startDate(),
                                item.endDate(),
                                item.status().name(),
                                item.knowledge().stream()
                                        .map(k -> new Knowledge(
                                                k.itemId(), k.type().name(), k.title()))
                                        .toList()));
            }
        }
        List<Theme> included = new ArrayList<>();
        themes.forEach((code, theme) -> {
            List<SubTheme> subs = subThemes.getOrDefault(code, List.of());
            if (theme.included() || !subs.isEmpty()) {
                included.add(new Theme(
                        code,
                        theme.name(),
                        theme.included() ? theme.startDate() : null,
                        theme.included() ? theme.endDate() : null,
                        theme.included() ? theme.status().name() : null,
                        subs));
            }
        });
        return new PlanSnapshot(
                enterpriseName,
                orgNumber,
                collaboration.name(),
                collaboration.startDate(),
                collaboration.plannedEndDate(),
                collaboration.status().name(),
                collaboration.goals(),
                included);
    }
}
