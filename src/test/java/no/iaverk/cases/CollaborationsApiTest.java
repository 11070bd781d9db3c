package no.iaverk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Collaborations and the activity log through the API: from mapping to completion, and who may work on them. */
@IntegrationTest
class CollaborationsApiTest extends CaseApiFixture {

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
    void adviser_hours_are_kept_with_one_decimal_summed_on_the_case_page_and_published() {
        long id = startCase(KINDERGARTEN);
        event("saksbehandler", id, "TAKE_OWNERSHIP", 1);
        // Done at midnight: a done activity may not lie in the future, whatever the time of day the test runs.
        String phoneCall = """
                {"startsAt": "%sT00:00", "channel": "PHONE", "status": "DONE", "adviserHours": %s}""";
        assertThat(post("saksbehandler", "/api/cases/" + id + "/activities", phoneCall.formatted(TODAY, "1.5")))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .extractingPath("$.adviserHours")
                .isEqualTo(1.5);
        assertThat(post("saksbehandler", "/api/cases/" + id + "/activities", phoneCall.formatted(TODAY, "2")))
                .hasStatus(HttpStatus.CREATED);
        for (String wrong : List.of("1.25", "1000", "-0.5")) {
            assertThat(post("saksbehandler", "/api/cases/" + id + "/activities", phoneCall.formatted(TODAY, wrong)))
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson()
                    .extractingPath("$.errors.adviserHours")
                    .asString()
                    .contains("høyst én desimal");
        }

        assertThat(mvc.get().uri("/sak/" + id).with(user(TestUsers.of("saksbehandler", Role.CASEWORKER))))
                .hasStatusOk()
                .bodyText()
                .contains("Rådgivertimer i gjennomførte aktiviteter: 3,5 (fra 2 aktiviteter")
                .contains("· 1,5 t");
        assertThat(jdbc.sql("select sum(adviser_hours) from case_activity where case_id = :id")
                        .param("id", id)
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("3.5");
    }
}
