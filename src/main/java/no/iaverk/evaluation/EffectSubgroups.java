package no.iaverk.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The first-year effect within a filter for each value of programme, level, service area, participation and duration:
 * one estimate, with its own bootstrap, per row. Participation and actual duration are measured after start, so their
 * rows are descriptive, not causal.
 */
@Service
public class EffectSubgroups {

    /** What a table of subgroups is split by, with the filter parameter that names it. */
    public enum Dimension {
        INDUSTRY_PROGRAMME("industryProgramme", false),
        LEVEL("level", false),
        SERVICE_AREA("serviceArea", false),
        PLANNED_DURATION("plannedDuration", false),
        PARTICIPATION("participation", true),
        ACTUAL_DURATION("actualDuration", true);

        private final String parameter;
        private final boolean descriptive;

        Dimension(String parameter, boolean descriptive) {
            this.parameter = parameter;
            this.descriptive = descriptive;
        }

        public String parameter() {
            return parameter;
        }

        /** Measured after start: a subgroup by it describes, it does not show a cause. */
        public boolean descriptive() {
            return descriptive;
        }
    }

    /**
     * One subgroup: with {@code tooFew} (under five treated workplaces) it has no numbers at all, not even its count;
     * {@code firstYear} is null also when too few of its workplaces have every quarter +1…+4 yet.
     */
    public record Row(
            String value, String label, boolean tooFew, int treated, EffectEstimate.@Nullable Effect firstYear) {}

    public record Group(Dimension dimension, List<Row> rows) {}

    private final EffectEvaluation evaluation;
    private final EffectFilters filters;

    EffectSubgroups(EffectEvaluation evaluation, EffectFilters filters) {
        this.evaluation = evaluation;
        this.filters = filters;
    }

    /**
     * Computes what the effect page shows first (everything, and its subgroups) ahead of its readers whenever the data
     * have changed: at national scale the series take some 20 s to read and the subgroups a minute to estimate. Kept
     * estimates make the check cheap when nothing changed.
     */
    @Scheduled(
            fixedDelayString = "${iaverk.evaluation.keep-warm-every:PT5M}",
            initialDelayString = "${iaverk.evaluation.keep-warm-after-start:PT30S}")
    void keepWarm() {
        evaluation.estimate(EffectFilter.ALL);
        of(EffectFilter.ALL);
    }

    /** Every dimension's subgroups within {@code base}; a dimension the filter fixes has only its chosen value. */
    public List<Group> of(EffectFilter base) {
        List<EffectFilter.Start> starts = filters.starts();
        List<Group> groups = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            List<Row> rows = new ArrayList<>();
            for (var value : values(dimension, base, starts).entrySet()) {
                rows.add(row(with(base, dimension, value.getKey()), value.getKey(), value.getValue(), starts));
            }
            groups.add(new Group(dimension, rows));
        }
        return groups;
    }

    private Row row(EffectFilter filter, String value, String label, List<EffectFilter.Start> starts) {
        // Fewer first starts than an estimate needs: no estimate (and no bootstrap) to run.
        if (starts.stream().filter(filter::matches).count() < EffectEstimator.MIN_TREATED) {
            return new Row(value, label, true, 0, null);
        }
        EffectEstimate estimate = evaluation.estimate(filter);
        if (estimate.insufficientData()) return new Row(value, label, true, 0, null);
        return new Row(value, label, false, estimate.treated(), estimate.firstYear());
    }

    /** The values of a dimension with their labels, in the page's order: programmes as the data have them. */
    private Map<String, String> values(Dimension dimension, EffectFilter base, List<EffectFilter.Start> starts) {
        var values = new LinkedHashMap<String, String>();
        if (dimension == Dimension.INDUSTRY_PROGRAMME) {
            filters.choices(base, starts).programmes().stream()
                    .filter(o -> base.industryProgramme() == null || o.value().equals(base.industryProgramme()))
                    .forEach(o -> values.put(o.value(), o.label()));
            return values;
        }
        Enum<?> fixed = fixed(dimension, base);
        for (Enum<?> value : constants(dimension)) {
            if (fixed == null || fixed == value) values.put(value.name(), filters.label(value));
        }
        return values;
    }

    private static List<? extends Enum<?>> constants(Dimension dimension) {
        return Arrays.asList(
                switch (dimension) {
                    case LEVEL -> EffectFilter.Level.values();
                    case SERVICE_AREA -> EffectFilter.ServiceArea.values();
                    case PLANNED_DURATION -> EffectFilter.DurationBand.values();
                    case PARTICIPATION -> EffectFilter.Participation.values();
                    case ACTUAL_DURATION -> EffectFilter.ActualDuration.values();
                    case INDUSTRY_PROGRAMME -> new Enum<?>[0];
                });
    }

    private static @Nullable Enum<?> fixed(Dimension dimension, EffectFilter f) {
        return switch (dimension) {
            case LEVEL -> f.level();
            case SERVICE_AREA -> f.serviceArea();
            case PLANNED_DURATION -> f.plannedDuration();
            case PARTICIPATION -> f.participation();
            case ACTUAL_DURATION -> f.actualDuration();
            case INDUSTRY_PROGRAMME -> null;
        };
    }

    /** The filter with one dimension set to {@code value}. */
    static EffectFilter with(EffectFilter f, Dimension dimension, String value) {
        return new EffectFilter(
                f.unit(),
                f.county(),
                dimension == Dimension.INDUSTRY_PROGRAMME ? value : f.industryProgramme(),
                dimension == Dimension.LEVEL ? EffectFilter.Level.valueOf(value) : f.level(),
                dimension == Dimension.SERVICE_AREA ? EffectFilter.ServiceArea.valueOf(value) : f.serviceArea(),
                f.assistanceForm(),
                dimension == Dimension.PARTICIPATION ? EffectFilter.Participation.valueOf(value) : f.participation(),
                f.startFrom(),
                f.startTo(),
                dimension == Dimension.PLANNED_DURATION
                        ? EffectFilter.DurationBand.valueOf(value)
                        : f.plannedDuration(),
                dimension == Dimension.ACTUAL_DURATION
                        ? EffectFilter.ActualDuration.valueOf(value)
                        : f.actualDuration());
    }
}
