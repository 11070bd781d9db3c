package no.iaverk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.knowledge.ContentFile;
import no.iaverk.knowledge.KnowledgeContent;
import no.iaverk.knowledge.KnowledgeType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Knowledge attached to a plan's sub-themes through the API: attach, list, remove; only included sub-themes, only
 * library items, no duplicates; the collaboration's JSON carries the attachments; who may change the plan may attach.
 */
@IntegrationTest
class PlanKnowledgeApiTest extends CaseApiFixture {

    static final String MEASURE = "MEASURE-M14";
    static final String SERVICE = "IA_SERVICE-SICK_LEAVE_FOLLOW_UP_CONVERSATIONS";

    @Autowired
    KnowledgeContent knowledgeContent;

    long caseId;
    String base;

    @BeforeEach
    void aCollaborationWhosePlanIncludesFollowUpConversations() {
        caseId = startCase(KINDERGARTEN);
        event("saksbehandler", caseId, "TAKE_OWNERSHIP", 1);
        event("saksbehandler", caseId, "TO_CONTACTING", 2);
        event("saksbehandler", caseId, "TO_MAPPING", 3);
        long collaboration = id(
                post("saksbehandler", "/api/cases/" + caseId + "/collaborations", collaboration(TODAY.plusMonths(6))));
        base = "/api/cases/" + caseId + "/collaborations/" + collaboration;
        assertThat(put("saksbehandler", base + "/plan", plan(true))).hasStatusOk();
    }

    static String plan(boolean followUpIncluded) {
        return """
                {"items": [{"serviceCode": "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", "included": %s},
                           {"serviceCode": "SICK_LEAVE_WORK", "included": true}]}""".formatted(followUpIncluded);
    }

    MvcTestResult attach(String user, String serviceCode, String itemId) {
        return post(user, base + "/plan/" + serviceCode + "/knowledge", "{\"itemId\": \"%s\"}".formatted(itemId));
    }

    MvcTestResult delete(String user, String uri) {
        return mvc.delete().uri(uri).with(httpBasic(user, "demo")).exchange();
    }

