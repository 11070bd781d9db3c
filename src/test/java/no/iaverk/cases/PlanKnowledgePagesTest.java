package no.iaverk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.IaverkUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Knowledge in the plan on the collaboration page: the owner searches the library, adds a hit to a sub-theme and
 * removes it again with plain forms (htmx gets the hits alone); everyone who reads the page sees the attached items
 * with their type and a link to the item, and only the owner gets the forms.
 */
@IntegrationTest
class PlanKnowledgePagesTest {

    static final IaverkUser OWNER = TestUsers.of("saksbehandler", Role.CASEWORKER);
    static final IaverkUser OTHER_UNIT = TestUsers.of("saksbehandler-oslo", Role.CASEWORKER, "OSLO");
    static final String MEASURE = "MEASURE-M14";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    Cases cases;

    @Autowired
    Collaborations collaborations;

    @Autowired
    PlanKnowledge planKnowledge;

    CasePagesFixture fixture;

    @BeforeEach
    void aPlanWithFollowUpConversations() {
        fixture = CasePagesFixture.create(jdbc, registerImport, cases, collaborations);
        collaborations.savePlan(
                fixture.caseId(),
                fixture.collaborationId(),
                "Færre fraværsdager",
                List.of(
                        new Collaborations.PlanChoice(
                                "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS",
                                true,
                                LocalDate.now(),
                                null,
                                Collaboration.PlanStatus.IN_PROGRESS),
                        new Collaborations.PlanChoice(
                                "SICK_LEAVE_ROUTINES", true, null, null, Collaboration.PlanStatus.PLANNED)),
                CasePagesFixture.OWNER);
    }

    @Test
    void the_owner_searches_adds_a_hit_to_a_sub_theme_and_removes_it() {
        String searched = page(
                fixture.collaborationPage() + "?kunnskap=sykehjem&undertema=SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", OWNER);
        assertThat(searched)
                .contains("Kunnskap i planen", "aria-label=\"Søk i kunnskapsbiblioteket\"")
                .contains("<option value=\"SICK_LEAVE_FOLLOW_UP_CONVERSATIONS\" selected=\"selected\">")
                .contains("Tett oppfølging av sykmeldte på sykehjem")
                .contains("<input type=\"hidden\" name=\"itemId\" value=\"" + MEASURE + "\">")
                .contains("aria-label=\"Legg «Tett oppfølging av sykmeldte på sykehjem» til Oppfølgingssamtaler\"")
                .doesNotContain("??");

        MvcTestResult added = mvc.post()
                .uri(fixture.collaborationPage() + "/plan/kunnskap")
                .param("itemId", MEASURE)
                .param("undertema", "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS")
                .param("kunnskap", "sykehjem")
                .with(user(OWNER))
                .with(csrf())
                .exchange();
        assertThat(added).hasStatus3xxRedirection();
        assertThat(added.getResponse().getRedirectedUrl())
                .isEqualTo(fixture.collaborationPage()
                        + "?kunnskap=sykehjem&undertema=SICK_LEAVE_FOLLOW_UP_CONVERSATIONS#plan-kunnskap");
        assertThat(added.getMvcResult().getFlashMap().get("saved")).isEqualTo(true);
        assertThat(planKnowledge.forCollaboration(fixture.caseId(), fixture.collaborationId()))
                .extracting(Collaboration.KnowledgeAttachment::itemId)
                .containsExactly(MEASURE);

        String page = page(
                fixture.collaborationPage() + "?kunnskap=sykehjem&undertema=SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", OWNER);
        assertThat(page)
                .contains("href=\"/kunnskap/" + MEASURE + "\"")
                .contains("form=\"plan-knowledge-remove\"")
                .contains("formaction=\"" + fixture.collaborationPage()
                        + "/plan/SICK_LEAVE_FOLLOW_UP_CONVERSATIONS/kunnskap/" + MEASURE + "/fjern\"")
                .contains("Lagt til")
                .doesNotContain("<input type=\"hidden\" name=\"itemId\" value=\"" + MEASURE + "\">");

        MvcTestResult removed = mvc.post()
                .uri(fixture.collaborationPage() + "/plan/SICK_LEAVE_FOLLOW_UP_CONVERSATIONS/kunnskap/" + MEASURE
                        + "/fjern")
                .with(user(OWNER))
                .with(csrf())
                .exchange();
        assertThat(removed.getResponse().getRedirectedUrl()).isEqualTo(fixture.collaborationPage() + "#plan");
        assertThat(planKnowledge.forCollaboration(fixture.caseId(), fixture.collaborationId()))
                .isEmpty();
    }

