package no.iaverk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.iaverk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The case API end to end: roles, the lifecycle through HTTP, the 409 on a stale version, the audit, the log. */
@IntegrationTest
class CasesApiTest extends CaseApiFixture {

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
        assertThat(post("superbruker", "/api/cases", "not json"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("ikke gyldig JSON");
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
                        {"type": "FLY", "expectedVersion": 2}"""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("type");
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
    void reading_a_case_is_audited_naming_its_enterprise() {
        long id = startCase(KINDERGARTEN);
        assertThat(get("leser", "/api/cases/" + id)).hasStatusOk();
        assertThat(jdbc.sql("select enterprises from audit_event where resource_type = 'CASE' and resource_id = :id"
                                + " and username = 'leser'")
                        .param("id", String.valueOf(id))
                        .query((rs, row) -> List.of((String[]) rs.getArray(1).getArray()))
                        .list())
                .containsExactly(List.of(KINDERGARTEN));
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
}
