package no.iaverk.trials;

import static no.iaverk.statistics.StatisticsFixtures.enterprise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.iaverk.BrregJson;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.imports.ImportProgress;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.TestUsers;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.Publication;
import no.iaverk.statistics.StatisticsFixtures;
import no.iaverk.statistics.StatisticsImport;
import no.iaverk.trials.analysis.PowerCalculator;
import no.iaverk.trials.internal.ResidualSpreadStore;
import no.iaverk.trials.internal.Stratification;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The power calculator against eight published quarters of seeded statistics: 41 small legal units (10 employees; one
 * of them masked in every baseline quarter) and one without sub-units (12), 34 of 20–49 employees (four of them two
 * workplaces of 15, which count together), and 6 of 60 employees (too few for a σ). Some quarters are masked (fewer
 * than five persons) and carry absurd figures, so a σ that used them would differ.
 */
@IntegrationTest
class TrialPowerApiTest {

    static final Quarter LATEST = Quarter.of(2024, 2);
    static final List<Quarter> QUARTERS = Quarter.range(Quarter.of(2022, 3), LATEST);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    StatisticsImport statisticsImport;

    @Autowired
    Publication publication;

    @Autowired
    ResidualSpreadStore store;

    /** A seeded quarter of one workplace. */
    record Row(int persons, double lost, double possible) {
        boolean masked() {
            return persons < 5;
        }
    }

    /** A seeded legal unit: its band and its workplaces' rows per quarter (in QUARTERS order). */
    record Unit(String legalUnit, String band, Map<String, List<Row>> workplaces) {}

    final List<Unit> units = new ArrayList<>();