    @Test
    void htmx_gets_the_hits_alone_and_a_search_without_text_asks_for_some() {
        assertThat(mvc.get()
                        .uri(fixture.collaborationPage()
                                + "/plan/kunnskap?kunnskap=gravide&undertema=SICK_LEAVE_ROUTINES")
                        .header("HX-Request", "true")
                        .with(user(OWNER)))
                .hasStatusOk()
                .bodyText()
                .startsWith("<div id=\"plan-knowledge-results\"")
                .contains("Gravid og i jobb", "name=\"undertema\" value=\"SICK_LEAVE_ROUTINES\"")
                .doesNotContain("<html");
        assertThat(mvc.get()
                        .uri(fixture.collaborationPage() + "/plan/kunnskap?kunnskap=gravide")
                        .with(user(OWNER)))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo(fixture.collaborationPage() + "?kunnskap=gravide#plan-kunnskap");
        assertThat(mvc.get()
                        .uri(fixture.collaborationPage() + "/plan/kunnskap")
                        .param("kunnskap", "gult kort & #ø")
                        .with(user(OWNER)))
                .redirectedUrl()
                .as("what was typed stays one value")
                .isEqualTo(fixture.collaborationPage() + "?kunnskap=gult%20kort%20%26%20%23%C3%B8#plan-kunnskap");
        assertThat(mvc.get()
                        .uri(fixture.collaborationPage())
                        .param("kunnskap", " ")
                        .with(user(OWNER)))
                .bodyText()
                .contains("Skriv hva du leter etter.");
    }

    @Test
    void a_refused_attachment_says_why_in_norwegian_on_the_page() throws Exception {
        MvcTestResult refused = mvc.post()
                .uri(fixture.collaborationPage() + "/plan/kunnskap")
                .param("itemId", MEASURE)
                .param("undertema", "SICK_LEAVE_ADAPTATION_DUTY")
                .param("kunnskap", "sykehjem")
                .with(user(OWNER))
                .with(csrf())
                .exchange();
        String page = mvc.get()
                .uri(refused.getResponse().getRedirectedUrl().replaceFirst("#.*", ""))
                .flashAttrs(refused.getMvcResult().getFlashMap())
                .with(user(OWNER))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Undertemaet «Tilretteleggings- og medvirkningsplikt» er ikke med i planen."
                        + " Ta det med og lagre planen først.");
        assertThat(planKnowledge.forCollaboration(fixture.caseId(), fixture.collaborationId()))
                .isEmpty();
    }

    @Test
    void readers_and_other_units_see_the_attached_items_with_their_links_and_no_forms() {
        planKnowledge.attach(
                fixture.caseId(),
                fixture.collaborationId(),
                "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS",
                MEASURE,
                CasePagesFixture.OWNER);
        for (IaverkUser reader : List.of(TestUsers.reader(), OTHER_UNIT)) {
            String page = page(fixture.collaborationPage() + "?kunnskap=sykehjem", reader);
            assertThat(page)
                    .contains("Oppfølgingssamtaler", "Tett oppfølging av sykmeldte på sykehjem")
                    .contains("href=\"/kunnskap/" + MEASURE + "\"", ">Tiltak</span>")
                    .doesNotContain("Kunnskap i planen", "plan-knowledge-remove", "Legg til", "Fjern")
                    .doesNotContain(CaseAccessPagesTest.WRITE_FORMS);
        }
    }

    private String page(String uri, IaverkUser who) {
        try {
            return mvc.get()
                    .uri(uri)
                    .with(user(who))
                    .exchange()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
