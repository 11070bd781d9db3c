package no.iaverk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.iaverk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Earlier cases recorded afterwards through the API, as an import of a centre's records does: a case opened in the past,
 * a collaboration with its past dates, milestones, plan and activities, and how the case ended; admins only, bad dates
 * refused field by field, and what was recorded shows in the published views with its past dates.
 */
@IntegrationTest
class CaseHistoryApiTest extends CaseApiFixture {

    static final LocalDate OPENED = LocalDate.of(2024, 1, 10);

    @Test
    void a_past_case_with_a_completed_collaboration_shows_in_the_published_views_with_its_dates() {
        var opened = post("admin", "/api/cases/history", openCase(MUNICIPALITY, OPENED));
        assertThat(opened).hasStatus(HttpStatus.CREATED).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.status").isEqualTo("MAPPING");
            assertThat(json).extractingPath("$.unitCode").isEqualTo("OSLO");
            assertThat(json).extractingPath("$.owner").isEqualTo("admin");
            assertThat(json).extractingPath("$.events.length()").isEqualTo(4);
        });
        long id = id(opened);

        var recorded = post("admin", "/api/cases/" + id + "/collaborations/history", completedCollaboration());
        assertThat(recorded).hasStatus(HttpStatus.CREATED).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.status").isEqualTo("COMPLETED");
            assertThat(json).extractingPath("$.startDate").isEqualTo("2024-02-01");
            assertThat(json).extractingPath("$.createdBy").isEqualTo("admin");
        });
        assertThat(post("admin", "/api/cases/" + id + "/history/close", """
                        {"type": "COMPLETE", "closedOn": "2024-11-20"}"""))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("COMPLETED");

        assertThat(jdbc.sql("""
                        select level, start_on, planned_end_on, ended_on, status, assistance_form
                        from case_collaboration where case_id = :id
                        """).param("id", id).query().singleRow())
                .containsEntry("level", "TOP")
                .containsEntry("start_on", java.sql.Date.valueOf("2024-02-01"))
                .containsEntry("planned_end_on", java.sql.Date.valueOf("2024-12-31"))
                .containsEntry("ended_on", java.sql.Date.valueOf("2024-11-15"))
                .containsEntry("status", "COMPLETED")
                .containsEntry("assistance_form", "PROCESS");
        assertThat(jdbc.sql("select org_number from case_collaboration_unit where case_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly(KINDERGARTEN);
        assertThat(jdbc.sql("""
                        select m.kind, m.date from case_collaboration_milestone m
                        join case_collaboration c on c.collaboration_id = m.collaboration_id
                        where c.case_id = :id and m.date is not null order by m.date
                        """)
                        .param("id", id)
                        .query((rs, row) -> rs.getString("kind") + " " + rs.getDate("date"))
                        .list())
                .containsExactly(
                        "INITIAL_MEETING 2024-02-01",
                        "ASSISTANCE_STARTED 2024-03-01",
                        "EVALUATION 2024-11-01",
                        "ENDED 2024-11-15");
        assertThat(jdbc.sql("""
                        select date, status, 'STAFF' = any(participant_roles) as staff from case_activity
                        where case_id = :id
                        """).param("id", id).query().singleRow())
                .containsEntry("date", java.sql.Date.valueOf("2024-03-01"))
                .containsEntry("status", "DONE")
                .containsEntry("staff", true);
        assertThat(jdbc.sql("select opened_on, closed_on, unit_code from case_summary where case_id = :id")
                        .param("id", id)
                        .query()
                        .singleRow())
                .containsEntry("opened_on", java.sql.Date.valueOf("2024-01-10"))
                .containsEntry("closed_on", java.sql.Date.valueOf("2024-11-20"))
                .containsEntry("unit_code", "OSLO");
    }

    @Test
    void the_log_names_the_admin_and_keeps_when_each_past_event_was_recorded() {
        long id = id(post("admin", "/api/cases/history", openCase(MUNICIPALITY, OPENED)));
        post("admin", "/api/cases/" + id + "/collaborations/history", completedCollaboration());
        post("admin", "/api/cases/" + id + "/history/close", "{\"type\": \"COMPLETE\", \"closedOn\": \"2024-11-20\"}");

        List<Map<String, Object>> events = jdbc.sql("""
                        select type, status, actor, actor_unit, (occurred_at at time zone 'Europe/Oslo')::date as day,
                               recorded_at is not null and recorded_at > occurred_at as recorded_later
                        from case_event where case_id = :id order by version
                        """).param("id", id).query().listOfRows();
        assertThat(events)
                .extracting(e -> e.get("type") + " " + e.get("status") + " " + e.get("day"))
                .containsExactly(
                        "STARTED ASSESSING 2024-01-10",
                        "TAKE_OWNERSHIP ASSESSING 2024-01-10",
                        "TO_CONTACTING CONTACTING 2024-01-10",
                        "TO_MAPPING MAPPING 2024-01-10",
                        "TO_ASSISTING ASSISTING 2024-03-01",
                        "COMPLETE COMPLETED 2024-11-20");
        assertThat(events).allSatisfy(e -> {
            assertThat(e).containsEntry("actor", "admin").containsEntry("recorded_later", true);
        });
        assertThat(events.get(0)).containsEntry("actor_unit", "OSLO");
        assertThat(jdbc.sql("select created_by from collaboration where case_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("admin");
    }

    @Test
    void only_an_admin_records_history() {
        assertThat(post("superbruker", "/api/cases/history", openCase(MUNICIPALITY, OPENED)))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("administrator");
        long id = id(post("admin", "/api/cases/history", openCase(MUNICIPALITY, OPENED)));
        assertThat(post("saksbehandler", "/api/cases/" + id + "/collaborations/history", completedCollaboration()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post("leser", "/api/cases/" + id + "/history/close", "{}")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("select count(*) from collaboration")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void bad_dates_are_refused_with_an_error_for_each_field() {
        assertThat(post("admin", "/api/cases/history", openCase(MUNICIPALITY, TODAY.plusDays(1))))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.openedOn")
                .asString()
                .contains("fram i tid");
        long id = id(post("admin", "/api/cases/history", openCase(MUNICIPALITY, OPENED)));

        MvcTestResult refused = post("admin", "/api/cases/" + id + "/collaborations/history", """
                {"collaboration": {"name": "Barnehagene", "level": "UNIT", "unitOrgNumbers": ["%s"],
                   "initiatedBy": "CENTRE", "serviceAreas": ["REDUCE_SICK_LEAVE"], "startDate": "%s",
                   "plannedEndDate": "%s"},
                 "status": "COMPLETED", "endedOn": "2023-12-01",
                 "milestones": [{"kind": "EVALUATION", "date": "%s"}],
                 "activities": [{"startsAt": "%sT10:00", "channel": "PHONE", "status": "DONE"}]}
                """.formatted(
                        "974760673", TODAY.plusDays(3), TODAY.plusMonths(6), TODAY, TODAY.plusDays(2)));
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().satisfies(json -> {
            assertThat(json)
                    .extractingPath("$.errors['collaboration.startDate']")
                    .asString()
                    .contains("fram i tid");
            assertThat(json)
                    .extractingPath("$.errors['collaboration.unitOrgNumbers']")
                    .asString()
                    .contains("974760673");
            assertThat(json).extractingPath("$.errors.endedOn").asString().contains("før startdatoen");
            assertThat(json)
                    .extractingPath("$.errors['milestones.EVALUATION']")
                    .asString()
                    .contains("sluttdatoen");
            assertThat(json)
                    .extractingPath("$.errors['activities[0].startsAt']")
                    .asString()
                    .isNotBlank();
        });
        assertThat(post("admin", "/api/cases/" + id + "/collaborations/history", """
                        {"collaboration": {"name": "Barnehagene", "level": "TOP", "initiatedBy": "CENTRE",
                           "serviceAreas": ["REDUCE_SICK_LEAVE"], "startDate": "2023-06-01",
                           "plannedEndDate": "2024-06-01"},
                         "status": "ACTIVE", "endedOn": "2024-05-01"}"""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json)
                            .extractingPath("$.errors['collaboration.startDate']")
                            .asString()
                            .contains("siste endring");
                    assertThat(json)
                            .extractingPath("$.errors.endedOn")
                            .asString()
                            .contains("aktivt");
                });
        assertThat(jdbc.sql("select count(*) from collaboration")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void an_active_collaboration_leaves_the_case_assisting_and_it_cannot_be_completed() {
        long id = id(post("admin", "/api/cases/history", openCase(KINDERGARTEN, OPENED)));
        assertThat(post("admin", "/api/cases/" + id + "/collaborations/history", """
                        {"collaboration": {"name": "Barnehagen", "level": "UNIT", "initiatedBy": "ENTERPRISE",
                           "serviceAreas": ["HELSE_I_ARBEID"], "startDate": "2024-02-01",
                           "plannedEndDate": "2024-08-01", "assistanceForm": "KNOWLEDGE_TRANSFER"},
                         "status": "ACTIVE"}"""))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("ACTIVE");
        assertThat(get("admin", "/api/cases/" + id))
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("ASSISTING");
        assertThat(post("admin", "/api/cases/" + id + "/history/close", """
                        {"type": "COMPLETE", "closedOn": "2024-09-01"}"""))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("aktive");
        assertThat(post("admin", "/api/cases/history", openCase(KINDERGARTEN, OPENED)))
                .as("one open case per enterprise")
                .hasStatus(HttpStatus.CONFLICT);
    }

    static String openCase(String orgNumber, LocalDate openedOn) {
        return """
                {"orgNumber": "%s", "unitCode": "OSLO", "background": "CENTRE_INITIATIVE", "openedOn": "%s"}""".formatted(orgNumber, openedOn);
    }

    static String completedCollaboration() {
        return """
                {"collaboration": {"name": "Barnehagene", "level": "TOP", "unitOrgNumbers": ["%s"],
                   "initiatedBy": "CENTRE", "serviceAreas": ["REDUCE_SICK_LEAVE", "PREVENTIVE_WORK_ENVIRONMENT"],
                   "startDate": "2024-02-01", "plannedEndDate": "2024-12-31", "assistanceForm": "PROCESS"},
                 "status": "COMPLETED", "endedOn": "2024-11-15",
                 "milestones": [{"kind": "INITIAL_MEETING", "date": "2024-02-01"},
                                {"kind": "ASSISTANCE_STARTED", "date": "2024-03-01"},
                                {"kind": "EVALUATION", "date": "2024-11-01"},
                                {"kind": "ENDED", "date": "2024-11-15"},
                                {"kind": "PLAN", "notRelevant": true}],
                 "plan": [{"serviceCode": "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", "included": true,
                           "startDate": "2024-03-01", "endDate": "2024-10-01", "status": "DONE"}],
                 "activities": [{"startsAt": "2024-03-01T10:00", "channel": "GATHERING", "unitCount": 2,
                                 "serviceArea": "REDUCE_SICK_LEAVE", "participants": ["LEADER", "STAFF"],
                                 "note": "Samling for alle ansatte"}]}""".formatted(KINDERGARTEN);
    }
}
