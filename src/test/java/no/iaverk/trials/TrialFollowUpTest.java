package no.iaverk.trials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.iaverk.IntegrationTest;
import no.iaverk.trials.analysis.TrialAnalysis;
import no.iaverk.trials.analysis.TrialAnalyzer;
import no.iaverk.trials.analysis.TrialUnit;
import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Flow, balance, adherence and analysis of {@link FollowUpFixture}'s running trial through the API. */
@IntegrationTest
class TrialFollowUpTest extends FollowUpFixture {

    @Test
    void theAnalysisIsTheAnalyzerOnTheUnitsAsRandomisedWithMaskedQuartersMissing() {
        runningTrialWithAYearOfFollowUp();
        MvcTestResult result = get("superbruker", "/api/trials/" + trial + "/analysis");
        assertThat(result).hasStatusOk();

        List<TrialUnit> expected = new ArrayList<>();
        for (int i = 0; i < ENROLLED; i++) {
            String unit = LEGAL_UNITS.get(i);
            double baseline = 0;
            for (int rel = -4; rel <= -1; rel++) baseline += percent(i, rel) / 4;
            double first = 0;
            for (int rel = 1; rel <= 4; rel++) first += percent(i, rel) / 4;
            String stratum = jdbc.sql("select stratum from trial_unit where trial_id = :t and legal_unit = :u")
                    .param("t", trial)
                    .param("u", unit)
                    .query(String.class)
                    .single();
            expected.add(new TrialUnit(
                    unit,
                    armOf.get(unit),
                    TrialFollowUp.strataValues(stratum, 1),
                    baseline,
                    i == 7 ? null : first,
                    null));
        }
        TrialAnalysis direct =
                new TrialAnalyzer(TrialAnalyzer.Settings.DEFAULT).analyse(List.of("SHORT", "LONG"), expected);
        double estimate = ((Number) read(result, "$.firstYear.arms[0].estimate")).doubleValue();
        assertThat(estimate)
                .isCloseTo(direct.firstYear().arms().get(0).estimate(), within(1e-6))
                // The allocation is random (a fresh secret per start): the noise is small enough that any allocation
                // lands within 0.35 of the planted effect (at most 0.08 per unit, before and after).
                .isCloseTo(-1.0, within(0.35));
        assertThat(((Number) read(result, "$.firstYear.arms[0].ciLow")).doubleValue())
                .isLessThan(estimate);
        assertThat(((Number) read(result, "$.firstYear.arms[0].ciHigh")).doubleValue())
                .isBetween(estimate, 0.0);
        assertThat(((Number) read(result, "$.firstYear.analysed")).intValue()).isEqualTo(ENROLLED - 1);
        assertThat((String) read(result, "$.method")).isEqualTo(TrialAnalyzer.METHOD);
        assertThat(((Number) read(result, "$.permutations")).intValue()).isGreaterThanOrEqualTo(2000);
        assertThat(((Number) read(result, "$.firstYear.arms[0].pPermutation")).doubleValue())
                .isBetween(0.0, 0.05);
        // The second year is not published: nobody is analysed, and the result says why.
        assertThat(((Number) read(result, "$.secondYear.arms[0].analysed")).intValue())
                .isZero();
        assertThat((String) read(result, "$.secondYear.arms[0].withheld")).isEqualTo("REFERENCE_FEWER_THAN_FIVE");
        assertThat((String) read(result, "$.latestPublishedQuarter"))
                .isEqualTo(TODAY.plus(4).toString());
        assertThat(auditRows("TRIAL_ANALYSIS")).isEqualTo(1);
    }

