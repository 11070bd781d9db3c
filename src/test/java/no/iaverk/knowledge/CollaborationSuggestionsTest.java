package no.iaverk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.cases.Cases;
import no.iaverk.cases.Collaborations;
import no.iaverk.knowledge.Suggestions.InputStatus;
import no.iaverk.knowledge.Suggestions.Suggestion;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Suggestions for a collaboration over the shipped library and {@link SuggestionFixture}'s kindergartens. */
@IntegrationTest
class CollaborationSuggestionsTest {

    private static final CurrentUser OWN_UNIT = new CurrentUser("leser", "Lene Leser", Role.READER, "VESTLAND");
    private static final CurrentUser OTHER_UNIT = new CurrentUser("oslo", "Omar", Role.CASEWORKER, "OSLO");

    @Autowired
    CollaborationSuggestions suggestions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Cases cases;

    @Autowired
    Collaborations collaborations;

    SuggestionFixture fixture;

    @BeforeEach
    void aKindergartenGroupWithHighLongTermLeave() {
        fixture = SuggestionFixture.create(jdbc, cases, collaborations);
    }

    @AfterEach
    void removeIt() {
        SuggestionFixture.remove(jdbc);
    }

    @Test
    void a_kindergarten_with_high_long_term_leave_gets_kindergarten_and_long_term_items_with_the_numbers() {
        Suggestions result = suggestions.forCollaboration(fixture.topLevel, OWN_UNIT);

        List<Suggestion> list = result.suggestions();
        assertThat(list).hasSizeBetween(5, 10);
        assertThat(list).allSatisfy(s -> assertThat(s.type()).isNotEqualTo(KnowledgeType.INSTRUMENT));
        assertThat(list).isSortedAccordingTo((a, b) -> b.score().compareTo(a.score()));
        String programme = "Gjelder bransjeprogrammet Barnehager, som samarbeidet hører til.";
        String longTerm = "Langtidsfraværet (fra 17 dager) er 70,0 % av de tapte dagsverkene, bransjen 55,0 %.";
        Suggestion kindergarten = first(list, programme);
        Suggestion longTermItem = first(list, longTerm);
        assertThat(themesOf(longTermItem.id())).contains("Langtidsfravær");
        assertThat(programmesOf(kindergarten.id())).contains("BARNEHAGER");
        assertThat(list)
                .as("the first item answers the most findings")
                .first()
                .satisfies(best -> assertThat(best.reasons()).contains(longTerm));
        assertThat(list.stream().flatMap(s -> s.reasons().stream()))
                .contains("Sykefraværet de siste fire kvartalene er 10,0 %, bransjen 8,0 %.")
                .contains("Sykefraværet steg med 2,0 prosentpoeng fra 2096K1 til 2097K1.")
                .contains("En IA-tjeneste i tjenesteområdet «Redusere sykefravær», som samarbeidet gjelder.")
                .noneMatch(reason -> reason.startsWith("Korttidsfraværet"));

        var sickLeave = result.inputs().sickLeave();
        assertThat(sickLeave.status()).isEqualTo(InputStatus.USED);
        assertThat(sickLeave.text())
                .contains("Sykefraværet for 2 av 3 enheter i 2096K2–2097K1: 10,0 %.")
                .contains("Langtidsfravær er 70,0 % og korttidsfravær 30,0 %")
                .contains("1 enhet(er) med færre enn fem personer")
                .contains("Sammenlignet med bransjen: 8,0 %, langtidsfravær 55,0 %");
        assertThat(sickLeave.figures())
                .containsEntry("percent", new java.math.BigDecimal("10.0"))
                .containsEntry("longTermShare", new java.math.BigDecimal("70.0"))
                .containsEntry("benchmarkKind", "INDUSTRY_PROGRAMME");
        assertThat(result.inputs().industryProgramme().text())
                .isEqualTo("Bransjeprogram: Barnehager (3 av 3 enheter).");
        assertThat(result.inputs().level()).isEqualTo("TOP");
    }

