package no.iaverk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import no.iaverk.BrregJson;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.imports.ImportProgress;
import no.iaverk.register.RegisterImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The case API end to end: roles, the lifecycle through HTTP, the 409 on a stale version, collaborations, activities. */
@IntegrationTest
class CasesApiTest {

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

    @Test
    void a_superuser_starts_an_assessment_and_gets_the_case() {
        assertThat(post("superbruker", "/api/cases", """
                        {"orgNumber": "%s", "background": "ENTERPRISE_REQUEST"}""".formatted(KINDERGARTEN)))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.id").isNotNull();
                    assertThat(json).extractingPath("$.orgNumber").isEqualTo(KINDERGARTEN);
                    assertThat(json).extractingPath("$.enterpriseName").isEqualTo("ALFA BARNEHAGE");
                    assertThat(json).extractingPath("$.status").isEqualTo("ASSESSING");
                    assertThat(json).extractingPath("$.owner").isNull();
                    assertThat(json).extractingPath("$.version").isEqualTo(1);
                    assertThat(json).extractingPath("$.background").isEqualTo("ENTERPRISE_REQUEST");
                    assertThat(json).extractingPath("$.unitCode").isEqualTo("VESTLAND");
                    assertThat(json).extractingPath("$.events[0].type").isEqualTo("STARTED");
                    assertThat(json).extractingPath("$.events[0].actor").isEqualTo("superbruker");
                });
    }

    @Test
    void starting_is_for_superusers_once_per_enterprise_for_a_known_enterprise_with_a_background() {
        assertThat(post("saksbehandler", "/api/cases", start(KINDERGARTEN))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post("leser", "/api/cases", start(KINDERGARTEN))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post("superbruker", "/api/cases", start(KINDERGARTEN))).hasStatus(HttpStatus.CREATED);
        assertThat(post("superbruker", "/api/cases", start(KINDERGARTEN)))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("allerede en åpen sak");
        assertThat(post("superbruker", "/api/cases", start("910000098"))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post("superbruker", "/api/cases", start("123"))).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(post("superbruker", "/api/cases", "{\"orgNumber\": \"%s\"}".formatted(OTHER)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(post("superbruker", "/api/cases", "not json")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void a_stale_version_gets_409_and_changes_nothing() {
        long id = startCase(KINDERGARTEN);
        assertThat(event("saksbehandler", id, "TAKE_OWNERSHIP", 1)).hasStatusOk();
        assertThat(event("saksbehandler", id, "TO_CONTACTING", 1))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("endret av noen andre");
        assertThat(get("leser", "/api/cases/" + id)).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.version").isEqualTo(2);
            assertThat(json).extractingPath("$.status").isEqualTo("ASSESSING");
            assertThat(json).extractingPath("$.events.length()").isEqualTo(2);
        });
    }

    @Test
    void invalid_transitions_missing_reasons_and_the_wrong_person_are_problems_that_say_why() {
        long id = startCase(KINDERGARTEN);
        assertThat(event("superbruker", id, "TO_CONTACTING", 1))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("ingen eier");
        assertThat(event("saksbehandler", id, "TAKE_OWNERSHIP", 1)).hasStatusOk();
        assertThat(event("saksbehandler", id, "TO_MAPPING", 2))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("Kontaktes");
        assertThat(event("superbruker", id, "TO_CONTACTING", 2))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("Sindre Saksbehandler");
        assertThat(post("saksbehandler", "/api/cases/" + id + "/events", """
                        {"type": "NOT_RELEVANT", "expectedVersion": 2}"""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("årsak");
        assertThat(post("saksbehandler", "/api/cases/" + id + "/events", """
                        {"type": "FLY", "expectedVersion": 2}""")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(event("leser", id, "FOLLOW", 2)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post("saksbehandler", "/api/cases/" + id + "/events", """
                        {"type": "NOT_RELEVANT", "expectedVersion": 2, "reason": "NAV_DECLINES",
                         "justifications": ["TOO_FEW_LOST_WORKDAYS"], "reassessAfter": "%s"}""".formatted(TODAY.plusMonths(6))))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.status").isEqualTo("NOT_RELEVANT");
                    assertThat(json)
                            .extractingPath("$.reassessAfter")
                            .isEqualTo(TODAY.plusMonths(6).toString());
                    assertThat(json).extractingPath("$.events[2].reason").isEqualTo("NAV_DECLINES");
                    assertThat(json)
                            .extractingPath("$.events[2].justifications[0]")
                            .isEqualTo("TOO_FEW_LOST_WORKDAYS");
                    assertThat(json).extractingPath("$.events[2].actorRole").isEqualTo("CASEWORKER");
                    assertThat(json).extractingPath("$.events[2].actorUnit").isEqualTo("VESTLAND");
                });
        assertThat(post("superbruker", "/api/cases/999999/events", "{\"type\": \"FOLLOW\", \"expectedVersion\": 1}"))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void a_whole_collaboration_from_mapping_to_completion() {
        long id = startCase(KINDERGARTEN);
        event("saksbehandler", id, "TAKE_OWNERSHIP", 1);
        event("saksbehandler", id, "TO_CONTACTING", 2);
        assertThat(post("saksbehandler", "/api/cases/" + id + "/collaborations", collaboration(TODAY.plusMonths(6))))
                .hasStatus(HttpStatus.CONFLICT);
        event("saksbehandler", id, "TO_MAPPING", 3);

        assertThat(post("saksbehandler", "/api/cases/" + id + "/collaborations", collaboration(null)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.plannedEndDate")
                .asString()
                .contains("tidsavgrenset");
        assertThat(post("superbruker", "/api/cases/" + id + "/collaborations", collaboration(TODAY.plusMonths(6))))
                .hasStatus(HttpStatus.FORBIDDEN);
        var created = post("saksbehandler", "/api/cases/" + id + "/collaborations", collaboration(TODAY.plusMonths(6)));
        assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.name").isEqualTo("Barnehagene");
            assertThat(json).extractingPath("$.level").isEqualTo("TOP");
            assertThat(json).extractingPath("$.unitOrgNumbers").asArray().containsExactly(KINDERGARTEN, OTHER);
            assertThat(json).extractingPath("$.status").isEqualTo("ACTIVE");
            assertThat(json).extractingPath("$.milestones.length()").isEqualTo(6);
            assertThat(json).extractingPath("$.plan[0].serviceCode").isEqualTo("PARTY_COOPERATION");
        });
        long collaboration = id(created);
        String base = "/api/cases/" + id + "/collaborations/" + collaboration;

        assertThat(post("saksbehandler", base + "/complete", ""))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("uten en plan");
        assertThat(put("saksbehandler", base + "/plan", """
                        {"goals": "Færre langtidsfravær", "items": [
                          {"serviceCode": "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", "included": true,
                           "startDate": "%s", "endDate": "%s", "status": "IN_PROGRESS"},
                          {"serviceCode": "NO_SUCH_SERVICE", "included": true}]}""".formatted(TODAY, TODAY.plusMonths(2))))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(put("saksbehandler", base + "/plan", """
                        {"goals": "Færre langtidsfravær", "items": [
                          {"serviceCode": "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", "included": true,
                           "startDate": "%s", "endDate": "%s", "status": "IN_PROGRESS"}]}""".formatted(TODAY, TODAY.plusMonths(2))))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.goals").isEqualTo("Færre langtidsfravær");
                    assertThat(json)
                            .extractingPath("$.plan[?(@.serviceCode == 'SICK_LEAVE_FOLLOW_UP_CONVERSATIONS')].included")
                            .asArray()
                            .containsExactly(true);
                    assertThat(json)
                            .extractingPath("$.plan[?(@.serviceCode == 'SICK_LEAVE_FOLLOW_UP_CONVERSATIONS')].status")
                            .asArray()
                            .containsExactly("IN_PROGRESS");
                });
        assertThat(put("saksbehandler", base + "/milestones/INITIAL_MEETING", "{\"date\": \"%s\"}".formatted(TODAY)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.milestones[0].date")
                .isEqualTo(TODAY.toString());
        assertThat(put("saksbehandler", base + "/milestones/NEEDS_ASSESSMENT", "{\"notRelevant\": true}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.milestones[1].notRelevant")
                .isEqualTo(true);

        assertThat(event("saksbehandler", id, "COMPLETE", 4)).hasStatus(HttpStatus.CONFLICT);
        event("saksbehandler", id, "TO_ASSISTING", 4);
        assertThat(event("saksbehandler", id, "COMPLETE", 5))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("aktive");
        assertThat(post("saksbehandler", base + "/complete", ""))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.collaboration.status").isEqualTo("COMPLETED");
                    assertThat(json).extractingPath("$.warnings[0]").asString().contains("uten evaluering");
                });
        assertThat(put("saksbehandler", base + "/plan", "{\"items\": []}")).hasStatus(HttpStatus.CONFLICT);
        assertThat(event("saksbehandler", id, "COMPLETE", 5))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.status").isEqualTo("COMPLETED");
                    assertThat(json)
                            .extractingPath("$.collaborations[0].status")
                            .isEqualTo("COMPLETED");
                    assertThat(json).extractingPath("$.locked").isEqualTo(false);
                });
        assertThat(get("leser", "/api/enterprises/" + KINDERGARTEN + "/cases"))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$[0].id").isEqualTo((int) id);
                    assertThat(json).extractingPath("$[0].status").isEqualTo("COMPLETED");
                });
    }

    @Test
    void followers_work_on_collaborations_and_log_activities_and_others_do_not() {
        long id = startCase(KINDERGARTEN);
        event("saksbehandler", id, "TAKE_OWNERSHIP", 1);
        assertThat(post("superbruker", "/api/cases/" + id + "/activities", activity("PLANNED", TODAY.minusDays(1))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(event("superbruker", id, "FOLLOW", 2))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.followers[0]")
                .isEqualTo("superbruker");
        var planned = post("superbruker", "/api/cases/" + id + "/activities", activity("PLANNED", TODAY.minusDays(1)));
        assertThat(planned).hasStatus(HttpStatus.CREATED).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.channel").isEqualTo("PHYSICAL_MEETING");
            assertThat(json)
                    .extractingPath("$.participants")
                    .asArray()
                    .containsExactly("LEADER", "UNION_REPRESENTATIVE", "SAFETY_REPRESENTATIVE");
            assertThat(json).extractingPath("$.overdue").isEqualTo(true);
            assertThat(json).extractingPath("$.ownerName").isEqualTo("Siri Superbruker");
        });
        assertThat(get("superbruker", "/api/cases")).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$[0].id").isEqualTo((int) id);
            assertThat(json).extractingPath("$[0].overdueActivities").isEqualTo(1);
        });
        assertThat(put(
                        "superbruker",
                        "/api/cases/" + id + "/activities/" + id(planned) + "/status",
                        "{\"status\": \"DONE\"}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.overdue")
                .isEqualTo(false);
        assertThat(post("saksbehandler", "/api/cases/" + id + "/activities", """
                        {"startsAt": "%sT10:00", "channel": "PHONE", "status": "DONE", "unitCount": 3}""".formatted(TODAY)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.unitCount")
                .isNotNull();
        assertThat(post("saksbehandler", "/api/cases/" + id + "/activities", "{\"status\": \"DONE\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.errors.startsAt").isNotNull();
                    assertThat(json).extractingPath("$.errors.channel").isNotNull();
                });
        assertThat(post("saksbehandler", "/api/cases/" + id + "/activities", activity("DONE", TODAY.plusDays(3))))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(get("leser", "/api/cases/" + id + "/activities"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(1);
    }

    @Test
    void reading_a_case_is_audited() {
        long id = startCase(KINDERGARTEN);
        assertThat(get("leser", "/api/cases/" + id)).hasStatusOk();
        assertThat(jdbc.sql("select count(*) from audit_event where resource_type = 'CASE' and resource_id = :id"
                                + " and username = 'leser'")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void the_log_is_append_only() {
        startCase(KINDERGARTEN);
        assertThatThrownBy(() ->
                        jdbc.sql("update case_event set actor = 'someone else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from case_event").update()).hasMessageContaining("append-only");
    }

    @Test
    void the_service_catalogue_is_served_as_data() {
        assertThat(get("leser", "/api/ia-services")).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$[0].code").isEqualTo("PARTY_COOPERATION");
            assertThat(json)
                    .extractingPath("$[?(@.code == 'SICK_LEAVE_LONG_OR_FREQUENT')].themeCode")
                    .asArray()
                    .containsExactly("SICK_LEAVE_WORK");
        });
    }

    private long startCase(String orgNumber) {
        return id(post("superbruker", "/api/cases", start(orgNumber)));
    }

    private static String start(String orgNumber) {
        return "{\"orgNumber\": \"%s\", \"background\": \"CENTRE_INITIATIVE\"}".formatted(orgNumber);
    }

    private static String collaboration(LocalDate plannedEnd) {
        return """
                {"name": "Barnehagene", "level": "TOP", "unitOrgNumbers": ["%s", "%s"], "initiatedBy": "CENTRE",
                 "serviceAreas": ["REDUCE_SICK_LEAVE"], "startDate": "%s", "plannedEndDate": %s}""".formatted(KINDERGARTEN, OTHER, TODAY, plannedEnd == null ? "null" : "\"" + plannedEnd + "\"");
    }

    private static String activity(String status, LocalDate date) {
        return """
                {"startsAt": "%sT09:30", "channel": "PHYSICAL_MEETING", "serviceArea": "REDUCE_SICK_LEAVE",
                 "participants": ["LEADER", "UNION_REPRESENTATIVE", "SAFETY_REPRESENTATIVE"], "status": "%s",
                 "note": "Oppstartsmøte med partene"}""".formatted(date, status);
    }

    private MvcTestResult event(String user, long id, String type, int expectedVersion) {
        return post(
                user,
                "/api/cases/" + id + "/events",
                "{\"type\": \"%s\", \"expectedVersion\": %d}".formatted(type, expectedVersion));
    }

    private MvcTestResult post(String user, String uri, String body) {
        return mvc.post()
                .uri(uri)
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private MvcTestResult put(String user, String uri, String body) {
        return mvc.put()
                .uri(uri)
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private MvcTestResult get(String user, String uri) {
        return mvc.get().uri(uri).with(httpBasic(user, "demo")).exchange();
    }

    private static long id(MvcTestResult result) {
        try {
            return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
