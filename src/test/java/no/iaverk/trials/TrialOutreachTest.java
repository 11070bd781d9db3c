package no.iaverk.trials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.iaverk.IntegrationTest;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A trial randomised before contact reaches the call list and the case start: its allocated workplaces are published
 * in {@code trial_outreach}, the call list marks them and filters the offer arm's, a case started for one of them is
 * linked to the trial (its first collaboration records the arm), and the centre may not seek out the control group.
 */
@IntegrationTest
class TrialOutreachTest extends TrialFixture {

    static final String NAME = "Tilbud før kontakt";

    static final String OUTREACH_DESIGN = """
            {"name": "%s", "question": "Gir et tilbud om bistand lavere sykefravær enn ingen oppsøking?",
             "design": "%s",
             "arms": [
               {"code": "OFFER", "name": "Tilbud om bistand", "plannedMonths": 6, "participation": "PARTY_GROUP",
                "digitalOnly": false, "maxAdviserHours": 20, "description": "Rådgiveren tilbyr bistand", "ratio": 1},
               {"code": "NONE", "name": "Ingen oppsøking", "outreach": false,
                "description": "Senteret tar ikke kontakt", "ratio": 1}],
             "filters": {"minEmployees": 5}, "strata": []}""";

    long startedOutreachTrial() {
        MvcTestResult designed = post("superbruker", "/api/trials", OUTREACH_DESIGN.formatted(NAME, "BEFORE_CONTACT"));
        assertThat(designed).hasStatus(HttpStatus.CREATED);
        long id = ((Number) read(designed, "$.id")).longValue();
        assertThat(post("superbruker", "/api/trials/" + id + "/start", "")).hasStatusOk();
        return id;
    }

    /** Every eligible workplace's arm, as the view publishes it. */
    Map<String, String> armsByWorkplace(long trialId) {
        Map<String, String> arms = new TreeMap<>();
        jdbc.sql("select org_number, arm_code from trial_outreach where trial_id = :id")
                .param("id", trialId)
                .query(rs -> {
                    arms.put(rs.getString("org_number"), rs.getString("arm_code"));
                });
        return arms;
    }

    /** The index of the first company whose legal unit is in the arm. */
    int companyIn(Map<String, String> arms, String arm) {
        for (int i = 0; i < COMPANIES; i++) {
            if (arm.equals(arms.get(WORKPLACES.get(i)))) {
                return i;
            }
        }
        throw new AssertionError("no company in " + arm);
    }

    @Test
    void aControlArmMayLeaveOutItsFormAndIsStoredAsNoOutreach() {
        long id = ((Number) read(
                        post("superbruker", "/api/trials", OUTREACH_DESIGN.formatted(NAME, "BEFORE_CONTACT")), "$.id"))
                .longValue();
        MvcTestResult trial = get("leser", "/api/trials/" + id);
        assertThat((List<Boolean>) read(trial, "$.arms[*].outreach")).containsExactly(true, false);
        assertThat((Object) read(trial, "$.arms[1].plannedMonths")).isNull();
        assertThat((Object) read(trial, "$.arms[1].participation")).isNull();
        // Existing payloads without the flag stay valid, and their arms reach out.
        long old = designed("BEFORE_CONTACT", "");
        assertThat((List<Boolean>) read(get("leser", "/api/trials/" + old), "$.arms[*].outreach"))
                .containsExactly(true, true);
    }

    @Test
    void noOutreachIsRefusedAmongTheWillingTwiceOverOrWithoutAnArmThatOffersAssistance() {
        MvcTestResult amongWilling =
                post("superbruker", "/api/trials", OUTREACH_DESIGN.formatted(NAME, "AMONG_WILLING"));
        assertThat(amongWilling).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(body(amongWilling)).contains("arms[1].outreach", "Bare et forsøk før kontakt");

        String twoControls = OUTREACH_DESIGN
                .formatted(NAME, "BEFORE_CONTACT")
                .replace("\"code\": \"OFFER\",", "\"code\": \"OFFER\", \"outreach\": false,");
        MvcTestResult refused = post("superbruker", "/api/trials", twoControls);
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(body(refused)).contains("høyst én arm uten oppsøking");

        String threeArmsOneControl = OUTREACH_DESIGN
                .formatted(NAME, "BEFORE_CONTACT")
                .replace(
                        "\"ratio\": 1}],",
                        "\"ratio\": 1}, {\"code\": \"LATE\", \"name\": \"Sen\", \"outreach\": false,"
                                + " \"description\": \"Ingen\", \"ratio\": 1}],");
        assertThat(body(post("superbruker", "/api/trials", threeArmsOneControl)))
                .contains("høyst én arm uten oppsøking");
    }

