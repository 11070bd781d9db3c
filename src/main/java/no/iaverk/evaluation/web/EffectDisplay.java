package no.iaverk.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.iaverk.evaluation.EffectEstimate;
import no.iaverk.evaluation.EffectEstimator;
import no.iaverk.evaluation.EffectExport;
import no.iaverk.evaluation.EffectNumbers;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code #effects} in the templates: how an effect estimate is written (percentage points with one decimal and a real
 * minus sign, intervals, workdays) and the event-study chart's data, so that the fragment
 * {@code evaluation/fragments :: estimate(e)} needs nothing but the estimate wherever it is shown.
 */
@Component
class EffectDisplay extends AbstractDialect implements IExpressionObjectDialect {

    static final int FIRST = -8;
    static final int LAST = 8;

    private final MessageSource messages;
    private final JsonMapper json;
    private final int replicates;

    EffectDisplay(
            MessageSource messages, JsonMapper json, @Value("${iaverk.evaluation.replicates:999}") int replicates) {
        super("iaverk-effects");
        this.messages = messages;
        this.json = json;
        this.replicates = replicates;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("effects");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return new Effects(messages, json, replicates, context.getLocale());
            }

            @Override
            public boolean isCacheable(String name) {
                return false;
            }
        };
    }

    /** A relative quarter's row of the table under the chart; {@code figures} null where fewer than 5 treated. */
    public record QuarterRow(int relativeQuarter, String label, EffectEstimate.@Nullable QuarterEffect figures) {}

    public static final class Effects {
        private final MessageSource messages;
        private final JsonMapper json;
        private final int replicates;
        private final Locale locale;

        Effects(MessageSource messages, JsonMapper json, int replicates, Locale locale) {
            this.messages = messages;
            this.json = json;
            this.replicates = replicates;
            this.locale = locale;
        }

        /** −1,2 */
        public String points(double value) {
            return EffectNumbers.points(value);
        }

        /** −2,0 til −0,4 */
        public String interval(double low, double high) {
            return text("effect.intervalRange", EffectNumbers.points(low), EffectNumbers.points(high));
        }

        /** 12 345 */
        public String days(double value) {
            return EffectNumbers.days(value);
        }

        /** 800 til 1 600 */
        public String dayInterval(double low, double high) {
            return text("effect.intervalRange", EffectNumbers.days(low), EffectNumbers.days(high));
        }

        /** The treated workplaces a group estimate, and each quarter's figure, needs. */
        public int minTreated() {
            return EffectEstimator.MIN_TREATED;
        }

        public int replicates() {
            return replicates;
        }

        /** The one sentence that explains why the naive figure differs from the first-year estimate. */
        public String naiveExplained(EffectEstimate e) {
            return EffectExport.naiveExplained(e, messages, locale);
        }

        /** Every relative quarter −8…+8, with its figures where the estimate has them. */
        public List<QuarterRow> quarters(EffectEstimate e) {
            Map<Integer, EffectEstimate.QuarterEffect> byQuarter = new LinkedHashMap<>();
            e.quarters().forEach(q -> byQuarter.put(q.relativeQuarter(), q));
            List<QuarterRow> rows = new ArrayList<>();
            for (int q = FIRST; q <= LAST; q++) rows.add(new QuarterRow(q, label(q), byQuarter.get(q)));
            return rows;
        }

        /**
         * The chart's data (static/js/charts.js, {@code data-event-study}): a label per relative quarter −8…+8, the
         * effect and its interval rounded as shown (null where withheld), the start's index and the series' names.
         */
        public String chart(EffectEstimate e) {
            List<String> labels = new ArrayList<>();
            List<@Nullable Double> effect = new ArrayList<>();
            List<@Nullable Double> low = new ArrayList<>();
            List<@Nullable Double> high = new ArrayList<>();
            for (QuarterRow row : quarters(e)) {
                labels.add(row.label());
                var f = row.figures();
                effect.add(f == null ? null : EffectNumbers.rounded(f.effect()));
                low.add(f == null ? null : EffectNumbers.rounded(f.ciLow()));
                high.add(f == null ? null : EffectNumbers.rounded(f.ciHigh()));
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("labels", labels);
            data.put("effect", effect);
            data.put("ciLow", low);
            data.put("ciHigh", high);
            data.put("startIndex", -FIRST);
            data.put(
                    "names",
                    Map.of(
                            "effect", text("effect.chart.effect"),
                            "interval", text("effect.chart.interval"),
                            "zero", text("effect.chart.zero"),
                            "start", text("effect.chart.start"),
                            "y", text("effect.chart.axis"),
                            "x", text("effect.chart.quarterAxis")));
            return json.writeValueAsString(data);
        }

        private String label(int relativeQuarter) {
            String number = EffectNumbers.quarter(relativeQuarter);
            if (relativeQuarter == -1) return text("effect.quarter.reference", number);
            if (relativeQuarter == 0) return text("effect.quarter.start", number);
            return number;
        }

        private String text(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }
    }
}
