package no.iaverk.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.iaverk.demo.internal.AssistanceSelection.Assistance;
import no.iaverk.demo.internal.AssistanceSelection.Form;
import no.iaverk.demo.internal.AssistanceSelection.Site;
import no.iaverk.demo.internal.SickLeaveModel.Row;
import no.iaverk.register.Workplace;
import no.iaverk.shared.Quarter;
import org.junit.jupiter.api.Test;

/**
 * The demo's assisted enterprises are chosen as the centres choose: starts spread over the last three years, picked
 * because the figure published then was high, in every form, and the same whatever order the register lists them in.
 * The planted effect moves only the assisted workplaces' sick leave, by the points asked for, from their start on.
 */
class AssistanceSelectionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final long SEED = 2024;

    @Test
    void starts_are_spread_over_the_last_twelve_quarters_and_none_in_the_last_two_weeks() {
        List<Assistance> chosen = choose(sites());

        assertThat(chosen).hasSizeGreaterThan(20);
        Quarter current = AssistanceSelection.quarterOf(TODAY);
        assertThat(chosen).allSatisfy(a -> {
            assertThat(AssistanceSelection.quarterOf(a.started())).isBetween(current.minus(11), current);
            assertThat(a.started()).isBeforeOrEqualTo(TODAY.minusDays(AssistanceSelection.LATEST_DAYS_AGO));
        });
        assertThat(chosen.stream()
                        .map(a -> AssistanceSelection.quarterOf(a.started()))
                        .distinct())
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(chosen.stream().map(Assistance::form).distinct())
                .containsExactlyInAnyOrder(Form.TOP_ALL, Form.TOP_LISTED, Form.UNIT);
    }

    @Test
    void the_chosen_had_a_high_published_figure_when_their_assistance_started() {
        List<Site> sites = sites();
        List<Assistance> chosen = choose(sites);
        var model = new SickLeaveModel(SEED);
        double everyone = sites.stream()
                .map(s -> model.profile(s.workplace()))
                .filter(Objects::nonNull)
                .map(p -> model.draw(p, AssistanceSelection.quarterOf(TODAY).minus(2)))
                .filter(row -> row != null && row.persons() >= 5)
                .mapToDouble(row -> 100.0 * row.lost() / row.possible())
                .average()
                .orElseThrow();
        double theChosen = chosen.stream()
                .mapToDouble(Assistance::publishedPercent)
                .average()
                .orElseThrow();

        assertThat(theChosen).isGreaterThan(everyone + 1.5);
    }

    @Test
    void the_order_of_the_register_does_not_change_the_choice() {
        List<Site> sites = sites();
        List<Site> reversed = new ArrayList<>(sites);
        java.util.Collections.reverse(reversed);

        assertThat(choose(reversed)).isEqualTo(choose(sites));
    }

    @Test
    void a_collaboration_covers_its_own_enterprise_s_workplaces_only() {
        List<Site> sites = sites();
        for (Assistance assistance : choose(sites)) {
            List<String> ofEnterprise = sites.stream()
                    .filter(s -> s.legalUnit().equals(assistance.caseOrgNumber())
                            || s.workplace().orgNumber().equals(assistance.caseOrgNumber()))
                    .map(s -> s.workplace().orgNumber())
                    .toList();
            assertThat(ofEnterprise).containsAll(assistance.covered());
            switch (assistance.form()) {
                case TOP_ALL -> assertThat(assistance.covered()).containsExactlyInAnyOrderElementsOf(ofEnterprise);
                case TOP_LISTED -> assertThat(assistance.listedUnits()).hasSizeGreaterThanOrEqualTo(2);
                case UNIT -> assertThat(assistance.covered()).hasSize(1);
            }
        }
    }

    @Test
    void the_planted_effect_lowers_the_assisted_workplaces_sick_leave_by_its_points_from_their_start() {
        var model = new SickLeaveModel(SEED);
        Quarter start = Quarter.of(2025, 1);
        double lostWith = 0;
        double lostWithout = 0;
        double possible = 0;
        for (Workplace workplace : StatisticsGeneratorTest.workplaces(600)) {
            var profile = model.profile(workplace);
            if (profile == null) continue;
            var effect = new PlantedEffect(java.util.Map.of(workplace.orgNumber(), start), -1.0);
            Row before = model.draw(profile, start.previous(), effect.shift(workplace.orgNumber(), start.previous()));
            assertThat(before)
                    .as("no effect before the start")
                    .usingRecursiveComparison()
                    .isEqualTo(model.draw(profile, start.previous()));
            Row with = model.draw(profile, start, effect.shift(workplace.orgNumber(), start));
            Row without = model.draw(profile, start);
            if (with == null || without == null) continue;
            assertThat(with.possible()).isEqualTo(without.possible());
            lostWith += with.lost();
            lostWithout += without.lost();
            possible += with.possible();
        }

        assertThat(100 * (lostWith - lostWithout) / possible).isBetween(-1.1, -0.9);
        assertThat(PlantedEffect.NONE.shift("123456785", start)).isZero();
    }

    static List<Assistance> choose(List<Site> sites) {
        return new AssistanceSelection(new SickLeaveModel(SEED), SEED).choose(sites, TODAY);
    }

    /** Workplaces in lone enterprises, and every tenth enterprise with three of them, over four counties. */
    static List<Site> sites() {
        List<Workplace> workplaces = StatisticsGeneratorTest.workplaces(1500);
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < workplaces.size(); i++) {
            Workplace workplace = workplaces.get(i);
            int group = i / 3;
            String legalUnit = group % 10 == 0 ? "legal-" + group : workplace.orgNumber();
            sites.add(new Site(
                    workplace, legalUnit, List.of("03", "46", "50", "18").get(group % 4)));
        }
        return sites;
    }
}
