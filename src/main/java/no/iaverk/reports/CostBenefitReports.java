package no.iaverk.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.iaverk.evaluation.EffectEvaluation;
import no.iaverk.evaluation.EffectFilter;
import no.iaverk.reports.AdviserHours.Tally;
import no.iaverk.reports.CostBenefitQueries.StartedCollaboration;
import no.iaverk.security.NavUnit;
import no.iaverk.security.NavUnits;
import no.iaverk.shared.MessageBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cost-benefit per centre, industry programme and form of assistance (issue 15): the collaborations whose assistance
 * started in the period, their adviser hours and cost, against the effect evaluation's estimate for the same starts
 * ({@link EffectEvaluation#estimate}, filtered by centre, programme or form and the period as start dates). The
 * evaluation studies each workplace's first collaboration only, so its starts are a subset of the ones costed here;
 * the row names the estimate's own counts.
 */
@Service
@Transactional(readOnly = true)
public class CostBenefitReports {

    private final CostBenefitQueries queries;
    private final EffectEvaluation evaluation;
    private final NavUnits units;
    private final CostBenefitCalculation calculation;
    private final MessageSourceAccessor texts;

    CostBenefitReports(
            CostBenefitQueries queries,
            EffectEvaluation evaluation,
            NavUnits units,
            @Value("${iaverk.reports.hourly-cost:1000}") BigDecimal hourlyCost,
            @Value("${iaverk.sick-leave.cost-per-day:4700}") BigDecimal costPerDay) {
        this.queries = queries;
        this.evaluation = evaluation;
        this.units = units;
        this.texts = MessageBundle.of("templates/reports/messages");
        this.calculation = new CostBenefitCalculation(hourlyCost, costPerDay, texts);
    }

    /** Cost-benefit of the starts in {@code from}–{@code to} (ISO dates) for centre {@code unit} or the country. */
    public CostBenefit costBenefit(@Nullable String from, @Nullable String to, @Nullable String unit) {
        ReportPeriod period = ReportPeriod.parse(from, to, unit, units);
        List<StartedCollaboration> started = queries.started(period);
        Map<String, String> centreNames =
                units.all().stream().collect(Collectors.toMap(NavUnit::code, NavUnit::name, (a, b) -> a));

        List<CostBenefit.Row> byCentre = rows(
                started,
                StartedCollaboration::unitCode,
                code -> centreNames.getOrDefault(code, code),
                code -> filter(code, null, null, period),
                new ArrayList<>(sorted(started, StartedCollaboration::unitCode)));
        Map<String, String> programmes = queries.programmes();
        List<CostBenefit.Row> byProgramme = rows(
                started,
                StartedCollaboration::industryProgramme,
                code -> programmes.getOrDefault(code, code),
                code -> filter(period.unit(), code, null, period),
                programmes.keySet().stream().toList());
        List<CostBenefit.Row> byForm = rows(
                started,
                StartedCollaboration::assistanceForm,
                code -> texts.getMessage("reports.costs.form." + code),
                code -> filter(period.unit(), null, EffectFilter.AssistanceForm.valueOf(code), period),
                List.of("PROCESS", "KNOWLEDGE_TRANSFER"));

        return new CostBenefit(
                period.from(),
                period.to(),
                period.unit(),
                texts.getMessage("reports.costs.method"),
                calculation.hourlyCost(),
                calculation.costPerDay(),
                byCentre,
                byProgramme,
                byForm,
                new CostBenefit.NotAttributed(
                        tally(started, c -> c.industryProgramme() == null),
                        (int) started.stream()
                                .filter(c -> c.industryProgramme() == null)
                                .count(),
                        tally(started, c -> c.assistanceForm() == null),
                        (int) started.stream()
                                .filter(c -> c.assistanceForm() == null)
                                .count()));
    }

    /** A row per code, in {@code order}, for the codes that have at least one collaboration. */
    private List<CostBenefit.Row> rows(
            List<StartedCollaboration> started,
            Function<StartedCollaboration, @Nullable String> code,
            Function<String, String> name,
            Function<String, EffectFilter> filter,
            List<String> order) {
        Map<String, List<StartedCollaboration>> byCode = new LinkedHashMap<>();
        for (String each : order) {
            List<StartedCollaboration> these =
                    started.stream().filter(c -> each.equals(code.apply(c))).toList();
            if (!these.isEmpty()) byCode.put(each, these);
        }
        return byCode.entrySet().stream()
                .map(e -> {
                    Tally hours = tally(e.getValue(), c -> true);
                    BigDecimal cost = calculation.cost(hours.hours());
                    return new CostBenefit.Row(
                            e.getKey(),
                            name.apply(e.getKey()),
                            e.getValue().size(),
                            hours,
                            cost,
                            calculation.benefit(evaluation.estimate(filter.apply(e.getKey())), cost));
                })
                .toList();
    }

    private static List<String> sorted(
            List<StartedCollaboration> started, Function<StartedCollaboration, String> code) {
        return started.stream().map(code).distinct().sorted().toList();
    }

    private static Tally tally(List<StartedCollaboration> started, Predicate<StartedCollaboration> which) {
        int activities = 0;
        int withHours = 0;
        BigDecimal hours = BigDecimal.ZERO;
        for (StartedCollaboration c : started) {
            if (!which.test(c)) continue;
            activities += c.hours().activities();
            withHours += c.hours().withHours();
            hours = hours.add(c.hours().hours());
        }
        return Tally.of(activities, withHours, hours);
    }

    private static EffectFilter filter(
            @Nullable String unit,
            @Nullable String programme,
            EffectFilter.@Nullable AssistanceForm form,
            ReportPeriod period) {
        return new EffectFilter(unit, null, programme, null, null, form, null, period.from(), period.to(), null, null);
    }
}
