package no.iaverk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import no.iaverk.prioritization.PriorityFilters;
import no.iaverk.prioritization.PriorityList;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.trials.PowerEstimate;
import no.iaverk.trials.PowerRequest;
import no.iaverk.trials.TrialPower;
import no.iaverk.trials.internal.ResidualSpreadStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The power calculator behind {@code GET /api/trials/power} on the national database bench/statistics.sh leaves (every
 * imported quarter marked published): the first estimate (σ per size band from the national statistics, one SQL
 * query), the same again (σ kept until the next publication), and one with a filter; first the σ query, the whole
 * call list and the eligible legal units' size bands alone. Prints each band's σ.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "iaverk.demo.enabled=false")
class TrialPowerBench {

    static final CurrentUser READER = new CurrentUser("bench", "Bench", Role.READER, "VESTLAND");

    @Autowired
    TrialPower power;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResidualSpreadStore store;

    @Autowired
    PriorityList callList;

    @Autowired
    PriorityFilters filters;

    @Test
    void power_at_national_scale() {
        long workplaces = jdbc.sql("select count(*) from register_workplace").query(Long.class).single();
        assertThat(workplaces).as("run bench/statistics.sh first").isGreaterThan(200_000);
        jdbc.sql("update sick_leave_quarter set published_at = now() where published_at is null").update();

        long start = System.nanoTime();
        var bands = store.residualSpreadBySizeBand();
        System.out.printf("POWER σ query alone (%d bands): %.2f s%n", bands.size(), (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        var all = callList.orgNumbers(filters.parse(new LinkedMultiValueMap<>()), READER);
        System.out.printf("POWER call list, whole country (%d workplaces): %.2f s%n", all.size(), (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        var eligible = store.eligibleLegalUnitsBySizeBand(all);
        System.out.printf("POWER eligible bands (%d): %.2f s%n", eligible.size(), (System.nanoTime() - start) / 1e9);
        PowerEstimate first = time("first estimate, whole country (computes σ)", "effect=-1");
        first.bySizeBand()
                .forEach(band -> System.out.printf(
                        "POWER band %-7s %7d legal units  σ %s  eligible %d%n",
                        band.sizeBand(), band.legalUnits(), band.residualSd(), band.eligible()));
        System.out.printf(
                "POWER σ %.3f pp (%s mix), per arm %d, total %d, eligible %d legal units (%d workplaces), %s → %s%n",
                first.residualSd(),
                first.mix(),
                first.unitsPerArm(),
                first.totalUnits(),
                first.eligible(),
                first.eligibleWorkplaces(),
                first.basis().baselineQuarters(),
                first.basis().followUpQuarters());
        time("same again (σ kept)", "effect=-1");
        PowerEstimate county = time("county 46, uptake 0.3 (σ kept)", "effect=-1&uptake=0.3&county=46");
        System.out.printf(
                "POWER county 46, uptake 0.3: per arm %d, eligible %d%n", county.unitsPerArm(), county.eligible());
    }

    private PowerEstimate time(String what, String query) {
        var parameters = new LinkedMultiValueMap<String, String>();
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.add(parts[0], parts[1]);
        }
        long start = System.nanoTime();
        PowerEstimate estimate = power.estimate(PowerRequest.parse(parameters), READER);
        System.out.printf("POWER %s: %.2f s%n", what, (System.nanoTime() - start) / 1e9);
        return estimate;
    }
}