    @Test
    void a_masked_units_figures_are_not_used_and_the_inputs_say_why() {
        Suggestions top = suggestions.forCollaboration(fixture.topLevel, OWN_UNIT);
        assertThat(top.inputs().units())
                .filteredOn(unit -> unit.orgNumber().equals(SuggestionFixture.SMALL))
                .singleElement()
                .satisfies(unit -> {
                    assertThat(unit.used()).isFalse();
                    assertThat(unit.note()).startsWith("Færre enn fem personer i minst ett av kvartalene");
                });

        Suggestions small = suggestions.forCollaboration(fixture.smallUnitOnly, OWN_UNIT);
        assertThat(small.inputs().level()).isEqualTo("UNIT");
        assertThat(small.inputs().sickLeave().status()).isEqualTo(InputStatus.WITHHELD);
        assertThat(small.inputs().sickLeave().text())
                .isEqualTo("Alle enhetene hadde færre enn fem personer i minst ett av kvartalene 2096K2–2097K1;"
                        + " tallene deres brukes ikke.");
        assertThat(small.inputs().sickLeave().figures()).isEmpty();
        // The programme still counts; nothing from the figures does.
        assertThat(small.suggestions()).isNotEmpty();
        assertThat(small.suggestions().stream().flatMap(s -> s.reasons().stream()))
                .noneMatch(reason -> reason.contains("%"))
                .contains("Samarbeidet gjelder enkelte enheter, og dette er rettet mot en gruppe.");
    }

    @Test
    void a_needs_assessment_with_two_respondents_is_not_used_with_three_its_weakest_theme_yields_items() {
        fixture.needsAssessment(jdbc, fixture.topLevel, 2);
        Suggestions two = suggestions.forCollaboration(fixture.topLevel, OWN_UNIT);
        assertThat(two.inputs().needsAssessment().status()).isEqualTo(InputStatus.WITHHELD);
        assertThat(two.inputs().needsAssessment().text()).contains("har færre enn tre svar på hvert tema");
        assertThat(two.suggestions().stream().flatMap(s -> s.reasons().stream()))
                .noneMatch(reason -> reason.contains("behovsvurderingen"));

        fixture.needsAssessment(jdbc, fixture.topLevel, 3);
        Suggestions three = suggestions.forCollaboration(fixture.topLevel, OWN_UNIT);
        assertThat(three.inputs().needsAssessment().status()).isEqualTo(InputStatus.USED);
        assertThat(three.inputs().needsAssessment().text())
                .contains("svakeste tema er «Sykefraværsarbeid», 2,0 av 5 (3 svar)");
        String weak = "I behovsvurderingen har «Sykefraværsarbeid» lavest enighet: 2,0 av 5 (3 svar).";
        Suggestion fromSurvey = first(three.suggestions(), weak);
        assertThat(themesOf(fromSurvey.id()))
                .containsAnyOf("Sykefraværsoppfølging", "Oppfølging av sykmeldte", "Rutiner");

        // Survey results are for the case's unit only: another unit's reader gets no survey-based reasons.
        Suggestions elsewhere = suggestions.forCollaboration(fixture.topLevel, OTHER_UNIT);
        assertThat(elsewhere.inputs().needsAssessment().status()).isEqualTo(InputStatus.WITHHELD);
        assertThat(elsewhere.inputs().needsAssessment().text()).doesNotContain("Sykefraværsarbeid");
        assertThat(elsewhere.suggestions().stream().flatMap(s -> s.reasons().stream()))
                .noneMatch(reason -> reason.contains("behovsvurderingen"));
    }

