package no.iaverk.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectEstimatorTest {

    static final EffectEstimator ESTIMATOR = new EffectEstimator(new EffectEstimator.Settings(199, 7));

    @Test
    void helseiarbeid_s_published_group_means_give_minus_one_point_three() {
        // domain/helseiarbeid-and-ia-instruments.md §1.6–1.7: intervention 7.9 → 8.4, control 6.0 → 7.8, so sick leave
        // rose 1.3 points less with the intervention (0.5 − 1.8). Five treated workplaces at 7.9 before and 8.4 after,
        // each with five comparisons at 6.0 before and 7.8 after.
        List<WorkplaceSeries> workplaces = new ArrayList<>();
        List<FirstStart> starts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            workplaces.add(flat("81000000" + i, 7.9, 8.4));
            starts.add(new FirstStart("81000000" + i, "K" + i, 10));
        }
        for (int j = 0; j < 5; j++) workplaces.add(flat("82000000" + j, 6.0, 7.8));

        EffectEstimate estimate = ESTIMATOR.estimate(new Panel(workplaces, starts), starts);

        assertThat(estimate.insufficientData()).isFalse();
        assertThat(estimate.firstYear().effect()).isCloseTo(-1.3, within(1e-9));
        assertThat(estimate.naiveBeforeAfter().effect()).isCloseTo(0.5, within(1e-9));
        assertThat(estimate.quarters())
                .filteredOn(q -> q.relativeQuarter() == -1)
                .singleElement()
                .satisfies(q -> assertThat(q.effect()).isZero());
    }

    @Test
    void a_planted_effect_is_recovered_within_its_interval_and_the_naive_figure_is_biased_by_selection() {
        PanelSimulator.Simulated panel = PanelSimulator.of(3000, -1.0).simulate(11);

        EffectEstimate estimate = ESTIMATOR.estimate(panel.panel(), panel.starts());

        assertThat(estimate.treated()).isGreaterThan(50);
        assertThat(estimate.firstYear().ciLow()).isLessThan(-1.0);
        assertThat(estimate.firstYear().ciHigh()).isGreaterThan(-1.0);
        assertThat(estimate.firstYear().effect()).isCloseTo(-1.0, within(0.5));
        // Chosen for a high figure, the assisted fall back on their own: the naive before/after overstates the fall.
        assertThat(estimate.naiveBeforeAfter().effect())
                .isLessThan(estimate.firstYear().effect() - 0.5);
        assertThat(estimate.lostWorkdaysAvoided().perYear()).isPositive();
    }

    @Test
    void no_effect_gives_an_interval_around_zero_and_no_pre_trend_flag() {
        PanelSimulator.Simulated panel = PanelSimulator.of(3000, 0).simulate(12);

        EffectEstimate estimate = ESTIMATOR.estimate(panel.panel(), panel.starts());

        assertThat(estimate.firstYear().ciLow()).isNegative();
        assertThat(estimate.firstYear().ciHigh()).isPositive();
        assertThat(estimate.preTrend().flagged()).isFalse();
    }

    @Test
    void diverging_pre_trends_trip_the_flag() {
        PanelSimulator.Simulated panel =
                PanelSimulator.of(3000, -1.0).withPreTrendGap(1.5).simulate(13);

        EffectEstimate estimate = ESTIMATOR.estimate(panel.panel(), panel.starts());

        assertThat(estimate.preTrend().effect()).isGreaterThan(0.5);
        assertThat(estimate.preTrend().flagged()).isTrue();
    }

    @Test
    void masked_quarters_are_never_used_whatever_their_figures_say() {
        PanelSimulator.Simulated panel = PanelSimulator.of(1500, -1.0).simulate(14);
        EffectEstimate before = ESTIMATOR.estimate(panel.panel(), panel.starts());

        // The same panel where every quarter under five persons claims absurd lost workdays.
        List<WorkplaceSeries> poisoned = panel.workplaces().stream()
                .map(w -> {
                    double[] lost = w.lost().clone();
                    for (int q = 0; q < lost.length; q++) {
                        if (w.persons()[q] < WorkplaceSeries.MIN_PERSONS) lost[q] = 1e6;
                    }
                    return new WorkplaceSeries(w.orgNumber(), w.legalUnit(), w.cell(), w.persons(), lost, w.possible());
                })
                .toList();
        assertThat(poisoned).anySatisfy(w -> assertThat(w.lost()).contains(1e6));
        EffectEstimate after = ESTIMATOR.estimate(new Panel(poisoned, panel.starts()), panel.starts());

        assertThat(after).isEqualTo(before);
    }

    @Test
    void fewer_than_five_treated_workplaces_give_no_numbers() {
        PanelSimulator.Simulated panel = PanelSimulator.of(1500, -1.0).simulate(15);
        List<FirstStart> four = panel.starts().stream()
                .filter(s -> panel.panel().indexOf(s.orgNumber()) >= 0
                        && Baseline.before(panel.panel().workplace(panel.panel().indexOf(s.orgNumber())), s.quarter())
                                != null)
                .limit(4)
                .toList();

        EffectEstimate estimate = ESTIMATOR.estimate(panel.panel(), four);

        assertThat(estimate.insufficientData()).isTrue();
        assertThat(estimate.quarters()).isEmpty();
        assertThat(estimate.firstYear()).isNull();
        assertThat(estimate.naiveBeforeAfter()).isNull();
        assertThat(estimate.lostWorkdaysAvoided()).isNull();
    }

    @Test
    void the_same_data_in_another_order_give_the_same_estimate_and_interval() {
        PanelSimulator.Simulated panel = PanelSimulator.of(1500, -1.0).simulate(16);
        List<FirstStart> shuffled = new ArrayList<>(panel.starts());
        Collections.reverse(shuffled);
        List<WorkplaceSeries> reversed = new ArrayList<>(panel.workplaces());
        Collections.reverse(reversed);

        assertThat(ESTIMATOR.estimate(new Panel(reversed, shuffled), shuffled))
                .isEqualTo(ESTIMATOR.estimate(panel.panel(), panel.starts()));
    }

    @Test
    void a_comparison_counts_only_until_the_quarters_that_chose_it_for_assistance() {
        // Five treated at quarter 10; five comparisons, one of which is itself assisted from quarter 13 and jumps by
        // 20 points from then on. It counts only before the quarters its own selection looked at (11 and 12).
        List<WorkplaceSeries> workplaces = new ArrayList<>();
        List<FirstStart> starts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            workplaces.add(flat("81000000" + i, 7.0, 7.0));
            starts.add(new FirstStart("81000000" + i, "K" + i, 10));
        }
        for (int j = 0; j < 4; j++) workplaces.add(flat("82000000" + j, 7.0, 8.0));
        WorkplaceSeries later = flat("820000009", 7.0, 8.0);
        for (int q = 13; q < later.quarters(); q++) later.lost()[q] = 28.0 * later.possible()[q] / 100;
        workplaces.add(later);
        List<FirstStart> everyone = new ArrayList<>(starts);
        everyone.add(new FirstStart("820000009", "K9", 13));

        EffectEstimate estimate = ESTIMATOR.estimate(new Panel(workplaces, everyone), starts);

        assertThat(estimate.quarters())
                .filteredOn(q -> q.relativeQuarter() >= 0)
                .allSatisfy(q -> assertThat(q.effect()).isCloseTo(-1.0, within(1e-9)));
    }

    /** A workplace of 40 persons at {@code before} percent until quarter 9 and {@code after} from quarter 10. */
    private static WorkplaceSeries flat(String org, double before, double after) {
        int quarters = 24;
        int[] persons = new int[quarters];
        double[] lost = new double[quarters];
        double[] possible = new double[quarters];
        for (int q = 0; q < quarters; q++) {
            persons[q] = 40;
            possible[q] = 40 * 61.5;
            lost[q] = (q < 10 ? before : after) * possible[q] / 100;
        }
        return new WorkplaceSeries(org, org, "C", persons, lost, possible);
    }
}