    @Test
    void aTrialsEligibilityCannotBeAnotherTrialsCandidates() {
        String design = OUTREACH_DESIGN
                .formatted(NAME, "BEFORE_CONTACT")
                .replace("{\"minEmployees\": 5}", "{\"trialCandidate\": true}");
        MvcTestResult refused = post("superbruker", "/api/trials", design);
        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(body(refused)).contains("filters.trialCandidate", "et annet forsøks tildeling");
    }

    @Test
    void theViewGivesEveryEligibleWorkplaceOfARunningBeforeContactTrialWithItsLegalUnitsArm() {
        long id = startedOutreachTrial();
        long amongWilling = started("AMONG_WILLING", "");
        enrol("saksbehandler", amongWilling, WORKPLACES.get(0));

        Map<String, String> arms = armsByWorkplace(id);
        List<String> all = new ArrayList<>(WORKPLACES);
        all.addAll(SECOND_WORKPLACES);
        assertThat(arms).containsOnlyKeys(all);
        assertThat(arms.values()).containsOnly("OFFER", "NONE").contains("OFFER", "NONE");
        for (int i = 0; i < SECOND_WORKPLACES.size(); i++) {
            assertThat(arms.get(SECOND_WORKPLACES.get(i)))
                    .as("a legal unit's workplaces share the arm")
                    .isEqualTo(arms.get(WORKPLACES.get(i)));
        }
        assertThat(jdbc.sql(
                                "select count(*) from trial_outreach where trial_id = :id and outreach <> (arm_code = 'OFFER')")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select distinct trial_name from trial_outreach")
                        .query(String.class)
                        .list())
                .containsExactly(NAME);
        assertThat(armsByWorkplace(amongWilling))
                .as("AMONG_WILLING allocations stay concealed")
                .isEmpty();

        post("superbruker", "/api/trials/" + id + "/close", "");
        assertThat(armsByWorkplace(id)).as("a closed trial is over").isEmpty();
    }

    @Test
    void theCallListMarksTheTrialsWorkplacesAndFiltersTheOfferArms() {
        long id = startedOutreachTrial();
        Map<String, String> arms = armsByWorkplace(id);
        String offer = WORKPLACES.get(companyIn(arms, "OFFER"));
        String control = WORKPLACES.get(companyIn(arms, "NONE"));

        MvcTestResult all = get("leser", "/api/prioritization?size=1000");
        assertThat(all).hasStatusOk();
        assertThat((List<Object>) read(all, "$.rows[?(@.orgNumber == '" + offer + "')].trial.trialId"))
                .containsExactly((int) id);
        assertThat((List<String>) read(all, "$.rows[?(@.orgNumber == '" + offer + "')].trial.trialName"))
                .containsExactly(NAME);
        assertThat((List<String>) read(all, "$.rows[?(@.orgNumber == '" + offer + "')].trial.armName"))
                .containsExactly("Tilbud om bistand");
        assertThat((List<Boolean>) read(all, "$.rows[?(@.orgNumber == '" + control + "')].trial.outreach"))
                .containsExactly(false);
        assertThat((List<String>) read(all, "$.rows[?(@.orgNumber == '" + control + "')].trial.arm"))
                .containsExactly("NONE");

        MvcTestResult candidates = get("leser", "/api/prioritization?trialCandidate=true&size=1000");
        List<String> expected = arms.entrySet().stream()
                .filter(entry -> entry.getValue().equals("OFFER"))
                .map(Map.Entry::getKey)
                .toList();
        assertThat((List<String>) read(candidates, "$.rows[*].orgNumber"))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat((Integer) read(candidates, "$.total")).isEqualTo(expected.size());
        assertThat((List<Boolean>) read(candidates, "$.rows[*].trial.outreach")).containsOnly(true);

        MvcTestResult wrong = get("leser", "/api/prioritization?trialCandidate=kanskje");
        assertThat(wrong).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(body(wrong)).contains("Bare forsøkskandidater må være true eller false");

        assertThat(body(get("leser", "/api/prioritization/export?format=csv&trialCandidate=true")))
                .contains("Bare forsøkskandidater;Ja");

        // The exported list says what the page's badges say, in its last column.
        String export = body(get("leser", "/api/prioritization/export?format=csv"));
        assertThat(export).contains(";Forsøk\r\n").doesNotContain(";Forsøk;");
        assertThat(line(export, offer)).endsWith(";Forsøkskandidat i «" + NAME + "», armen «Tilbud om bistand»");
        assertThat(line(export, control)).endsWith(";Kontrollgruppe i «" + NAME + "» – ikke oppsøk");
    }

