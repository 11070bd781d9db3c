package no.iaverk.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.iaverk.evaluation.internal.EffectWorkbook;
import no.iaverk.evaluation.internal.EffectWorkbook.Days;
import no.iaverk.evaluation.internal.EffectWorkbook.Points;
import no.iaverk.shared.MessageBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The figures of an effect estimate as an Excel workbook: the filter in words, the method, the summaries with their
 * intervals (or why one is withheld), every relative quarter −8…+8, and the method in plain Norwegian on a second
 * sheet. Percentage points are rounded to one decimal as on the page.
 */
@Service
public class EffectExport {

    /** The method text's paragraphs, in the page's order (keys effect.method.*). */
    public static final List<String> METHOD_PARAGRAPHS = List.of(
            "treated",
            "start",
            "outcome",
            "comparison",
            "estimate",
            "interval",
            "preTrend",
            "caveats",
            "descriptive",
            "privacy");

    private final EffectEvaluation evaluation;
    private final EffectFilters filters;
    private final MessageSource messages;
    private final int replicates;

    EffectExport(
            EffectEvaluation evaluation,
            EffectFilters filters,
            MessageSource messages,
            @Value("${iaverk.evaluation.replicates:999}") int replicates) {
        this.evaluation = evaluation;
        this.filters = filters;
        this.messages = messages;
        this.replicates = replicates;
    }

    public void xlsx(EffectFilter filter, OutputStream out) throws IOException {
        EffectEstimate e = evaluation.estimate(filter);
        List<String> described = filters.describe(filter);
        try (var book = new EffectWorkbook()) {
            book.sheet(text("effect.export.sheet"), 48, 12, 12, 12, 14, 90)
                    .heading(text("effect.export.title"))
                    .row(
                            text("effect.export.filter"),
                            described.isEmpty() ? text("effect.export.noFilter") : String.join("; ", described))
                    .row(text("effect.export.method"), e.method())
                    .row(text("effect.export.treated"), e.treated())
                    .row(text("effect.export.comparisons"), e.comparisons())
                    .row(text("effect.export.notMatched"), e.notMatched())
                    .blank();
            if (e.insufficientData()) {
                book.row(
                        text("effect.export.insufficient"),
                        text("effect.insufficient", EffectEstimator.MIN_TREATED, e.treated()));
            } else {
                summaries(book, e);
                book.blank();
                quarters(book, e);
            }
            book.sheet(text("effect.export.methodSheet"), 160);
            for (String paragraph : METHOD_PARAGRAPHS) {
                book.row(text("effect.method." + paragraph, replicates));
            }
            book.row(text("effect.method.id", e.method()));
            book.write(out);
        }
    }

    private void summaries(EffectWorkbook book, EffectEstimate e) {
        String points = text("effect.points");
        book.heading(text("effect.export.summaries"))
                .heading(
                        text("effect.export.figure"),
                        text("effect.export.value"),
                        text("effect.export.ciLow"),
                        text("effect.export.ciHigh"),
                        text("effect.export.unit"),
                        text("effect.export.note"));
        effect(book, "effect.firstYear", e.firstYear(), points);
        effect(book, "effect.secondYear", e.secondYear(), points);
        var avoided = e.lostWorkdaysAvoided();
        if (avoided == null) {
            book.row(text("effect.workdays"), null, null, null, null, text("effect.withheld.workdays"));
        } else {
            book.row(
                    text("effect.workdays"),
                    new Days(avoided.perYear()),
                    new Days(avoided.ciLow()),
                    new Days(avoided.ciHigh()),
                    text("effect.workdays.unit"),
                    text("effect.workdays.help"));
        }
        var pre = e.preTrend();
        if (pre == null) {
            book.row(text("effect.preTrend"), null, null, null, null, text("effect.preTrend.missing"));
        } else {
            book.row(
                    text("effect.preTrend"),
                    new Points(pre.effect()),
                    new Points(pre.ciLow()),
                    new Points(pre.ciHigh()),
                    points,
                    text(pre.flagged() ? "effect.preTrend.flagged" : "effect.preTrend.ok"));
        }
        var naive = e.naiveBeforeAfter();
        if (naive == null) {
            book.row(text("effect.naive"), null, null, null, null, text("effect.naive.missing"));
        } else {
            book.row(text("effect.naive"), new Points(naive.effect()), null, null, points, naiveNote(e, naive));
        }
    }

    private String naiveNote(EffectEstimate e, EffectEstimate.Naive naive) {
        return naiveExplained(e, messages, MessageBundle.NORWEGIAN);
    }

    /**
     * The one sentence beside the naive before/after that says why it differs from the first-year estimate: the
     * difference is mostly what the comparisons did without assistance (regression to the mean among them). Without a
     * first-year figure, what the naive figure is.
     */
    public static String naiveExplained(EffectEstimate e, MessageSource messages, Locale locale) {
        var naive = e.naiveBeforeAfter();
        var firstYear = e.firstYear();
        if (naive == null || firstYear == null) return messages.getMessage("effect.naive.help", null, locale);
        double difference = naive.effect() - firstYear.effect();
        if (EffectNumbers.rounded(Math.abs(difference)) <= 0.1) {
            return messages.getMessage("effect.naive.same", null, locale);
        }
        return messages.getMessage("effect.naive.explained", new Object[] {EffectNumbers.points(difference)}, locale);
    }

    private void effect(EffectWorkbook book, String key, EffectEstimate.@Nullable Effect effect, String unit) {
        if (effect == null) {
            book.row(text(key), null, null, null, null, text(key.replace("effect.", "effect.withheld.")));
        } else {
            book.row(
                    text(key),
                    new Points(effect.effect()),
                    new Points(effect.ciLow()),
                    new Points(effect.ciHigh()),
                    unit,
                    text(key + ".help"));
        }
    }

    private void quarters(EffectWorkbook book, EffectEstimate e) {
        Map<Integer, EffectEstimate.QuarterEffect> byQuarter = e.quarters().stream()
                .collect(Collectors.toMap(EffectEstimate.QuarterEffect::relativeQuarter, Function.identity()));
        book.heading(text("effect.export.quarters"))
                .heading(
                        text("effect.export.quarter"),
                        text("effect.table.effect"),
                        text("effect.export.ciLow"),
                        text("effect.export.ciHigh"),
                        text("effect.export.treatedInQuarter"));
        for (int q = EventStudy.FIRST; q <= EventStudy.LAST; q++) {
            var figures = byQuarter.get(q);
            if (figures == null) {
                book.row(q, text("effect.table.tooFew"));
            } else {
                book.row(
                        q,
                        new Points(figures.effect()),
                        new Points(figures.ciLow()),
                        new Points(figures.ciHigh()),
                        figures.treated());
            }
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, MessageBundle.NORWEGIAN);
    }
}
