package no.iaverk.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.employer.internal.Series;
import no.iaverk.employer.internal.UnitQuarter;
import no.iaverk.shared.Quarter;
import org.junit.jupiter.api.Test;

/** The rules on a quarterly series, and the legal unit as the sum of its visible sub-units. */
class SeriesTest {

    static final Quarter P = Quarter.of(2024, 2);

    static UnitQuarter row(Quarter quarter, int persons, String lost, String possible) {
        BigDecimal l = new BigDecimal(lost);
        return new UnitQuarter(
                quarter,
                false,
                persons,
                l,
                new BigDecimal(possible),
                l.multiply(new BigDecimal("0.4")),
                l.multiply(new BigDecimal("0.6")),
                l.multiply(new BigDecimal("0.2")),
                0);
    }

    static List<UnitQuarter> steady(String lost, Quarter... quarters) {
        List<UnitQuarter> rows = new ArrayList<>();
        for (Quarter quarter : quarters) {
            rows.add(row(quarter, 20, lost, "1000"));
        }
        return rows;
    }

    @Test
    void the_last_four_quarters_sum_workdays_first_and_split_short_and_long_term_of_possible_workdays() {
        var rows = List.of(
                row(P.minus(3), 20, "40", "1000"),
                row(P.minus(2), 20, "60", "1000"),
                row(P.minus(1), 20, "50", "2000"),
                row(P, 20, "50", "1000"));
        var window = new Series(rows, P).lastFourQuarters(0);

        assertThat(window.percent()).isEqualByComparingTo("4.0"); // 200 / 5000
        assertThat(window.shortTermPercent()).isEqualByComparingTo("1.6"); // 80 / 5000
        assertThat(window.longTermPercent()).isEqualByComparingTo("2.4");
        assertThat(window.gradedPercent()).isEqualByComparingTo("20.0"); // of lost workdays
        assertThat(window.lostWorkdays()).isEqualByComparingTo("200");
        assertThat(window.quarters()).containsExactlyElementsOf(P.lastFour());
        assertThat(new Series(rows, P).fourQuarters()).isTrue();
    }

    @Test
    void the_trend_is_the_published_quarter_against_the_same_quarter_a_year_before() {
        var rows = new ArrayList<>(steady("50", P.yearBefore()));
        rows.add(row(P, 20, "72", "1000"));
        assertThat(new Series(rows, P).trend()).isEqualByComparingTo("2.2");

        rows.set(0, UnitQuarter.masked(P.yearBefore()));
        assertThat(new Series(rows, P).trend()).isNull();
        assertThat(new Series(steady("50", P), P).trend()).isNull();
    }

    @Test
    void a_masked_quarter_leaves_the_window_to_the_other_three_and_no_verdict() {
        var rows = new ArrayList<>(steady("50", P.minus(3), P.minus(2), P));
        rows.add(UnitQuarter.masked(P.minus(1)));
        var series = new Series(rows, P);
        var window = series.lastFourQuarters(0);

        assertThat(window.maskedQuarters()).isEqualTo(1);
        assertThat(window.quarters()).doesNotContain(P.minus(1)).hasSize(3);
        assertThat(window.percent()).isEqualByComparingTo("5.0");
        assertThat(series.fourQuarters()).isFalse();
        assertThat(Comparison.of(series.percent(), series.fourQuarters(), new BigDecimal("5.0")))
                .isEqualTo(Comparison.NONE);
    }

    @Test
    void fewer_than_four_published_quarters_give_no_verdict() {
        var series = new Series(steady("90", P.minus(2), P.minus(1), P), P);
        assertThat(series.percent()).isEqualByComparingTo("9.0");
        assertThat(series.fourQuarters()).isFalse();
        assertThat(Comparison.of(series.percent(), series.fourQuarters(), new BigDecimal("5.0")))
                .isEqualTo(Comparison.NONE);
    }

    @Test
    void quarters_after_the_published_one_are_never_shown() {
        var series = new Series(steady("50", P, P.next()), P);
        assertThat(series.history()).extracting(f -> f.quarter()).containsExactly(P.quarter());
    }

    @Test
    void the_legal_unit_is_the_sum_of_its_visible_sub_units_with_the_masked_ones_left_out_and_counted() {
        Map<String, List<UnitQuarter>> subUnits = new LinkedHashMap<>();
        subUnits.put("A", steady("50", P.lastFour().toArray(Quarter[]::new)));
        subUnits.put("B", steady("30", P.lastFour().toArray(Quarter[]::new)));
        List<UnitQuarter> masked = new ArrayList<>(steady("70", P.minus(3), P.minus(2), P.minus(1)));
        masked.add(UnitQuarter.masked(P));
        subUnits.put("M", masked);

        List<UnitQuarter> sum = EmployerStatistics.legalUnitSum(subUnits);
        var published =
                sum.stream().filter(q -> q.quarter().equals(P)).findFirst().orElseThrow();
        assertThat(published.lost()).isEqualByComparingTo("80");
        assertThat(published.possible()).isEqualByComparingTo("2000");
        assertThat(published.persons()).isEqualTo(40);
        assertThat(published.maskedSubUnits()).isEqualTo(1);
        assertThat(EmployerStatistics.maskedInWindow(subUnits, P)).isEqualTo(1);

        // Every quarter: the legal unit minus its sub-units as shown is zero, never the masked one's figures.
        var series = new Series(sum, P);
        for (var quarter : series.history()) {
            BigDecimal shownLost = BigDecimal.ZERO;
            BigDecimal shownPossible = BigDecimal.ZERO;
            for (var rows : subUnits.values()) {
                for (var figures : new Series(rows, P).history()) {
                    if (figures.year() == quarter.year()
                            && figures.quarter() == quarter.quarter()
                            && !figures.masked()) {
                        shownLost = shownLost.add(figures.lostWorkdays());
                        shownPossible = shownPossible.add(figures.possibleWorkdays());
                    }
                }
            }
            assertThat(quarter.lostWorkdays().subtract(shownLost)).isZero();
            assertThat(quarter.possibleWorkdays().subtract(shownPossible)).isZero();
        }
        // And over the window: the legal unit's workdays minus the sub-units' shown windows is zero too.
        var legalWindow = series.lastFourQuarters(1);
        BigDecimal subUnitWindows = subUnits.values().stream()
                .map(rows -> new Series(rows, P).lastFourQuarters(0).lostWorkdays())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(legalWindow.lostWorkdays().subtract(subUnitWindows)).isZero();
        assertThat(legalWindow.maskedSubUnits()).isEqualTo(1);
    }

    @Test
    void a_quarter_with_every_sub_unit_masked_is_masked_for_the_legal_unit_too() {
        Map<String, List<UnitQuarter>> subUnits = new LinkedHashMap<>();
        subUnits.put("M1", List.of(UnitQuarter.masked(P)));
        subUnits.put("M2", List.of(UnitQuarter.masked(P)));
        var sum = EmployerStatistics.legalUnitSum(subUnits);
        assertThat(sum).singleElement().satisfies(q -> {
            assertThat(q.masked()).isTrue();
            assertThat(q.lost()).isNull();
            assertThat(q.maskedSubUnits()).isEqualTo(2);
        });
        assertThat(new Series(sum, P).lastFourQuarters(2).masked()).isTrue();
    }
}
