package no.iaverk.trials;

import static no.iaverk.statistics.StatisticsFixtures.enterprise;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import no.iaverk.BrregJson;
import no.iaverk.TestData;
import no.iaverk.imports.ImportProgress;
import no.iaverk.register.RegisterImport;
import no.iaverk.shared.OrgNumber;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.Publication;
import no.iaverk.statistics.StatisticsFixtures;
import no.iaverk.statistics.StatisticsImport;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Thirty companies (legal units) in Oslo and Bergen, each with one workplace and the first five with a second one,
 * of 10, 30 or 60 employees (two of 300), with four published quarters of statistics.
 */
abstract class TrialFixture {

    static final Quarter P = Quarter.of(2024, 2);
    static final int COMPANIES = 30;

    /** Legal units, then their workplaces: WORKPLACES.get(i) belongs to LEGAL_UNITS.get(i). */
    static final List<String> LEGAL_UNITS = new ArrayList<>();

    static final List<String> WORKPLACES = new ArrayList<>();

    /** The second workplaces of the first five companies. */
    static final List<String> SECOND_WORKPLACES = new ArrayList<>();

    static {
        List<String> numbers = orgNumbers(930_000_00, COMPANIES * 2 + 5);
        LEGAL_UNITS.addAll(numbers.subList(0, COMPANIES));
        WORKPLACES.addAll(numbers.subList(COMPANIES, 2 * COMPANIES));
        SECOND_WORKPLACES.addAll(numbers.subList(2 * COMPANIES, 2 * COMPANIES + 5));
    }

    /** A valid organisation number nobody in the fixture has. */
    static final String STRANGER = orgNumbers(940_000_00, 1).get(0);

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

    @BeforeEach
    void thirtyCompaniesWithFourPublishedQuarters() {
        StatisticsFixtures.clear(jdbc);
        jdbc.sql("truncate trial, trial_arm, trial_eligible, trial_unit, trial_stratum, trial_sealed, trial_slot,"
                        + " trial_allocation cascade")
                .update();
        jdbc.sql("truncate enterprise, audit_event, ia_case, case_event, collaboration, activity cascade")
                .update();
        List<String> records = new ArrayList<>();
        List<String> statistics = new ArrayList<>();
        for (int i = 0; i < COMPANIES; i++) {
            boolean oslo = i % 2 == 0;
            records.add(BrregJson.legalUnit(
                    LEGAL_UNITS.get(i), "FIRMA " + i + " AS", "AS", "2100", oslo ? "0301" : "4601"));
            int employees = i < 2 ? 300 : List.of(10, 30, 60).get(i % 3);
            records.add(workplace(WORKPLACES.get(i), "ARBEIDSSTED " + i, LEGAL_UNITS.get(i), employees, oslo));
            statistics.add(WORKPLACES.get(i));
            if (i < SECOND_WORKPLACES.size()) {
                records.add(workplace(SECOND_WORKPLACES.get(i), "FILIAL " + i, LEGAL_UNITS.get(i), 20, oslo));
            }
        }
        registerImport.run(
                List.of(TestData.text("register.json", BrregJson.array(records.toArray(String[]::new)))),
                "test",
                ImportProgress.NONE);
        List<Quarter> quarters = Quarter.range(P.previous().previous().previous(), P);
        for (Quarter q : quarters) {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < statistics.size(); i++) {
                rows.add(enterprise(statistics.get(i), q, 10 + i, 20 + i * 3, 1000));
            }
            StatisticsFixtures.run(
                    statisticsImport,
                    StatisticsFixtures.files()
                            .with("virksomhet.json", rows.toArray(String[]::new))
                            .asJsonFiles());
        }
        publication.publish(P, "test");
    }

    private static String workplace(String org, String name, String parent, int employees, boolean oslo) {
        return oslo
                ? BrregJson.subUnit(org, name, parent, "62.010", employees, "0301", "OSLO", "")
                : BrregJson.subUnit(org, name, parent, "88.911", employees);
    }

    static List<String> orgNumbers(int firstEight, int count) {
        List<String> numbers = new ArrayList<>();
        for (int prefix = firstEight; numbers.size() < count; prefix++) {
            String eight = String.valueOf(prefix);
            Integer check = OrgNumber.checkDigit(eight);
            if (check != null) {
                numbers.add(eight + check);
            }
        }
        return numbers;
    }

    static String design(String kind, String strata) {
        return """
                {"name": "Kort eller lang bistand", "question": "Gir et lengre samarbeid lavere sykefravær?",
                 "design": "%s",
                 "arms": [
                   {"code": "SHORT", "name": "Kort", "plannedMonths": 6, "participation": "LEADERS_ONLY",
                    "digitalOnly": true, "maxAdviserHours": 10, "description": "Digitale verktøy for lederne",
                    "ratio": 1},
                   {"code": "LONG", "name": "Lang", "plannedMonths": 18, "participation": "PARTY_GROUP",
                    "digitalOnly": false, "maxAdviserHours": 60.5, "description": "Partssamarbeid med rådgiver",
                    "ratio": 1}],
                 "filters": {"minEmployees": 5}, "strata": [%s]}""".formatted(kind, strata);
    }

    long designed(String kind, String strata) {
        MvcTestResult result = post("superbruker", "/api/trials", design(kind, strata));
        return ((Number) read(result, "$.id")).longValue();
    }

    long started(String kind, String strata) {
        long id = designed(kind, strata);
        post("superbruker", "/api/trials/" + id + "/start", "");
        return id;
    }

    MvcTestResult post(String user, String uri, String body) {
        return mvc.post()
                .uri(uri)
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    MvcTestResult get(String user, String uri) {
        return mvc.get().uri(uri).with(httpBasic(user, "demo")).exchange();
    }

    MvcTestResult enrol(String user, long trial, String orgNumber) {
        return post(user, "/api/trials/" + trial + "/enrolments", "{\"orgNumber\": \"" + orgNumber + "\"}");
    }

    static <T> T read(MvcTestResult result, String path) {
        return JsonPath.read(body(result), path);
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
