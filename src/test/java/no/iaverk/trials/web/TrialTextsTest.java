package no.iaverk.trials.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import no.iaverk.trials.Adherence;
import no.iaverk.trials.Participation;
import no.iaverk.trials.StratumFactor;
import no.iaverk.trials.TrialKind;
import no.iaverk.trials.TrialStatus;
import no.iaverk.trials.analysis.WithheldReason;
import org.junit.jupiter.api.Test;

/** Every code the trial pages show has its Norwegian text, and the figures are written the Norwegian way. */
class TrialTextsTest {

    /** The reasons TrialFlow counts by (strings there, so listed here). */
    static final List<String> FLOW_REASONS = List.of(
            "NOT_ENROLLED",
            "NO_COLLABORATION",
            "CANCELLED",
            "DEVIATED",
            "UNIT_DELETED",
            "NO_STATISTICS_AFTER",
            "NOT_YET_DUE",
            "MISSING_BASELINE",
            "MISSING_FOLLOW_UP");

    @Test
    void everyCodeOnThePagesHasANorwegianText() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/templates/trials/messages.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = new ArrayList<>();
        Stream.of(WithheldReason.values()).forEach(r -> keys.add("trials.withheldReason." + r));
        Stream.of(Adherence.Deviation.values()).forEach(d -> keys.add("trials.deviation." + d));
        Stream.of(Participation.values()).forEach(p -> keys.add("trials.participation." + p));
        Stream.of(StratumFactor.values()).forEach(f -> keys.add("trials.stratum." + f));
        Stream.of(TrialStatus.values()).forEach(s -> keys.add("trials.status." + s));
        Stream.of(TrialKind.values()).forEach(k -> {
            keys.add("trials.design." + k);
            keys.add("trials.design." + k + ".help");
        });
        FLOW_REASONS.forEach(r -> keys.add("trials.reason." + r));
        for (String variable : List.of("BASELINE_PERCENT", "EMPLOYEES", "SIZE_BAND", "INDUSTRY_PROGRAMME", "COUNTY")) {
            keys.add("trials.balance." + variable);
        }
        for (String period : List.of("BASELINE", "FIRST_YEAR", "SECOND_YEAR")) {
            keys.add("trials.period." + period);
        }
        assertThat(keys)
                .allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void figuresHaveADecimalCommaARealMinusAndNoSignOnZero() {
        TrialDisplay display = new TrialDisplay();
        assertThat(display.points(-1.0234)).isEqualTo("\u22121,02");
        assertThat(display.points(-0.001)).isEqualTo("0,00");
        assertThat(display.interval(-1.5, 0.25)).isEqualTo("\u22121,50 til 0,25");
        assertThat(display.p(0.0004)).isEqualTo("< 0,001");
        assertThat(display.p(0.0456)).isEqualTo("0,046");
        assertThat(display.share(0.456)).isEqualTo("46 %");
        assertThat(display.decimal(null)).isEqualTo("–");
        assertThat(display.hours(60.5)).isEqualTo("60,5");
        assertThat(display.hours(10)).isEqualTo("10");
    }

    @Test
    void chartTicksAreRoundMultiplesOfTheStep() {
        assertThat(TrialCharts.niceTicks(-1.3, 0.2)).containsExactly(-1.0, -0.5, 0.0);
        assertThat(TrialCharts.niceTicks(0, 1.4)).containsExactly(0.0, 0.5, 1.0);
        assertThat(TrialCharts.niceTicks(0, 9.2)).containsExactly(0.0, 2.0, 4.0, 6.0, 8.0);
    }
}
