package no.iaverk.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import no.iaverk.BrregJson;
import no.iaverk.TestData;
import no.iaverk.imports.ImportProgress;
import no.iaverk.register.RegisterImport;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Two kindergartens of Bergen municipality, and the HTTP calls the case API tests make as the demo users. */
abstract class CaseApiFixture {

    static final String MUNICIPALITY = "910000004";
    static final String KINDERGARTEN = "910000020";
    static final String OTHER = "910000039";
    static final LocalDate TODAY = LocalDate.now(CaseLifecycle.ZONE);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    @BeforeEach
    void anEnterpriseWithTwoKindergartens() {
        jdbc.sql(
                        "truncate ia_case, case_event, collaboration, collaboration_milestone, plan_item, activity, audit_event cascade")
                .update();
        registerImport.run(
                List.of(TestData.text(
                        "register.json",
                        BrregJson.array(
                                BrregJson.legalUnit(MUNICIPALITY, "BERGEN KOMMUNE", "KOMM", "6500", "4601"),
                                BrregJson.subUnit(KINDERGARTEN, "ALFA BARNEHAGE", MUNICIPALITY, "88.911", 60),
                                BrregJson.subUnit(OTHER, "BETA BARNEHAGE", MUNICIPALITY, "88.911", 30)))),
                "test",
                ImportProgress.NONE);
    }

    long startCase(String orgNumber) {
        return id(post("superbruker", "/api/cases", start(orgNumber)));
    }

    static String start(String orgNumber) {
        return "{\"orgNumber\": \"%s\", \"background\": \"CENTRE_INITIATIVE\"}".formatted(orgNumber);
    }

    static String collaboration(LocalDate plannedEnd) {
        return """
                {"name": "Barnehagene", "level": "TOP", "unitOrgNumbers": ["%s", "%s"], "initiatedBy": "CENTRE",
                 "serviceAreas": ["REDUCE_SICK_LEAVE"], "startDate": "%s", "plannedEndDate": %s}""".formatted(KINDERGARTEN, OTHER, TODAY, plannedEnd == null ? "null" : "\"" + plannedEnd + "\"");
    }

    static String activity(String status, LocalDate date) {
        return """
                {"startsAt": "%sT09:30", "channel": "PHYSICAL_MEETING", "serviceArea": "REDUCE_SICK_LEAVE",
                 "participants": ["LEADER", "UNION_REPRESENTATIVE", "SAFETY_REPRESENTATIVE"], "status": "%s",
                 "note": "Oppstartsmøte med partene"}""".formatted(date, status);
    }

    MvcTestResult event(String user, long id, String type, int expectedVersion) {
        return post(
                user,
                "/api/cases/" + id + "/events",
                "{\"type\": \"%s\", \"expectedVersion\": %d}".formatted(type, expectedVersion));
    }

    MvcTestResult post(String user, String uri, String body) {
        return mvc.post()
                .uri(uri)
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    MvcTestResult put(String user, String uri, String body) {
        return mvc.put()
                .uri(uri)
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    MvcTestResult get(String user, String uri) {
        return mvc.get().uri(uri).with(httpBasic(user, "demo")).exchange();
    }

    static long id(MvcTestResult result) {
        try {
            return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