    private static String line(String csv, String orgNumber) {
        return csv.lines()
                .filter(line -> line.startsWith(orgNumber + ";"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theCallListPageShowsTheCandidateAndControlBadgesAndTheFilter() {
        startedOutreachTrial();
        var reader = TestUsers.of("leser", Role.READER);
        String page = body(mvc.get()
                .uri("/prioritering?county=alle&size=1000")
                .with(user(reader))
                .exchange());
        assertThat(page)
                .contains("Forsøkskandidat: " + NAME)
                .contains("Kontrollgruppe i forsøk – ikke oppsøk")
                .contains("name=\"trialCandidate\"");
        String candidates = body(mvc.get()
                .uri("/prioritering?county=alle&size=1000&trialCandidate=true")
                .with(user(reader))
                .exchange());
        assertThat(candidates)
                .contains("Forsøkskandidat: " + NAME)
                .doesNotContain("Kontrollgruppe i forsøk – ikke oppsøk");
    }

    @Test
    void aCaseStartedForAnOfferArmEnterpriseIsLinkedAndItsFirstCollaborationRecordsTheArm() {
        long id = startedOutreachTrial();
        int company = companyIn(armsByWorkplace(id), "OFFER");
        assertThat(body(mvc.get()
                        .uri("/virksomhet/" + WORKPLACES.get(company) + "/saker")
                        .with(user(TestUsers.superuser()))
                        .exchange()))
                .contains("Forsøkskandidat i forsøket «" + NAME + "»")
                .contains("value=\"CENTRE_INITIATIVE\"");
        MvcTestResult started = startCase(WORKPLACES.get(company), "CENTRE_INITIATIVE");
        assertThat(started).hasStatus2xxSuccessful();
        long caseId = ((Number) read(started, "$.id")).longValue();
        assertThat(jdbc.sql("select trial_id || ':' || arm from case_trial where case_id = :id")
                        .param("id", caseId)
                        .query(String.class)
                        .list())
                .containsExactly(id + ":OFFER");

        int version = 1;
        for (String type : List.of("TAKE_OWNERSHIP", "TO_CONTACTING", "TO_MAPPING")) {
            assertThat(post(
                            "saksbehandler",
                            "/api/cases/" + caseId + "/events",
                            "{\"type\": \"%s\", \"expectedVersion\": %d}".formatted(type, version++)))
                    .hasStatusOk();
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        MvcTestResult collaboration = post("saksbehandler", "/api/cases/" + caseId + "/collaborations", """
                {"name": "Tilbudet", "level": "UNIT", "unitOrgNumbers": ["%s"], "initiatedBy": "CENTRE",
                 "serviceAreas": ["REDUCE_SICK_LEAVE"], "startDate": "%s", "plannedEndDate": "%s"}""".formatted(
                        WORKPLACES.get(company), today, today.plusMonths(6)));
        assertThat(collaboration).hasStatus(HttpStatus.CREATED);
        assertThat(((Number) read(collaboration, "$.trialId")).longValue()).isEqualTo(id);
        assertThat((String) read(collaboration, "$.trialArm")).isEqualTo("OFFER");
    }

    @Test
    void theCentreMayNotSeekOutTheControlGroupButAnEnterpriseThatAsksIsHelpedAndCountedInItsArm() {
        long id = startedOutreachTrial();
        int company = companyIn(armsByWorkplace(id), "NONE");
        for (String org : List.of(WORKPLACES.get(company), LEGAL_UNITS.get(company))) {
            MvcTestResult refused = startCase(org, "CENTRE_INITIATIVE");
            assertThat(refused).hasStatus(HttpStatus.CONFLICT);
            assertThat(body(refused)).contains("er i kontrollgruppen i forsøket «" + NAME + "» og skal ikke oppsøkes");
        }
        assertThat(jdbc.sql("select count(*) from ia_case").query(Long.class).single())
                .isZero();

        // The enterprise page's case section says so and offers only the enterprise's own request.
        String section = body(mvc.get()
                .uri("/virksomhet/" + WORKPLACES.get(company) + "/saker")
                .with(user(TestUsers.superuser()))
                .exchange());
        assertThat(section)
                .contains("Kontrollgruppe i forsøket «" + NAME + "» – ikke oppsøk")
                .contains("value=\"ENTERPRISE_REQUEST\"")
                .doesNotContain("value=\"CENTRE_INITIATIVE\"");

        // The enterprise page's form refuses it too, as a form error.
        MvcTestResult form = mvc.post()
                .uri("/virksomhet/" + WORKPLACES.get(company) + "/sak")
                .param("background", "CENTRE_INITIATIVE")
                .with(user(TestUsers.superuser()))
                .with(csrf())
                .exchange();
        assertThat(String.valueOf(form.getMvcResult().getFlashMap().get("problem")))
                .contains("kontrollgruppen i forsøket «" + NAME + "»");

        MvcTestResult asked = startCase(WORKPLACES.get(company), "ENTERPRISE_REQUEST");
        assertThat(asked).hasStatus2xxSuccessful();
        long caseId = ((Number) read(asked, "$.id")).longValue();
        assertThat(jdbc.sql("select trial_id || ':' || arm from case_trial where case_id = :id")
                        .param("id", caseId)
                        .query(String.class)
                        .list())
                .as("intention to treat: the control enterprise that asked counts in its arm")
                .containsExactly(id + ":NONE");
    }

    @Test
    void theFlowCountsTheWholeListRandomisedAndAControlEnterpriseThatGotAssistanceAsNotReceivingItsArm() {
        long id = startedOutreachTrial();
        int company = companyIn(armsByWorkplace(id), "NONE");
        long caseId = ((Number) read(startCase(WORKPLACES.get(company), "ENTERPRISE_REQUEST"), "$.id")).longValue();
        int version = 1;
        for (String type : List.of("TAKE_OWNERSHIP", "TO_CONTACTING", "TO_MAPPING")) {
            post(
                    "saksbehandler",
                    "/api/cases/" + caseId + "/events",
                    "{\"type\": \"%s\", \"expectedVersion\": %d}".formatted(type, version++));
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        assertThat(post("saksbehandler", "/api/cases/" + caseId + "/collaborations", """
                        {"name": "Etter eget ønske", "level": "UNIT", "unitOrgNumbers": ["%s"], "initiatedBy": "ENTERPRISE",
                         "serviceAreas": ["REDUCE_SICK_LEAVE"], "startDate": "%s", "plannedEndDate": "%s"}""".formatted(
                                WORKPLACES.get(company), today, today.plusMonths(6))))
                .hasStatus(HttpStatus.CREATED);

        MvcTestResult flow = get("superbruker", "/api/trials/" + id + "/flow");
        assertThat(flow).hasStatusOk();
        assertThat(((Number) read(flow, "$.randomised")).intValue()).isEqualTo(COMPANIES);
        assertThat((List<Object>) read(flow, "$.excluded")).isEmpty();
        List<Integer> assisted = read(
                flow,
                "$.arms[?(@.arm == 'NONE')].notReceived[?(@.reason == 'ASSISTED_DESPITE_NO_OUTREACH')].legalUnits");
        assertThat(assisted).containsExactly(1);
        int control = ((List<Integer>) read(flow, "$.arms[?(@.arm == 'NONE')].allocated")).get(0);
        assertThat((List<Integer>) read(flow, "$.arms[?(@.arm == 'NONE')].receivedAllocated"))
                .containsExactly(control - 1);
        List<Integer> notReached =
                read(flow, "$.arms[?(@.arm == 'OFFER')].notReceived[?(@.reason == 'NO_COLLABORATION')].legalUnits");
        assertThat(notReached).containsExactly(COMPANIES - control);

        List<List<String>> deviations = read(
                get("superbruker", "/api/trials/" + id + "/adherence"),
                "$[?(@.legalUnit == '" + LEGAL_UNITS.get(company) + "')].deviations");
        assertThat(deviations.get(0)).containsExactly("ASSISTED_DESPITE_NO_OUTREACH");
    }

    @Test
    void aCaseStartIsNotLinkedToATrialAmongTheWilling() {
        started("AMONG_WILLING", "");
        MvcTestResult started = startCase(WORKPLACES.get(0), "CENTRE_INITIATIVE");
        assertThat(started).hasStatus2xxSuccessful();
        assertThat(jdbc.sql("select count(*) from case_trial where case_id = :id")
                        .param("id", ((Number) read(started, "$.id")).longValue())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    MvcTestResult startCase(String orgNumber, String background) {
        return post(
                "superbruker",
                "/api/cases",
                "{\"orgNumber\": \"%s\", \"background\": \"%s\"}".formatted(orgNumber, background));
    }
}
