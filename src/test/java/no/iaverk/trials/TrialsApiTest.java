package no.iaverk.trials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.iaverk.IntegrationTest;
import no.iaverk.trials.internal.AllocationSequence;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class TrialsApiTest extends TrialFixture {

    @Test
    void aSuperuserDesignsADraftAndReadersSeeIt() {
        MvcTestResult created = post("superbruker", "/api/trials", design("AMONG_WILLING", "\"SIZE_BAND\""));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        assertThat((String) read(created, "$.status")).isEqualTo("DRAFT");
        assertThat((List<?>) read(created, "$.arms")).hasSize(2);
        long id = ((Number) read(created, "$.id")).longValue();

        MvcTestResult seen = get("leser", "/api/trials/" + id);
        assertThat(seen).hasStatusOk();
        assertThat((String) read(seen, "$.name")).isEqualTo("Kort eller lang bistand");
        assertThat((String) read(seen, "$.filters.minEmployees")).isEqualTo("5");
        assertThat((List<?>) read(get("leser", "/api/trials"), "$[*].id")).hasSize(1);
    }

    @Test
    void onlyASuperuserDesignsStartsAndCloses() {
        assertThat(post("saksbehandler", "/api/trials", design("AMONG_WILLING", "")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post("leser", "/api/trials", design("AMONG_WILLING", ""))).hasStatus(HttpStatus.FORBIDDEN);
        long id = designed("AMONG_WILLING", "");
        assertThat(post("saksbehandler", "/api/trials/" + id + "/start", "")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat((String) read(get("leser", "/api/trials/" + id), "$.status")).isEqualTo("DRAFT");
        post("superbruker", "/api/trials/" + id + "/start", "");
        assertThat(post("saksbehandler", "/api/trials/" + id + "/close", "")).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aWrongDesignIsOneProblemNamingEveryWrongFieldInNorwegian() {
        String wrong = """
                {"name": "", "design": "AMONG_WILLING",
                 "arms": [{"code": "a b", "name": "Kort", "plannedMonths": 0, "participation": "ALL_STAFF",
                           "digitalOnly": true, "maxAdviserHours": 10, "description": "x", "ratio": 11}],
                 "filters": {"minPercent": "mye", "colour": "blå"},
                 "strata": ["COUNTY", "SIZE_BAND", "INDUSTRY_PROGRAMME"]}""";
        MvcTestResult result = post("superbruker", "/api/trials", wrong);
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        Map<String, String> errors = read(result, "$.errors");
        assertThat(errors)
                .containsKeys(
                        "name",
                        "question",
                        "arms",
                        "arms[0].code",
                        "arms[0].plannedMonths",
                        "arms[0].ratio",
                        "strata",
                        "filters.colour")
                .containsEntry("arms", "Et forsøk har 2–4 armer.");
        assertThat(errors.keySet()).anyMatch(key -> key.startsWith("filters.minPercent"));
        assertThat(post("superbruker", "/api/trials", "{\"design\": \"SOMETIMES\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void startingFreezesTheLegalUnitsAndPublishesOnlyTheDigest() {
        long id = designed("AMONG_WILLING", "");
        MvcTestResult started = post("superbruker", "/api/trials/" + id + "/start", "");
        assertThat(started).hasStatusOk();
        assertThat((Integer) read(started, "$.eligible")).isEqualTo(COMPANIES);
        assertThat((Integer) read(started, "$.eligibleWorkplaces")).isEqualTo(COMPANIES + SECOND_WORKPLACES.size());
        String digest = read(started, "$.allocationDigest");
        assertThat(digest).matches("[0-9a-f]{64}");

        String trial = body(get("leser", "/api/trials/" + id));
        assertThat(trial).contains(digest).contains("\"status\":\"RUNNING\"");
        String secret = hex("secret", id);
        String nonce = hex("nonce", id);
        for (String seen : List.of(trial, body(get("superbruker", "/api/trials")))) {
            assertThat(seen).doesNotContain(secret).doesNotContain(nonce).doesNotContain("SHORT\\n");
        }
        MvcTestResult early = get("superbruker", "/api/trials/" + id + "/allocation");
        assertThat(early).hasStatus(HttpStatus.CONFLICT);
        assertThat(body(early)).doesNotContain(secret).doesNotContain(nonce).doesNotContain("ALL\t");
        assertThat(post("superbruker", "/api/trials/" + id + "/start", "")).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void enrolmentRevealsTheArmOnlyThenStartsATrialCaseAndIsNeverRepeated() {
        long id = started("AMONG_WILLING", "");
        MvcTestResult enrolled = enrol("saksbehandler", id, WORKPLACES.get(0));
        assertThat(enrolled).hasStatus(HttpStatus.CREATED);
        assertThat((String) read(enrolled, "$.arm")).isIn("SHORT", "LONG");
        long caseId = ((Number) read(enrolled, "$.caseId")).longValue();
        assertThat(jdbc.sql("select background from ia_case where id = :id")
                        .param("id", caseId)
                        .query(String.class)
                        .single())
                .isEqualTo("TRIAL");

        // The same legal unit through its other workplace, or again: 409.
        assertThat(enrol("saksbehandler", id, SECOND_WORKPLACES.get(0))).hasStatus(HttpStatus.CONFLICT);
        assertThat(enrol("saksbehandler", id, LEGAL_UNITS.get(0))).hasStatus(HttpStatus.CONFLICT);
        // Not on the list: 400; a reader may not enrol: 403.
        MvcTestResult stranger = enrol("saksbehandler", id, STRANGER);
        assertThat(stranger).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(body(stranger)).contains("står ikke på forsøkets liste");
        assertThat(enrol("saksbehandler", id, "123")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(enrol("leser", id, WORKPLACES.get(1))).hasStatus(HttpStatus.FORBIDDEN);

        // Enrolment links an open case instead of starting another.
        long open = ((Number) read(
                        post(
                                "superbruker",
                                "/api/cases",
                                "{\"orgNumber\": \"%s\", \"background\": \"CENTRE_INITIATIVE\"}"
                                        .formatted(WORKPLACES.get(1))),
                        "$.id"))
                .longValue();
        assertThat(((Number) read(enrol("saksbehandler", id, WORKPLACES.get(1)), "$.caseId")).longValue())
                .isEqualTo(open);
        assertThat(auditRows("TRIAL_ENROLMENT")).isEqualTo(2);
        // A caseworker cannot start a TRIAL case by hand.
        assertThat(post(
                        "superbruker",
                        "/api/cases",
                        "{\"orgNumber\": \"%s\", \"background\": \"TRIAL\"}".formatted(WORKPLACES.get(2))))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theCollaborationStartedInTheEnrolledCaseRecordsItsArm() {
        long id = started("AMONG_WILLING", "");
        MvcTestResult enrolled = enrol("saksbehandler", id, WORKPLACES.get(3));
        String arm = read(enrolled, "$.arm");
        long caseId = ((Number) read(enrolled, "$.caseId")).longValue();
        int version = 1;
        for (String type : List.of("TAKE_OWNERSHIP", "TO_CONTACTING", "TO_MAPPING")) {
            assertThat(post(
                            "saksbehandler",
                            "/api/cases/" + caseId + "/events",
                            "{\"type\": \"%s\", \"expectedVersion\": %d}".formatted(type, version++)))
                    .hasStatusOk();
        }
        String collaboration = """
                {"name": "Forsøkets samarbeid", "level": "UNIT", "unitOrgNumbers": ["%s"], "initiatedBy": "CENTRE",
                 "serviceAreas": ["REDUCE_SICK_LEAVE"], "startDate": "%s", "plannedEndDate": "%s"}""".formatted(
                WORKPLACES.get(3),
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")),
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).plusMonths(6));
        MvcTestResult first = post("saksbehandler", "/api/cases/" + caseId + "/collaborations", collaboration);
        assertThat(first).hasStatus(HttpStatus.CREATED);
        assertThat(((Number) read(first, "$.trialId")).longValue()).isEqualTo(id);
        assertThat((String) read(first, "$.trialArm")).isEqualTo(arm);
        long firstId = ((Number) read(first, "$.id")).longValue();
        assertThat(jdbc.sql("select trial_arm from case_collaboration where collaboration_id = :id")
                        .param("id", firstId)
                        .query(String.class)
                        .single())
                .as("published for the analysis")
                .isEqualTo(arm);
        // Only the collaboration started in the trial records it; a later one in the same case does not.
        MvcTestResult second = post("saksbehandler", "/api/cases/" + caseId + "/collaborations", collaboration);
        assertThat(second).hasStatus(HttpStatus.CREATED);
        assertThat((Object) read(second, "$.trialArm")).isNull();
    }

    @Test
    void aDraftOrClosedTrialTakesNoEnrolments() {
        long id = designed("AMONG_WILLING", "");
        assertThat(enrol("saksbehandler", id, WORKPLACES.get(0))).hasStatus(HttpStatus.BAD_REQUEST);
        post("superbruker", "/api/trials/" + id + "/start", "");
        post("superbruker", "/api/trials/" + id + "/close", "");
        assertThat(enrol("saksbehandler", id, WORKPLACES.get(0))).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(enrol("saksbehandler", 999_999, WORKPLACES.get(0))).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void afterCloseTheRevealMatchesTheDigestRegeneratesFromTheSecretAndExplainsTheEnrolments() {
        long id = started("AMONG_WILLING", "\"SIZE_BAND\"");
        String digest = read(get("leser", "/api/trials/" + id), "$.allocationDigest");
        Map<String, Integer> sizes = read(get("leser", "/api/trials/" + id), "$.strataSizes");
        Map<String, Integer> strata = new TreeMap<>(sizes);
        List<String> arms = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            arms.add(read(enrol("saksbehandler", id, WORKPLACES.get(i)), "$.arm"));
        }
        assertThat(post("superbruker", "/api/trials/" + id + "/close", "")).hasStatusOk();

        MvcTestResult revealed = get("leser", "/api/trials/" + id + "/allocation");
        assertThat(revealed).hasStatusOk();
        byte[] nonce = HexFormat.of().parseHex(read(revealed, "$.nonce"));
        byte[] secret = HexFormat.of().parseHex(read(revealed, "$.secret"));
        String sequence = read(revealed, "$.sequence");
        assertThat(secret).hasSize(32);
        assertThat(AllocationSequence.digest(nonce, sequence)).isEqualTo(digest);
        var ratios = List.of(new AllocationSequence.ArmRatio("SHORT", 1), new AllocationSequence.ArmRatio("LONG", 1));
        assertThat(AllocationSequence.canonical(AllocationSequence.generate(secret, strata, ratios)))
                .isEqualTo(sequence);
        byte[] another = secret.clone();
        another[0] ^= 1;
        assertThat(AllocationSequence.canonical(AllocationSequence.generate(another, strata, ratios)))
                .isNotEqualTo(sequence);

        // Each enrolment took the next slot of its stratum, and got the arm the sequence has there.
        Map<String, List<String>> slots = AllocationSequence.parse(sequence);
        List<Map<String, Object>> allocations = read(revealed, "$.allocations");
        assertThat(allocations).hasSize(12);
        for (Map<String, Object> allocation : allocations) {
            String stratum = (String) allocation.get("stratum");
            int position = (Integer) allocation.get("position");
            assertThat(allocation.get("arm")).isEqualTo(slots.get(stratum).get(position - 1));
            int enrolled = WORKPLACES.indexOf(allocation.get("orgNumber"));
            assertThat(arms.get(enrolled)).isEqualTo(allocation.get("arm"));
        }
        assertThat(allocations.stream()
                        .collect(java.util.stream.Collectors.groupingBy(
                                a -> a.get("stratum"), java.util.stream.Collectors.counting()))
                        .entrySet())
                .allSatisfy(e -> assertThat(allocations.stream()
                                .filter(a -> a.get("stratum").equals(e.getKey()))
                                .map(a -> (Integer) a.get("position"))
                                .sorted()
                                .toList())
                        .isEqualTo(java.util.stream.IntStream.rangeClosed(
                                        1, e.getValue().intValue())
                                .boxed()
                                .toList()));
        assertThat(auditRows("TRIAL_ALLOCATION")).isEqualTo(1);
    }

    @Test
    void strataWithFewerThanTwoBlocksAreMergedSoNoneIsASingleton() {
        long id = started("AMONG_WILLING", "\"SIZE_BAND\", \"COUNTY\"");
        Map<String, Integer> strata = read(get("leser", "/api/trials/" + id), "$.strataSizes");
        // Two arms of ratio 1: blocks of 2 or 4, so a stratum needs 8 legal units.
        assertThat(strata.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(COMPANIES);
        assertThat(strata.values()).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(8));
        assertThat(strata).containsKey("OTHER");
    }

    @Test
    void beforeContactRandomisesTheWholeListAtStartAndTakesNoEnrolments() {
        long id = started("BEFORE_CONTACT", "\"COUNTY\"");
        assertThat((Integer) read(get("leser", "/api/trials/" + id), "$.allocated"))
                .isEqualTo(COMPANIES);
        assertThat(enrol("saksbehandler", id, WORKPLACES.get(0))).hasStatus(HttpStatus.BAD_REQUEST);
        post("superbruker", "/api/trials/" + id + "/close", "");
        List<String> arms = read(get("leser", "/api/trials/" + id + "/allocation"), "$.allocations[*].arm");
        assertThat(arms).hasSize(COMPANIES);
        // Every stratum's allocations are whole blocks or a prefix of its sequence: never more than 2 apart.
        long shortArm = arms.stream().filter("SHORT"::equals).count();
        assertThat(Math.abs(COMPANIES - 2 * shortArm)).isLessThanOrEqualTo(4);
    }

    @Test
    void theDatabaseRefusesToChangeAStartedTrial() {
        long id = started("BEFORE_CONTACT", "");
        assertThatThrownBy(() -> jdbc.sql("update trial_allocation set arm_code = 'LONG' where trial_id = :id")
                        .param("id", id)
                        .update())
                .hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.sql("delete from trial_slot where trial_id = :id")
                        .param("id", id)
                        .update())
                .hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.sql("update trial set name = 'Annet' where id = :id")
                        .param("id", id)
                        .update())
                .hasMessageContaining("is not edited");
        assertThatThrownBy(() -> jdbc.sql("update trial_arm set ratio = 2 where trial_id = :id")
                        .param("id", id)
                        .update())
                .hasMessageContaining("never changed");
    }

    private String hex(String column, long id) {
        return HexFormat.of()
                .formatHex(jdbc.sql("select " + column + " from trial_sealed where trial_id = :id")
                        .param("id", id)
                        .query(byte[].class)
                        .single());
    }

    private int auditRows(String type) {
        return jdbc.sql("select count(*) from audit_event where resource_type = :type")
                .param("type", type)
                .query(Integer.class)
                .single();
    }
}