    @Test
    void theFlowCountsEveryLegalUnitOnceAtEachStep() {
        runningTrialWithAYearOfFollowUp();
        MvcTestResult flow = get("superbruker", "/api/trials/" + trial + "/flow");
        assertThat(flow).hasStatusOk();
        assertThat(((Number) read(flow, "$.assessed")).intValue()).isEqualTo(COMPANIES);
        assertThat(((Number) read(flow, "$.randomised")).intValue()).isEqualTo(ENROLLED);
        assertThat((String) read(flow, "$.excluded[0].reason")).isEqualTo("NOT_ENROLLED");
        assertThat(((Number) read(flow, "$.excluded[0].legalUnits")).intValue()).isEqualTo(COMPANIES - ENROLLED);
        List<Integer> allocated = read(flow, "$.arms[*].allocated");
        assertThat(allocated.stream().mapToInt(Integer::intValue).sum()).isEqualTo(ENROLLED);
        // Nobody has a collaboration yet: none received the allocated form.
        List<Integer> received = read(flow, "$.arms[*].receivedAllocated");
        assertThat(received).containsOnly(0);
        List<Integer> firstYear = read(flow, "$.arms[*].analysedFirstYear");
        assertThat(firstYear.stream().mapToInt(Integer::intValue).sum()).isEqualTo(ENROLLED - 1);
        String arm7 = armOf.get(LEGAL_UNITS.get(7));
        List<Integer> missing = read(
                flow,
                "$.arms[?(@.arm == '" + arm7
                        + "')].notAnalysedFirstYear[?(@.reason == 'MISSING_FOLLOW_UP')].legalUnits");
        assertThat(missing).containsExactly(1);
        List<Integer> notDue = read(flow, "$.arms[*].notAnalysedSecondYear[?(@.reason == 'NOT_YET_DUE')].legalUnits");
        assertThat(notDue.stream().mapToInt(Integer::intValue).sum()).isEqualTo(ENROLLED);
    }

    @Test
    void whileTheTrialRunsOnlySuperusersSeeFiguresByArm() {
        runningTrialWithAYearOfFollowUp();
        MvcTestResult flow = get("leser", "/api/trials/" + trial + "/flow");
        assertThat(flow).hasStatusOk();
        assertThat((Object) read(flow, "$.arms")).isNull();
        assertThat((String) read(flow, "$.armsWithheld")).contains("superbrukere");
        for (String part : List.of("balance", "adherence", "analysis")) {
            MvcTestResult refused = get("saksbehandler", "/api/trials/" + trial + "/" + part);
            assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(body(refused)).contains("mens forsøket pågår");
        }
        post("superbruker", "/api/trials/" + trial + "/close", "");
        assertThat(get("leser", "/api/trials/" + trial + "/analysis")).hasStatusOk();
        assertThat((Object) read(get("leser", "/api/trials/" + trial + "/flow"), "$.arms"))
                .isNotNull();
    }

