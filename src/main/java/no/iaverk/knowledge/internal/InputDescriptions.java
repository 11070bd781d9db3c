package no.iaverk.knowledge.internal;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.knowledge.Suggestions;
import no.iaverk.knowledge.Suggestions.Input;
import no.iaverk.knowledge.Suggestions.InputStatus;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;

/**
 * Says, for each input of the rules, what was used, or what was withheld or missing and why, in Norwegian and with
 * the figures compared. A withheld input never shows a figure.
 */
public final class InputDescriptions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final SuggestionTexts texts;

    public InputDescriptions(SuggestionTexts texts) {
        this.texts = texts;
    }

    public Suggestions.Inputs describe(
            CollaborationProfile profile,
            SickLeavePattern pattern,
            boolean surveyAccess,
            CollaborationProfile.@Nullable ThemeResult weakTheme) {
        List<Suggestions.Unit> units = profile.units().stream()
                .map(unit -> {
                    String why = pattern.withheld().get(unit.orgNumber());
                    return new Suggestions.Unit(
                            unit.orgNumber(), unit.name(), why == null, why == null ? null : texts.text("unit." + why));
                })
                .toList();
        return new Suggestions.Inputs(
                profile.level(),
                units,
                programme(profile),
                sickLeave(profile, pattern),
                needsAssessment(profile, surveyAccess, weakTheme));
    }

    private Input programme(CollaborationProfile profile) {
        String code = profile.programme();
        if (code == null) {
            return new Input(InputStatus.MISSING, texts.text("input.programme.missing"), Map.of());
        }
        long inProgramme =
                profile.units().stream().filter(u -> code.equals(u.programme())).count();
        String name = profile.programmeName() == null ? code : profile.programmeName();
        return new Input(
                InputStatus.USED,
                texts.text(
                        "input.programme.used",
                        name,
                        inProgramme,
                        profile.units().size()),
                Map.of("code", code, "name", name));
    }

    private Input sickLeave(CollaborationProfile profile, SickLeavePattern pattern) {
        List<Quarter> window = pattern.window();
        if (window.isEmpty()) {
            return new Input(InputStatus.MISSING, texts.text("input.sickLeave.noQuarters"), Map.of());
        }
        String period = window.get(window.size() - 1) + "–" + window.get(0);
        if (profile.units().isEmpty()) {
            return new Input(InputStatus.MISSING, texts.text("input.sickLeave.noUnits"), Map.of());
        }
        long masked = pattern.withheld().values().stream()
                .filter(SickLeavePattern.MASKED::equals)
                .count();
        if (pattern.used().isEmpty()) {
            return masked > 0
                    ? new Input(InputStatus.WITHHELD, texts.text("input.sickLeave.allMasked", period), Map.of())
                    : new Input(InputStatus.MISSING, texts.text("input.sickLeave.noFigures", period), Map.of());
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(texts.text(
                "input.sickLeave.used",
                pattern.used().size(),
                profile.units().size(),
                period,
                texts.number(pattern.percent())));
        if (pattern.longTermShare() != null) {
            sentences.add(texts.text(
                    "input.sickLeave.shares",
                    texts.number(pattern.longTermShare()),
                    texts.number(pattern.shortTermShare())));
        } else {
            sentences.add(texts.text("input.sickLeave.noDurations"));
        }
        if (masked > 0) {
            sentences.add(texts.text("input.sickLeave.someMasked", masked));
        }
        sentences.add(
                pattern.trend() == null
                        ? texts.text("input.sickLeave.noTrend")
                        : texts.text(
                                "input.sickLeave.trend",
                                texts.number(pattern.trend()),
                                window.get(0).yearBefore(),
                                window.get(0)));
        var benchmark = pattern.benchmark();
        Map<String, Object> figures = new LinkedHashMap<>();
        List<String> quarters =
                new ArrayList<>(window.stream().map(Quarter::toString).toList());
        Collections.reverse(quarters);
        figures.put("quarters", quarters);
        figures.put("unitsUsed", pattern.used().size());
        put(figures, "percent", pattern.percent());
        put(figures, "longTermShare", pattern.longTermShare());
        put(figures, "shortTermShare", pattern.shortTermShare());
        put(figures, "trend", pattern.trend());
        if (benchmark == null) {
            sentences.add(texts.text("input.sickLeave.noBenchmark"));
        } else {
            String name = texts.benchmarkName(benchmark.kind());
            sentences.add(
                    benchmark.longTermShare() == null
                            ? texts.text("input.sickLeave.benchmark", name, texts.number(benchmark.percent()))
                            : texts.text(
                                    "input.sickLeave.benchmarkShares",
                                    name,
                                    texts.number(benchmark.percent()),
                                    texts.number(benchmark.longTermShare()),
                                    texts.number(benchmark.shortTermShare())));
            figures.put("benchmarkKind", benchmark.kind());
            figures.put("benchmarkCode", benchmark.code());
            put(figures, "benchmarkPercent", benchmark.percent());
            put(figures, "benchmarkLongTermShare", benchmark.longTermShare());
            put(figures, "benchmarkShortTermShare", benchmark.shortTermShare());
        }
        return new Input(InputStatus.USED, String.join(" ", sentences), figures);
    }

    private Input needsAssessment(
            CollaborationProfile profile, boolean surveyAccess, CollaborationProfile.@Nullable ThemeResult weak) {
        var assessment = profile.needsAssessment();
        if (assessment == null) {
            return new Input(InputStatus.MISSING, texts.text("input.needs.missing"), Map.of());
        }
        if (!surveyAccess) {
            return new Input(InputStatus.WITHHELD, texts.text("input.needs.otherUnit"), Map.of());
        }
        String completed = assessment.completedOn() == null
                ? "–"
                : assessment.completedOn().format(DAY);
        List<String> few = assessment.themes().stream()
                .filter(t -> t.meanAgreement() == null)
                .map(CollaborationProfile.ThemeResult::name)
                .toList();
        if (few.size() == assessment.themes().size()) {
            return new Input(InputStatus.WITHHELD, texts.text("input.needs.allMasked", completed), Map.of());
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(
                weak == null
                        ? texts.text("input.needs.noneWeak", completed)
                        : texts.text(
                                "input.needs.weakest",
                                completed,
                                weak.name(),
                                texts.number(weak.meanAgreement()),
                                weak.respondents()));
        if (!few.isEmpty()) {
            sentences.add(texts.text("input.needs.someMasked", String.join(", ", few)));
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("surveyId", assessment.surveyId());
        if (weak != null) {
            figures.put("weakestTheme", weak.code());
            put(figures, "meanAgreement", weak.meanAgreement());
            figures.put("respondents", weak.respondents());
        }
        return new Input(InputStatus.USED, String.join(" ", sentences), figures);
    }

    private static void put(Map<String, Object> figures, String name, @Nullable BigDecimal value) {
        if (value != null) {
            figures.put(name, SuggestionTexts.rounded(value));
        }
    }
}
