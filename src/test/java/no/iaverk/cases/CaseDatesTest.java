package no.iaverk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Map;
import no.iaverk.IntegrationTest;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

/**
 * Dates far outside any plausible range (year 999999999, year −5000) are refused with 400 naming the field, in the API
 * and on the pages, instead of a 500 or an {@code infinity} in the database. 1990-01-01 to 2100-12-31 is accepted.
 */
@IntegrationTest
class CaseDatesTest extends CaseApiFixture {

    long caseId;

    long mappingCase() {
        long id = startCase(KINDERGARTEN);
        event("saksbehandler", id, "TAKE_OWNERSHIP", 1);
        event("saksbehandler", id, "TO_CONTACTING", 2);
        event("saksbehandler", id, "TO_MAPPING", 3);
        return id;
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-5000-01-01", "1989-12-31", "2101-01-01"})
    void an_implausible_date_is_400_naming_the_field_and_nothing_is_stored(String date) {
        caseId = mappingCase();
        String collaborations = "/api/cases/" + caseId + "/collaborations";
        assertThat(post(
                        "saksbehandler",
                        collaborations,
                        collaboration(TODAY.plusMonths(6))
                                .replace("\"startDate\": \"" + TODAY + "\"", "\"startDate\": \"" + date + "\"")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.startDate")
                .asString()
                .isEqualTo("Startdatoen må være mellom 01.01.1990 og 31.12.2100.");
        if (date.startsWith("+") || date.startsWith("2101")) {
            assertThat(post("saksbehandler", collaborations, collaboration(null).replace("null", "\"" + date + "\"")))
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson()
                    .extractingPath("$.errors.plannedEndDate")
                    .asString()
                    .contains("Planlagt sluttdato må være mellom");
        }
        String base =
                collaborations + "/" + id(post("saksbehandler", collaborations, collaboration(TODAY.plusMonths(6))));

        assertThat(put("saksbehandler", base + "/milestones/INITIAL_MEETING", "{\"date\": \"%s\"}".formatted(date)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.date")
                .asString()
                .contains("milepælen må være mellom 01.01.1990 og 31.12.2100");
        assertThat(put("saksbehandler", base + "/plan", """
                        {"items": [{"serviceCode": "SICK_LEAVE_ROUTINES", "included": true, "startDate": "%s"}]}""".formatted(date)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors['plan.SICK_LEAVE_ROUTINES.startDate']")
                .asString()
                .contains("Startdatoen må være mellom");
        assertThat(put("saksbehandler", base, "{\"plannedEndDate\": \"%s\"}".formatted(date)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.plannedEndDate")
                .isNotNull();
        assertThat(post(
                        "saksbehandler",
                        "/api/cases/" + caseId + "/activities",
                        activity("PLANNED", TODAY).replace(TODAY + "T09:30", date + "T09:30")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.startsAt")
                .asString()
                .contains("Datoen må være mellom");
        assertThat(post("saksbehandler", "/api/cases/" + caseId + "/events", """
                        {"type": "NOT_RELEVANT", "expectedVersion": 4, "reason": "NAV_DECLINES",
                         "justifications": ["TOO_FEW_LOST_WORKDAYS"], "reassessAfter": "%s"}""".formatted(date)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.reassessAfter")
                .asString()
                .contains("Vurderes på nytt etter");

        assertThat(jdbc.sql("""
                        select (select count(*) from collaboration_milestone) + (select count(*) from plan_item)
                             + (select count(*) from activity) + (select count(*) from case_event where version > 4)
                        """).query(Long.class).single()).isZero();
    }

    @Test
    void the_first_and_last_plausible_dates_are_accepted() {
        caseId = mappingCase();
        String collaborations = "/api/cases/" + caseId + "/collaborations";
        String base = collaborations + "/"
                + id(post(
                        "saksbehandler",
                        collaborations,
                        collaboration(TODAY.plusMonths(6))
                                .replace(TODAY.plusMonths(6).toString(), "2100-12-31")));
        assertThat(put("saksbehandler", base + "/milestones/INITIAL_MEETING", "{\"date\": \"1990-01-01\"}"))
                .hasStatusOk();
        assertThat(post(
                        "saksbehandler",
                        "/api/cases/" + caseId + "/activities",
                        activity("DONE", TODAY).replace(TODAY + "T09:30", "1990-01-01T00:00")))
                .hasStatus(HttpStatus.CREATED);
    }

    @Test
    void the_pages_answer_an_implausible_date_with_a_field_error() {
        caseId = mappingCase();
        var adviser = TestUsers.of("saksbehandler", Role.CASEWORKER);
        var activity = mvc.post()
                .uri("/sak/" + caseId + "/aktivitet")
                .param("date", "+999999999-12-31")
                .param("time", "10:00")
                .param("channel", "PHONE")
                .param("status", "PLANNED")
                .with(user(adviser))
                .with(csrf())
                .exchange();
        assertThat(activity).hasStatus(HttpStatus.FOUND);
        assertThat(fieldErrors(activity)).containsEntry("startsAt", "Datoen må være mellom 01.01.1990 og 31.12.2100.");

        var created = mvc.post()
                .uri("/sak/" + caseId + "/samarbeid")
                .param("name", "Barnehagen")
                .param("level", "UNIT")
                .param("initiatedBy", "CENTRE")
                .param("serviceAreas", "REDUCE_SICK_LEAVE")
                .param("startDate", "-5000-01-01")
                .param("plannedEndDate", TODAY.plusMonths(6).toString())
                .with(user(adviser))
                .with(csrf())
                .exchange();
        assertThat(fieldErrors(created)).containsKey("startDate");
        assertThat(jdbc.sql("select count(*) from activity").query(Long.class).single()
                        + jdbc.sql("select count(*) from collaboration")
                                .query(Long.class)
                                .single())
                .isZero();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> fieldErrors(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
        return (Map<String, String>) result.getMvcResult().getFlashMap().get("fieldErrors");
    }
}
