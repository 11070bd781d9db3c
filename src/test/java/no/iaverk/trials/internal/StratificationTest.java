package no.iaverk.trials.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.iaverk.trials.StratumFactor;
import org.junit.jupiter.api.Test;

class StratificationTest {

    @Test
    void smallStrataAreMergedIntoOtherAndNoStratumIsLeftBelowTwoBlocks() {
        List<Stratification.Unit> units = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            units.add(unit("A" + i, "BARNEHAGER", "46", 30, "5"));
        }
        for (int i = 0; i < 10; i++) {
            units.add(unit("B" + i, "SYKEHJEM", "46", 30, "6"));
        }
        units.add(unit("C0", "BYGG", "03", 30, "7"));
        units.add(unit("C1", null, "03", 30, "7"));
        Map<String, String> strata = Stratification.assign(units, List.of(StratumFactor.INDUSTRY_PROGRAMME), 8);
        Map<String, Integer> sizes = Stratification.sizes(strata);
        // BYGG (1) and NONE (1) make OTHER (2), too small itself, so it joins the smallest real stratum (SYKEHJEM, 10).
        assertThat(sizes)
                .containsEntry("INDUSTRY_PROGRAMME=BARNEHAGER", 20)
                .containsEntry(Stratification.OTHER, 12)
                .hasSize(2);
    }

    @Test
    void randomListsNeverLeaveAStratumSmallerThanTheMinimum() {
        Random random = new Random(42);
        List<StratumFactor> factors = List.of(StratumFactor.SIZE_BAND, StratumFactor.COUNTY);
        for (int trial = 0; trial < 300; trial++) {
            int count = 8 + random.nextInt(80);
            List<Stratification.Unit> units = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                units.add(new Stratification.Unit(
                        "U" + i,
                        null,
                        List.of("03", "46", "50", "18").get(random.nextInt(4)),
                        random.nextInt(400),
                        random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(120), 1) : null));
            }
            int minimum = 8;
            Map<String, Integer> sizes = Stratification.sizes(Stratification.assign(units, factors, minimum));
            assertThat(sizes.values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(count);
            if (sizes.size() > 1) {
                assertThat(sizes.values()).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(minimum));
            }
            assertThat(sizes.values()).allSatisfy(size -> assertThat(size).isGreaterThan(1));
        }
    }

    @Test
    void baselineTertilesSplitByRankAndUnitsWithoutBaselineStandApart() {
        List<Stratification.Unit> units = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            units.add(unit("U" + i, null, null, 10, String.valueOf(i)));
        }
        units.add(new Stratification.Unit("X", null, null, 10, null));
        Map<String, String> strata = Stratification.assign(units, List.of(StratumFactor.BASELINE_TERTILE), 1);
        assertThat(strata)
                .containsEntry("U0", "BASELINE_TERTILE=T1")
                .containsEntry("U4", "BASELINE_TERTILE=T2")
                .containsEntry("U8", "BASELINE_TERTILE=T3")
                .containsEntry("X", "BASELINE_TERTILE=NONE");
    }

    @Test
    void sizeBandsFollowTheStatisticsBands() {
        assertThat(Stratification.sizeBand(5)).isEqualTo("5-19");
        assertThat(Stratification.sizeBand(20)).isEqualTo("20-49");
        assertThat(Stratification.sizeBand(99)).isEqualTo("50-99");
        assertThat(Stratification.sizeBand(249)).isEqualTo("100-249");
        assertThat(Stratification.sizeBand(250)).isEqualTo("250+");
    }

    private static Stratification.Unit unit(String id, String programme, String county, int employees, String pct) {
        return new Stratification.Unit(id, programme, county, employees, new BigDecimal(pct));
    }
}