    @Test
    void the_api_answers_the_agreed_shape_audits_the_read_and_404s_an_unknown_collaboration() {
        long audits = auditRows();
        assertThat(mvc.get()
                        .uri("/api/knowledge/suggestions?collaborationId=" + fixture.topLevel)
                        .with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.collaborationId").isEqualTo((int) fixture.topLevel);
                    assertThat(json).extractingPath("$.inputs.sickLeave.status").isEqualTo("USED");
                    assertThat(json)
                            .extractingPath("$.inputs.sickLeave.figures.longTermShare")
                            .isEqualTo(70.0);
                    assertThat(json).extractingPath("$.inputs.units[2].used").isEqualTo(false);
                    assertThat(json)
                            .extractingPath("$.inputs.needsAssessment.status")
                            .isEqualTo("MISSING");
                    assertThat(json)
                            .extractingPath("$.suggestions[0].id")
                            .asString()
                            .contains("-");
                    assertThat(json).extractingPath("$.suggestions[0].type").isNotNull();
                    assertThat(json).extractingPath("$.suggestions[0].title").isNotNull();
                    assertThat(json).extractingPath("$.suggestions[0].score").isNotNull();
                    assertThat(json)
                            .extractingPath("$.suggestions[0].reasons")
                            .asArray()
                            .isNotEmpty();
                });
        assertThat(auditRows()).isEqualTo(audits + 1);
        assertThat(jdbc.sql("""
                        select unnest(enterprises) from audit_event
                        where id = (select max(id) from audit_event where resource_type = 'KNOWLEDGE_SUGGESTIONS')
                        """).query(String.class).list())
                .containsExactlyInAnyOrder(SuggestionFixture.FIRST, SuggestionFixture.SECOND);

        assertThat(mvc.get().uri("/api/knowledge/suggestions?collaborationId=0").with(httpBasic("leser", "demo")))
                .hasStatus(404)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("Fant ikke samarbeid 0.");
        assertThat(mvc.get().uri("/api/knowledge/suggestions?collaborationId=x").with(httpBasic("leser", "demo")))
                .hasStatus(400);
        assertThat(mvc.get().uri("/api/knowledge/suggestions?collaborationId=" + fixture.topLevel))
                .hasStatus(401);
    }

    @Test
    void the_collaboration_page_loads_the_section_which_renders_the_suggestions_with_their_reasons() {
        String page = "/sak/" + fixture.caseId + "/samarbeid/" + fixture.topLevel;
        assertThat(mvc.get().uri(page).with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"forslag\"")
                .contains("hx-get=\"" + page + "/forslag?view=");

        var section =
                mvc.get().uri(page + "/forslag").header("HX-Request", "true").with(user(TestUsers.reader()));
        assertThat(section)
                .hasStatusOk()
                .bodyText()
                .doesNotContain("<html")
                .contains("Forslag fra kunnskapsbiblioteket")
                .contains("href=\"/kunnskap/")
                .contains("Langtidsfraværet (fra 17 dager) er 70,0 % av de tapte dagsverkene, bransjen 55,0 %.")
                .contains("Slik velges forslagene")
                .contains("Solsikken Minibarnehage")
                .contains("Færre enn fem personer")
                .doesNotContain("??");
        assertThat(mvc.get().uri(page + "/forslag").with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("<html");
        assertThat(mvc.get()
                        .uri("/sak/{caseId}/samarbeid/{id}/forslag", fixture.caseId + 1, fixture.topLevel)
                        .with(user(TestUsers.reader())))
                .hasStatus(404);
    }

    private static Suggestion first(List<Suggestion> list, String reason) {
        return list.stream()
                .filter(s -> s.reasons().contains(reason))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no suggestion says «" + reason + "»: " + list));
    }

    private List<String> themesOf(String id) {
        return jdbc.sql("select unnest(themes) from knowledge_item where id = :id")
                .param("id", id)
                .query(String.class)
                .list();
    }

    private List<String> programmesOf(String id) {
        return jdbc.sql("select unnest(industry_programmes) from knowledge_item where id = :id")
                .param("id", id)
                .query(String.class)
                .list();
    }

    private long auditRows() {
        return jdbc.sql("select count(*) from audit_event where resource_type = 'KNOWLEDGE_SUGGESTIONS'")
                .query(Long.class)
                .single();
    }
}
