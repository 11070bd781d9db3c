package no.iaverk.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import no.iaverk.IntegrationTest;
import no.iaverk.evaluation.EffectEstimate;
import no.iaverk.evaluation.EffectEvaluation;
import no.iaverk.evaluation.EffectFilter;
import no.iaverk.evaluation.web.EffectHistory;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Cost-benefit on the evaluation's own published test history ({@link EffectHistory}: 20 kindergartens assisted by
 * {@value EffectHistory#UNIT} from 15 January 2092, sick leave down a planted 2.0 points), with 2.0 adviser hours on
 * each of its eight held meetings: the row carries the evaluation's estimate for the same centre and starts, turned
 * into money by the documented formula.
 */
@IntegrationTest
class CostBenefitEstimateTest {

    static final String PERIOD = "from=2092-01-01&to=2092-03-31";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EffectEvaluation evaluation;

    @BeforeEach
    void theEffectHistoryWithHours() {
        EffectHistory.create(jdbc);
        jdbcTemplate.update("insert into nav_unit (code, name) values (?, 'Effektsenteret')", EffectHistory.UNIT);
        jdbcTemplate.update(
                "update activity set adviser_hours = 2.0 where case_id in (select id from ia_case where unit_code = ?)",
                EffectHistory.UNIT);
    }

    @AfterEach
    void removeIt() {
        EffectHistory.remove(jdbc);
        jdbcTemplate.update("delete from nav_unit where code = ?", EffectHistory.UNIT);
    }

    @Test
    void the_centre_s_row_is_the_evaluation_s_days_avoided_times_the_cost_per_day_against_its_hours() {
        EffectEstimate estimate = evaluation.estimate(new EffectFilter(
                EffectHistory.UNIT,
                null,
                null,
                null,
                null,
                null,
                null,
                LocalDate.of(2092, 1, 1),
                LocalDate.of(2092, 3, 31),
                null,
                null));
        assertThat(estimate.lostWorkdaysAvoided()).isNotNull();
        double days = estimate.lostWorkdaysAvoided().perYear();
        BigDecimal value =
                BigDecimal.valueOf(days).multiply(BigDecimal.valueOf(4700)).setScale(0, RoundingMode.HALF_UP);
        BigDecimal ratio = BigDecimal.valueOf(days)
                .multiply(BigDecimal.valueOf(4700))
                .divide(BigDecimal.valueOf(16_000), 2, RoundingMode.HALF_UP);

        var response = mvc.get()
                .uri("/api/reports/cost-benefit?" + PERIOD + "&unit=" + EffectHistory.UNIT)
                .with(user(TestUsers.reader()));

        assertThat(response).hasStatusOk();
        var json = assertThat(response).bodyJson();
        json.extractingPath("$.byCentre[0].collaborations").isEqualTo(20);
        json.extractingPath("$.byCentre[0].hours.hours").isEqualTo(16.0);
        json.extractingPath("$.byCentre[0].hours.complete").isEqualTo(true);
        json.extractingPath("$.byCentre[0].cost").isEqualTo(16000);
        json.extractingPath("$.byCentre[0].benefit.available").isEqualTo(true);
        json.extractingPath("$.byCentre[0].benefit.treated").isEqualTo(estimate.treated());
        json.extractingPath("$.byCentre[0].benefit.value.estimate").isEqualTo(value.intValueExact());
        json.extractingPath("$.byCentre[0].benefit.ratio.estimate").isEqualTo(ratio.doubleValue());
        // The planted fall of 2.0 points is within the first year's interval, and the interval is carried through.
        json.extractingPath("$.byCentre[0].benefit.effect.low")
                .asNumber()
                .satisfies(low -> assertThat(low.doubleValue()).isLessThan(-2.0));
        json.extractingPath("$.byCentre[0].benefit.effect.high")
                .asNumber()
                .satisfies(high -> assertThat(high.doubleValue()).isGreaterThan(-2.0));
        json.extractingPath("$.byCentre[0].benefit.value.low")
                .asNumber()
                .satisfies(low -> assertThat(low.longValue()).isLessThan(value.longValue()));
        json.extractingPath("$.byCentre[0].benefit.value.high")
                .asNumber()
                .satisfies(high -> assertThat(high.longValue()).isGreaterThan(value.longValue()));
        // The kindergartens' programme and process assistance are the same twenty starts.
        json.extractingPath("$.byProgramme[0].code").isEqualTo("BARNEHAGER");
        json.extractingPath("$.byProgramme[0].benefit.value.estimate").isEqualTo(value.intValueExact());
        json.extractingPath("$.byAssistanceForm[0].code").isEqualTo("PROCESS");
        json.extractingPath("$.byAssistanceForm[0].benefit.available").isEqualTo(true);
    }
}