    @Test
    void an_item_is_attached_listed_in_the_plan_and_the_collaboration_and_removed() {
        assertThat(attach("saksbehandler", "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", MEASURE))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.itemId").isEqualTo(MEASURE);
                    assertThat(json).extractingPath("$.type").isEqualTo("MEASURE");
                    assertThat(json).extractingPath("$.title").isEqualTo("Tett oppfølging av sykmeldte på sykehjem");
                    assertThat(json).extractingPath("$.serviceCode").isEqualTo("SICK_LEAVE_FOLLOW_UP_CONVERSATIONS");
                    assertThat(json).extractingPath("$.attachedBy").isEqualTo("saksbehandler");
                });
        assertThat(attach("saksbehandler", "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", SERVICE))
                .hasStatus(HttpStatus.CREATED);

        assertThat(get("leser", base + "/plan/knowledge"))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$[*].itemId").asArray().containsExactly(MEASURE, SERVICE);
                    assertThat(json).extractingPath("$[1].type").isEqualTo("IA_SERVICE");
                });
        assertThat(get("leser", base)).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json)
                    .extractingPath(
                            "$.plan[?(@.serviceCode == 'SICK_LEAVE_FOLLOW_UP_CONVERSATIONS')].knowledge[*].itemId")
                    .asArray()
                    .containsExactly(MEASURE, SERVICE);
            assertThat(json)
                    .extractingPath("$.plan[?(@.serviceCode == 'SICK_LEAVE_WORK')].knowledge[*]")
                    .asArray()
                    .isEmpty();
        });
        assertThat(get("leser", "/api/cases/" + caseId + "/collaborations"))
                .bodyJson()
                .extractingPath(
                        "$[0].plan[?(@.serviceCode == 'SICK_LEAVE_FOLLOW_UP_CONVERSATIONS')].knowledge[0].title")
                .asArray()
                .containsExactly("Tett oppfølging av sykmeldte på sykehjem");

        String measure = base + "/plan/SICK_LEAVE_FOLLOW_UP_CONVERSATIONS/knowledge/" + MEASURE;
        assertThat(delete("saksbehandler", measure)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(delete("saksbehandler", measure))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("er ikke knyttet til «Oppfølgingssamtaler»");
        assertThat(get("leser", base + "/plan/knowledge"))
                .bodyJson()
                .extractingPath("$[*].itemId")
                .asArray()
                .containsExactly(SERVICE);
    }

    @Test
    void attaching_an_item_twice_keeps_one_attachment_and_answers_it_unchanged() {
        assertThat(attach("saksbehandler", "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", MEASURE))
                .hasStatus(HttpStatus.CREATED);
        event("superbruker", caseId, "FOLLOW", 4);
        assertThat(attach("superbruker", "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", MEASURE))
                .hasStatus(HttpStatus.OK)
                .bodyJson()
                .extractingPath("$.attachedBy")
                .isEqualTo("saksbehandler");
        assertThat(jdbc.sql("select count(*) from plan_item_knowledge")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void unknown_items_themes_unknown_services_and_sub_themes_outside_the_plan_are_refused_in_norwegian() {
        assertThat(attach("saksbehandler", "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", "MEASURE-NO_SUCH"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("MEASURE-NO_SUCH");
        assertThat(attach("saksbehandler", "SICK_LEAVE_WORK", MEASURE))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .isEqualTo("«Sykefraværsarbeid» er et tema. Kunnskap knyttes til et undertema i planen.");
        assertThat(attach("saksbehandler", "SICK_LEAVE_ROUTINES", MEASURE))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .isEqualTo("Undertemaet «Sykefraværsrutiner» er ikke med i planen. Ta det med og lagre planen først.");
        assertThat(attach("saksbehandler", "NO_SUCH_SERVICE", MEASURE))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("NO_SUCH_SERVICE");
        assertThat(post("saksbehandler", base + "/plan/SICK_LEAVE_FOLLOW_UP_CONVERSATIONS/knowledge", "{}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("itemId mangler");
        assertThat(get("leser", base + "/plan/knowledge"))
                .bodyJson()
                .extractingPath("$")
                .asArray()
                .isEmpty();
    }

    @Test
    void a_sub_theme_taken_out_of_the_plan_hides_its_attachments_until_it_is_put_back() {
        attach("saksbehandler", "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", MEASURE);
        assertThat(put("saksbehandler", base + "/plan", plan(false))).hasStatusOk();
        assertThat(get("leser", base + "/plan/knowledge"))
                .bodyJson()
                .extractingPath("$")
                .asArray()
                .isEmpty();
        assertThat(get("leser", base))
                .bodyJson()
                .extractingPath("$.plan[?(@.serviceCode == 'SICK_LEAVE_FOLLOW_UP_CONVERSATIONS')].knowledge[*]")
                .asArray()
                .isEmpty();
        assertThat(attach("saksbehandler", "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", SERVICE))
                .hasStatus(HttpStatus.CONFLICT);

        assertThat(put("saksbehandler", base + "/plan", plan(true))).hasStatusOk();
        assertThat(get("leser", base + "/plan/knowledge"))
                .bodyJson()
                .extractingPath("$[*].itemId")
                .asArray()
                .containsExactly(MEASURE);
    }

    @Test
    void an_item_the_shipped_content_no_longer_has_leaves_the_plans_it_was_attached_to() {
        String file = "plan-knowledge-test.json";
        String item = """
                [{"key": "PK1", "title": "Planprøve", "summary": "Et tiltak bare for denne testen.",
                  "sourceKind": "STUDY", "source": {"file": "f.md", "lines": "1-2"}}]""";
        knowledgeContent.load(
                List.of(new ContentFile(file, KnowledgeType.MEASURE, item.getBytes(StandardCharsets.UTF_8))));
        assertThat(attach("saksbehandler", "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", "MEASURE-PK1"))
                .hasStatus(HttpStatus.CREATED);

        assertThat(knowledgeContent
                        .load(List.of(
                                new ContentFile(file, KnowledgeType.MEASURE, "[]".getBytes(StandardCharsets.UTF_8))))
                        .deleted())
                .isEqualTo(1);
        assertThat(get("leser", base + "/plan/knowledge"))
                .bodyJson()
                .extractingPath("$")
                .asArray()
                .isEmpty();
    }

    @Test
    void only_those_who_may_change_the_plan_attach_and_remove() {
        attach("saksbehandler", "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", MEASURE);
        String measure = base + "/plan/SICK_LEAVE_FOLLOW_UP_CONVERSATIONS/knowledge/" + MEASURE;
        for (String user : new String[] {"leser", "saksbehandler-oslo", "superbruker"}) {
            assertThat(attach(user, "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", SERVICE))
                    .as(user)
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(delete(user, measure)).as(user).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(get("saksbehandler-oslo", base + "/plan/knowledge"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].itemId")
                .asArray()
                .containsExactly(MEASURE);

        assertThat(post("saksbehandler", base + "/cancel", "")).hasStatusOk();
        assertThat(attach("saksbehandler", "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", SERVICE))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("avsluttet");
        assertThat(delete("saksbehandler", measure)).hasStatus(HttpStatus.CONFLICT);
    }
}