    @BeforeEach
    void eightPublishedQuartersOfEightyTwoLegalUnits() {
        StatisticsFixtures.clear(jdbc);
        jdbc.sql("truncate enterprise, audit_event, ia_case, case_event, collaboration, activity cascade")
                .update();
        List<String> numbers = TrialFixture.orgNumbers(950_000_00, 200);
        Random random = new Random(14);
        int next = 0;
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 81; i++) {
            String legalUnit = numbers.get(next++);
            int[] employees =
                    i < 41 ? new int[] {10} : i < 71 ? new int[] {30} : i < 75 ? new int[] {15, 15} : new int[] {60};
            String band = i < 41 ? "5-19" : i < 75 ? "20-49" : "50-99";
            String nace = i < 41 ? "88.911" : i < 75 ? "62.010" : "47.111";
            records.add(BrregJson.legalUnit(legalUnit, "FIRMA " + i + " AS", "AS", "2100", "4601"));
            double level = 3 + 5 * random.nextDouble();
            Map<String, List<Row>> workplaces = new LinkedHashMap<>();
            for (int employeesOfWorkplace : employees) {
                String workplace = numbers.get(next++);
                records.add(BrregJson.subUnit(workplace, "STED " + i, legalUnit, nace, employeesOfWorkplace));
                List<Row> rows = quarters(random, level, employeesOfWorkplace, i == 0);
                workplaces.put(workplace, rows);
            }
            units.add(new Unit(legalUnit, band, workplaces));
        }
        // A legal unit without sub-units is its own workplace (12 employees in the register: band 5-19).
        String alone = numbers.get(next);
        records.add(BrregJson.legalUnit(alone, "ENEFIRMA AS", "AS", "2100", "4601"));
        units.add(new Unit(alone, "5-19", Map.of(alone, quarters(random, 5, 12, false))));
        registerImport.run(
                List.of(TestData.text("register.json", BrregJson.array(records.toArray(String[]::new)))),
                "test",
                ImportProgress.NONE);
        for (int q = 0; q < QUARTERS.size(); q++) {
            List<String> rows = new ArrayList<>();
            for (Unit unit : units) {
                for (var workplace : unit.workplaces().entrySet()) {
                    Row row = workplace.getValue().get(q);
                    rows.add(
                            enterprise(workplace.getKey(), QUARTERS.get(q), row.persons(), row.lost(), row.possible()));
                }
            }
            StatisticsFixtures.run(
                    statisticsImport,
                    StatisticsFixtures.files()
                            .with("virksomhet.json", rows.toArray(String[]::new))
                            .asJsonFiles());
            publication.publish(QUARTERS.get(q), "test");
        }
    }

    @Test
    void theSpreadPerSizeBandIsTheResidualSdOfTheLeastSquaresLineOverVisibleQuartersOnly() {
        MvcTestResult result = get("leser", "/api/trials/power?effect=-1");
        assertThat(result).hasStatusOk();
        assertThat((List<String>) read(result, "$.bySizeBand[*].sizeBand"))
                .containsExactly("5-19", "20-49", "50-99", "100-249", "250+");
        for (String band : List.of("5-19", "20-49")) {
            SimpleRegression expected = regression(band, false);
            assertThat(((Number) band(result, band, "legalUnits")).longValue()).isEqualTo(expected.getN());
            assertThat(((Number) band(result, band, "residualSd")).doubleValue())
                    .isCloseTo(Math.sqrt(expected.getMeanSquareError()), within(1e-9));
            // With the masked quarters as if they were figures, the spread would be another.
            assertThat(Math.sqrt(regression(band, true).getMeanSquareError()))
                    .isNotCloseTo(Math.sqrt(expected.getMeanSquareError()), within(0.01));
        }
        // The legal unit masked in every baseline quarter is not counted, the one without sub-units is; the
        // two-workplace units are 20-49.
        assertThat((Integer) band(result, "5-19", "legalUnits")).isEqualTo(41);
        assertThat((Integer) band(result, "20-49", "legalUnits")).isEqualTo(34);
        assertThat((Integer) band(result, "50-99", "legalUnits")).isEqualTo(6);
        assertThat((Object) band(result, "50-99", "residualSd")).isNull();
        assertThat((String) band(result, "50-99", "withheld")).isEqualTo("FEWER_THAN_30_LEGAL_UNITS");
        assertThat((List<String>) read(result, "$.basis.baselineQuarters"))
                .containsExactly("2022K3", "2022K4", "2023K1", "2023K2");
        assertThat((List<String>) read(result, "$.basis.followUpQuarters"))
                .containsExactly("2023K3", "2023K4", "2024K1", "2024K2");
        assertThat((String) read(result, "$.method.id")).isEqualTo("ANCOVA_NORMAL_APPROXIMATION");
    }

    @Test
    void theUnitsNeededAreThePowerCalculatorsForTheEligibleUnitsSpread() {
        // Industry 62: the 34 legal units (38 workplaces) of band 20-49.
        MvcTestResult result = get("leser", "/api/trials/power?effect=-1,5&alpha=0.05&power=0.9&ratio=2&industry=62");
        assertThat(result).hasStatusOk();
        double sd = Math.sqrt(regression("20-49", false).getMeanSquareError());
        assertThat(((Number) read(result, "$.residualSd")).doubleValue()).isCloseTo(sd, within(1e-9));
        assertThat((String) read(result, "$.mix")).isEqualTo("ELIGIBLE");
        PowerCalculator.Answer answer =
                PowerCalculator.unitsNeeded(new PowerCalculator.Question(sd, -1.5, 0.05, 0.9, 2, 1));
        assertThat((Integer) read(result, "$.referenceUnits")).isEqualTo(answer.referenceUnits());
        assertThat((Integer) read(result, "$.armUnits")).isEqualTo(answer.armUnits());
        assertThat((Integer) read(result, "$.unitsPerArm")).isEqualTo(answer.armUnits());
        assertThat(((Number) read(result, "$.totalUnits")).intValue()).isEqualTo(answer.totalUnits());
        assertThat((Integer) read(result, "$.eligible")).isEqualTo(34);
        assertThat((Integer) read(result, "$.eligibleWorkplaces")).isEqualTo(38);
        assertThat((Integer) band(result, "20-49", "eligible")).isEqualTo(34);
        assertThat((Integer) band(result, "5-19", "eligible")).isZero();
        assertThat((Boolean) read(result, "$.enough")).isEqualTo(34 >= answer.totalUnits());
        assertThat(((Number) read(result, "$.dilutedEffect")).doubleValue()).isEqualTo(-1.5);
    }

    @Test
    void theSpreadIsPooledByTheEligibleMixAndByTheNationalOneWhenNoneIsEligibleInABandWithASpread() {
        double small = Math.sqrt(regression("5-19", false).getMeanSquareError());
        double medium = Math.sqrt(regression("20-49", false).getMeanSquareError());
        MvcTestResult all = get("leser", "/api/trials/power?effect=1");
        int eligibleSmall = band(all, "5-19", "eligible");
        int eligibleMedium = band(all, "20-49", "eligible");
        assertThat(eligibleSmall + eligibleMedium + (int) band(all, "50-99", "eligible"))
                .isEqualTo((Integer) read(all, "$.eligible"));
        // Industry 88: the 41 small legal units with sub-units and the one without, by its own 12 employees.
        MvcTestResult small88 = get("leser", "/api/trials/power?effect=1&industry=88");
        assertThat((Integer) read(small88, "$.eligible")).isEqualTo(42);
        assertThat((Integer) read(small88, "$.eligibleWorkplaces")).isEqualTo(42);
        assertThat((Integer) band(small88, "5-19", "eligible")).isEqualTo(42);
        assertThat(eligibleSmall).isPositive();
        assertThat(eligibleMedium).isPositive();
        assertThat(((Number) read(all, "$.residualSd")).doubleValue())
                .isCloseTo(
                        Math.sqrt((eligibleSmall * small * small + eligibleMedium * medium * medium)
                                / (eligibleSmall + eligibleMedium)),
                        within(1e-9));

        // Only the six legal units of 60 employees (industry 47), whose band has no σ: the national mix.
        MvcTestResult large = get("leser", "/api/trials/power?effect=1&industry=47");
        assertThat((Integer) read(large, "$.eligible")).isEqualTo(6);
        assertThat((String) read(large, "$.mix")).isEqualTo("NATIONAL");
        assertThat(((Number) read(large, "$.residualSd")).doubleValue())
                .isCloseTo(Math.sqrt((41 * small * small + 34 * medium * medium) / 75), within(1e-9));
    }

    @Test
    void halvingTheUptakeQuadruplesTheUnits() {
        MvcTestResult everyone = get("leser", "/api/trials/power?effect=-1");
        MvcTestResult half = get("leser", "/api/trials/power?effect=-1&uptake=0.5");
        int units = read(everyone, "$.referenceUnits");
        int halfUnits = read(half, "$.referenceUnits");
        assertThat(halfUnits).isBetween(4 * units - 3, 4 * units);
        assertThat(((Number) read(half, "$.dilutedEffect")).doubleValue()).isEqualTo(-0.5);
        double sd = ((Number) read(half, "$.residualSd")).doubleValue();
        assertThat(halfUnits)
                .isEqualTo(PowerCalculator.unitsNeeded(new PowerCalculator.Question(sd, -1, 0.05, 0.8, 1, 0.5))
                        .referenceUnits());
    }

    @Test
    void aMissingOrWrongParameterIsA400NamingItInNorwegian() {
        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("", "effect");
        wrong.put("effect=0", "effect");
        wrong.put("effect=mye", "effect");
        wrong.put("effect=-1&alpha=1", "alpha");
        wrong.put("effect=-1&alpha=x", "alpha");
        wrong.put("effect=-1&power=0", "power");
        wrong.put("effect=-1&uptake=0", "uptake");
        wrong.put("effect=-1&uptake=1.5", "uptake");
        wrong.put("effect=-1&ratio=-2", "ratio");
        wrong.put("effect=-1&ruleSetId=tre", "ruleSetId");
        wrong.put("effect=-1&minEmployees=mange", "minEmployees");
        wrong.put("effect=-1&colour=blue", "colour");
        wrong.put("effect=-1&effect=-2", "effect");
        wrong.forEach((query, parameter) -> {
            MvcTestResult result = get("leser", "/api/trials/power?" + query);
            assertThat(result).as(query).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat((String) read(result, "$.parameter")).as(query).isEqualTo(parameter);
            assertThat(body(result)).as(query).doesNotContain("Exception");
        });
        assertThat((String) read(get("leser", "/api/trials/power?effect=0"), "$.detail"))
                .contains("Effekten (effect) må være et tall forskjellig fra null");
        assertThat(get("leser", "/api/trials/power?effect=-1&ruleSetId=987654")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void readersMayAskAndTheReadIsAuditedButAnonymousMayNot() {
        assertThat(mvc.get().uri("/api/trials/power?effect=-1")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(get("leser", "/api/trials/power?effect=-1")).hasStatusOk();
        assertThat(jdbc.sql("select count(*) from audit_event where resource_type = 'TRIAL_POWER'"
                                + " and username = 'leser'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void thePageAsksTheSameQuestionKeepsWhatWasTypedAndSaysWhatIsWrong() {
        MvcTestResult empty = page("/forsok/styrke");
        assertThat(empty).hasStatusOk();
        assertThat(body(empty))
                .contains("Styrkeberegning for et forsøk", "name=\"effect\"")
                .doesNotContain("Det trengs");

        int perArm =
                ((Number) read(get("leser", "/api/trials/power?effect=-1&uptake=0.5"), "$.unitsPerArm")).intValue();
        MvcTestResult answered = page("/forsok/styrke?effect=-1,0&uptake=0,5&alpha=&ruleSetId=&county=");
        assertThat(answered).hasStatusOk();
        assertThat(body(answered))
                .contains("Det trengs " + perArm + " juridiske enheter i den sammenlignede armen")
                .contains("value=\"-1,0\"", "value=\"0,5\"")
                .contains("Restspredning per størrelsesgruppe");

        MvcTestResult wrong = page("/forsok/styrke?effect=mye");
        assertThat(wrong).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(body(wrong)).contains("role=\"alert\"", "value=\"mye\"").doesNotContain("Det trengs");
        assertThat(mvc.get().uri("/forsok/styrke")).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void withoutEnoughStatisticsTheAnswerIsAConflictThatSaysSo() {
        StatisticsFixtures.clear(jdbc);
        MvcTestResult result = get("leser", "/api/trials/power?effect=-1");
        assertThat(result).hasStatus(HttpStatus.CONFLICT);
        assertThat((String) read(result, "$.detail")).contains("for lite statistikk");
    }

    @Test
    void theSqlSizeBandsAreTheStratificationsFromFiveEmployeesUp() {
        for (int employees : new int[] {5, 19, 20, 49, 50, 99, 100, 249, 250, 5000}) {
            assertThat(store.sizeBandOf(employees)).isEqualTo(Stratification.sizeBand(employees));
        }
        assertThat(store.sizeBandOf(4)).isNull();
        assertThat(store.sizeBandOf(0)).isNull();
    }

    /** A workplace's eight quarters around its level; some masked, and all baseline quarters when asked. */
    private static List<Row> quarters(Random random, double level, int persons, boolean maskedBaseline) {
        double possible = 400 + random.nextInt(2000);
        List<Row> rows = new ArrayList<>();
        for (int q = 0; q < QUARTERS.size(); q++) {
            boolean followUp = q >= 4;
            double percent = followUp ? 2 + 0.6 * level + 2 * random.nextGaussian() : level + random.nextGaussian();
            boolean masked = (maskedBaseline && !followUp) || random.nextInt(10) == 0;
            rows.add(
                    masked
                            ? new Row(3, round(possible * 0.9), possible)
                            : new Row(persons, round(possible * Math.max(0.1, percent) / 100), possible));
        }
        return rows;
    }

    /** The band's least-squares line of outcome on baseline, over the legal units' visible (or all) quarters. */
    private SimpleRegression regression(String band, boolean includeMasked) {
        SimpleRegression regression = new SimpleRegression();
        for (Unit unit : units) {
            if (!unit.band().equals(band)) {
                continue;
            }
            double[] sums = new double[4]; // baseline lost, baseline possible, outcome lost, outcome possible
            for (List<Row> rows : unit.workplaces().values()) {
                for (int q = 0; q < rows.size(); q++) {
                    Row row = rows.get(q);
                    if (row.masked() && !includeMasked) {
                        continue;
                    }
                    int period = q < 4 ? 0 : 2;
                    sums[period] += row.lost();
                    sums[period + 1] += row.possible();
                }
            }
            if (sums[1] > 0 && sums[3] > 0) {
                regression.addData(100 * sums[0] / sums[1], 100 * sums[2] / sums[3]);
            }
        }
        return regression;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private <T> T band(MvcTestResult result, String band, String field) {
        List<T> values = read(result, "$.bySizeBand[?(@.sizeBand == '" + band + "')]." + field);
        return values.get(0);
    }

    private MvcTestResult page(String uri) {
        return mvc.get().uri(uri).with(user(TestUsers.reader())).exchange();
    }

    private MvcTestResult get(String user, String uri) {
        return mvc.get().uri(uri).with(httpBasic(user, "demo")).exchange();
    }

    private static <T> T read(MvcTestResult result, String path) {
        return JsonPath.read(body(result), path);
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