    @Test
    void aDraftHasNoFollowUpAndAnUnknownTrialIsNotFound() {
        long draft = designed("AMONG_WILLING", "");
        assertThat(get("superbruker", "/api/trials/" + draft + "/flow")).hasStatus(HttpStatus.CONFLICT);
        assertThat(get("superbruker", "/api/trials/" + draft + "/analysis")).hasStatus(HttpStatus.CONFLICT);
        assertThat(get("superbruker", "/api/trials/999999/balance")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theBalanceTableShowsEachArmsBaselineAndTheStandardisedDifference() {
        runningTrialWithAYearOfFollowUp();
        MvcTestResult balance = get("superbruker", "/api/trials/" + trial + "/balance");
        assertThat(balance).hasStatusOk();
        Map<String, double[]> baselines = new HashMap<>();
        for (String arm : List.of("SHORT", "LONG")) {
            baselines.put(
                    arm,
                    armOf.entrySet().stream()
                            .filter(e -> e.getValue().equals(arm))
                            .mapToDouble(e -> {
                                int i = LEGAL_UNITS.indexOf(e.getKey());
                                double sum = 0;
                                for (int rel = -4; rel <= -1; rel++) sum += percent(i, rel) / 4;
                                return sum;
                            })
                            .toArray());
        }
        double shortMean = StatUtils.mean(baselines.get("SHORT"));
        double longMean = StatUtils.mean(baselines.get("LONG"));
        double pooled =
                Math.sqrt((StatUtils.variance(baselines.get("SHORT")) + StatUtils.variance(baselines.get("LONG"))) / 2);
        assertThat((String) read(balance, "$.rows[0].variable")).isEqualTo("BASELINE_PERCENT");
        assertThat(((Number) read(balance, "$.rows[0].cells[0].value")).doubleValue())
                .isCloseTo(shortMean, within(1e-9));
        assertThat(((Number) read(balance, "$.rows[0].cells[1].value")).doubleValue())
                .isCloseTo(longMean, within(1e-9));
        assertThat(((Number) read(balance, "$.rows[0].differences[0].standardised")).doubleValue())
                .isCloseTo((longMean - shortMean) / pooled, within(1e-9));
        List<String> variables = read(balance, "$.rows[*].variable");
        assertThat(variables).contains("EMPLOYEES", "SIZE_BAND", "INDUSTRY_PROGRAMME", "COUNTY");
        List<String> counties = read(balance, "$.rows[?(@.variable == 'COUNTY')].label");
        assertThat(counties).contains("Oslo");
    }

    @Test
    void adherenceFlagsWhatDepartsFromTheArm() {
        runningTrialWithAYearOfFollowUp();
        String unit = LEGAL_UNITS.get(3);
        long caseId = caseOf.get(unit);
        int version = 1;
        for (String type : List.of("TAKE_OWNERSHIP", "TO_CONTACTING", "TO_MAPPING")) {
            post(
                    "saksbehandler",
                    "/api/cases/" + caseId + "/events",
                    "{\"type\": \"%s\", \"expectedVersion\": %d}".formatted(type, version++));
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        long collaboration = ((Number) read(
                        post("saksbehandler", "/api/cases/" + caseId + "/collaborations", """
                                {"name": "Forsøkets samarbeid", "level": "UNIT", "unitOrgNumbers": ["%s"],
                                 "initiatedBy": "CENTRE", "serviceAreas": ["REDUCE_SICK_LEAVE"], "startDate": "%s",
                                 "plannedEndDate": "%s"}""".formatted(
                                        WORKPLACES.get(3), today, today.plusMonths(6))),
                        "$.id"))
                .longValue();
        // A physical meeting with staff, and more adviser hours than either arm allows; done at midnight, so it is in
        // the
        // past whatever the time of day the test runs.
        assertThat(post(
                        "saksbehandler",
                        "/api/cases/" + caseId + "/collaborations/" + collaboration + "/activities",
                        String.format(Locale.ROOT, """
                                {"startsAt": "%sT00:00", "channel": "PHYSICAL_MEETING",
                                 "serviceArea": "REDUCE_SICK_LEAVE", "participants": ["LEADER", "STAFF"],
                                 "adviserHours": 70.5, "status": "DONE"}""", today)))
                .hasStatus(HttpStatus.CREATED);

        MvcTestResult adherence = get("superbruker", "/api/trials/" + trial + "/adherence");
        assertThat(adherence).hasStatusOk();
        List<Object> rows = read(adherence, "$");
        assertThat(rows).hasSize(ENROLLED);
        String path = "$[?(@.legalUnit == '" + unit + "')]";
        List<Double> hours = read(adherence, path + ".adviserHours");
        assertThat(hours).containsExactly(70.5);
        List<String> observed = read(adherence, path + ".observedParticipation");
        assertThat(observed).containsExactly("ALL_STAFF");
        List<List<String>> deviations = read(adherence, path + ".deviations");
        List<String> expected = new ArrayList<>(List.of("OTHER_PARTICIPATION", "OVER_HOURS_CEILING"));
        if (armOf.get(unit).equals("SHORT")) expected.add("NOT_DIGITAL_ONLY");
        assertThat(deviations.get(0)).containsExactlyInAnyOrderElementsOf(expected);
        List<List<String>> other = read(adherence, "$[?(@.legalUnit == '" + LEGAL_UNITS.get(4) + "')].deviations");
        assertThat(other.get(0)).containsExactly("NO_COLLABORATION");
        assertThat(auditRows("TRIAL_ADHERENCE")).isEqualTo(1);
    }

    @Test
    void durationIsFlaggedBeyondAQuarterOfThePlanEitherWay() {
        assertThat(Adherence.toleranceMonths(6)).isEqualTo(2);
        assertThat(Adherence.toleranceMonths(2)).isEqualTo(1);
        assertThat(Adherence.toleranceMonths(18)).isEqualTo(5);
    }
}
