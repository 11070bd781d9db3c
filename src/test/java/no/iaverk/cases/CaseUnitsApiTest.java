package no.iaverk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import no.iaverk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Units are separated: anyone reads a case, only the owning unit's users change it, and a case moves to another unit
 * only by an explicit transfer that the log records.
 */
@IntegrationTest
class CaseUnitsApiTest extends CaseApiFixture {

    @Test
    void another_units_caseworker_reads_a_case_but_cannot_change_it_or_its_collaborations_and_activities() {
        long id = startCase(KINDERGARTEN);
        assertThat(get("saksbehandler-oslo", "/api/cases/" + id)).hasStatusOk();
        assertThat(event("saksbehandler-oslo", id, "TAKE_OWNERSHIP", 1))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .isEqualTo("Saken tilhører NAV Arbeidslivssenter Vestland. Bare brukere i den enheten kan endre den.");
        assertThat(event("saksbehandler-oslo", id, "FOLLOW", 1)).hasStatus(HttpStatus.FORBIDDEN);

        event("saksbehandler", id, "TAKE_OWNERSHIP", 1);
        event("saksbehandler", id, "TO_CONTACTING", 2);
        event("saksbehandler", id, "TO_MAPPING", 3);
        assertThat(post(
                        "saksbehandler-oslo",
                        "/api/cases/" + id + "/collaborations",
                        collaboration(TODAY.plusMonths(6))))
                .hasStatus(HttpStatus.FORBIDDEN);
        long collaboration =
                id(post("saksbehandler", "/api/cases/" + id + "/collaborations", collaboration(TODAY.plusMonths(6))));
        String base = "/api/cases/" + id + "/collaborations/" + collaboration;
        assertThat(put(
                        "saksbehandler-oslo",
                        base + "/milestones/INITIAL_MEETING",
                        "{\"date\": \"%s\"}".formatted(TODAY)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(put("saksbehandler-oslo", base + "/plan", "{\"items\": []}")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post("saksbehandler-oslo", base + "/cancel", "")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post("saksbehandler-oslo", "/api/cases/" + id + "/activities", activity("DONE", TODAY)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post("saksbehandler-oslo", base + "/surveys", "{\"type\": \"NEEDS_ASSESSMENT\"}"))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("Vestland");
        long activity = id(post("saksbehandler", "/api/cases/" + id + "/activities", activity("PLANNED", TODAY)));
        assertThat(put(
                        "superbruker-oslo",
                        "/api/cases/" + id + "/activities/" + activity + "/status",
                        "{\"status\": \"CANCELLED\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);

        assertThat(get("saksbehandler-oslo", "/api/cases/" + id)).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.version").isEqualTo(4);
            assertThat(json).extractingPath("$.collaborations.length()").isEqualTo(1);
            assertThat(json).extractingPath("$.collaborations[0].status").isEqualTo("ACTIVE");
        });
    }

    @Test
    void a_superuser_of_the_receiving_unit_transfers_an_open_case_and_the_log_records_it() {
        long id = startCase(KINDERGARTEN);
        event("saksbehandler", id, "TAKE_OWNERSHIP", 1);
        event("superbruker", id, "FOLLOW", 2);
        String transfer = "/api/cases/" + id + "/transfer";

        assertThat(post("superbruker-oslo", transfer, "{}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.unit")
                .isNotNull();
        assertThat(post("superbruker-oslo", transfer, "{\"unit\": \"ATLANTIS\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.unit")
                .asString()
                .contains("Ukjent enhet");
        assertThat(post("saksbehandler-oslo", transfer, "{\"unit\": \"OSLO\"}")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post("superbruker", transfer, "{\"unit\": \"OSLO\"}"))
                .as("a unit does not give its case away; the receiving unit takes it")
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post("superbruker", transfer, "{\"unit\": \"VESTLAND\"}")).hasStatus(HttpStatus.CONFLICT);

        assertThat(post("superbruker-oslo", transfer, "{\"unit\": \"OSLO\"}"))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.unitCode").isEqualTo("OSLO");
                    assertThat(json).extractingPath("$.status").isEqualTo("ASSESSING");
                    assertThat(json).extractingPath("$.owner").isNull();
                    assertThat(json).extractingPath("$.followers").asArray().isEmpty();
                    assertThat(json).extractingPath("$.version").isEqualTo(4);
                    assertThat(json).extractingPath("$.events[3].type").isEqualTo("TRANSFERRED");
                    assertThat(json).extractingPath("$.events[3].fromUnit").isEqualTo("VESTLAND");
                    assertThat(json).extractingPath("$.events[3].toUnit").isEqualTo("OSLO");
                    assertThat(json).extractingPath("$.events[3].actor").isEqualTo("superbruker-oslo");
                    assertThat(json).extractingPath("$.events[3].actorUnit").isEqualTo("OSLO");
                });
        assertThat(jdbc.sql("select unit_code from ia_case where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("OSLO");
        assertThat(post("superbruker-oslo", transfer, "{\"unit\": \"OSLO\"}")).hasStatus(HttpStatus.CONFLICT);

        assertThat(event("saksbehandler", id, "TAKE_OWNERSHIP", 4))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("NAV Arbeidslivssenter Oslo");
        assertThat(event("saksbehandler-oslo", id, "TAKE_OWNERSHIP", 4)).hasStatusOk();
        assertThat(event("saksbehandler-oslo", id, "NOT_RELEVANT", 5)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(post("saksbehandler-oslo", "/api/cases/" + id + "/events", """
                        {"type": "NOT_RELEVANT", "expectedVersion": 5, "reason": "NAV_DECLINES",
                         "justifications": ["TOO_FEW_LOST_WORKDAYS"]}"""))
                .hasStatusOk();
        assertThat(post("superbruker", transfer, "{\"unit\": \"VESTLAND\"}"))
                .as("a closed case stays where it was closed")
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(post(
                        "superbruker-oslo",
                        "/api/cases/" + id + "/events",
                        "{\"type\": \"TRANSFERRED\", \"expectedVersion\": 6}"))
                .as("a transfer is not an ordinary event")
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void a_case_starts_in_its_starters_unit() {
        assertThat(post("superbruker-oslo", "/api/cases", start(KINDERGARTEN)))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .extractingPath("$.unitCode")
                .isEqualTo("OSLO");
    }
}
