package no.iaverk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Map;
import no.iaverk.IntegrationTest;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Searching the library (text, inflections, misspellings, facets, filters) and reading one item, API and pages. */
@IntegrationTest
class KnowledgeLibraryTest {

    @Autowired
    KnowledgeContent content;

    @Autowired
    KnowledgeLibrary library;

    @Autowired
    MockMvcTester mvc;

    @BeforeEach
    void loadTheFixture() {
        content.load(KnowledgeFixture.files());
    }

    @Test
    void gravide_and_gravid_both_find_the_measure_for_pregnant_employees() {
        assertThat(ids("gravide")).contains("MEASURE-TX1");
        assertThat(ids("gravid")).contains("MEASURE-TX1");
        assertThat(ids("Gravide Qorvik").get(0)).isEqualTo("MEASURE-TX1");
    }

    @Test
    void gult_kort_finds_the_yellow_card_project() {
        assertThat(ids("gult kort")).contains("MEASURE-TX2");
        // Full-text matches of every word rank above items that only come close by trigrams.
        assertThat(ids("gult kort Qorvik").get(0)).isEqualTo("MEASURE-TX2");
    }

    @Test
    void sykemeldte_finds_items_that_spell_it_sykmeldt() {
        assertThat(ids("sykemeldte Qorvik").subList(0, 2)).containsExactlyInAnyOrder("MEASURE-TX4", "MEASURE-TX2");
        assertThat(ids("sykmeldt")).contains("MEASURE-TX4");
    }

    @Test
    void a_misspelt_query_still_finds_the_kindergarten_item_below_exact_matches() {
        assertThat(ids("barnehge")).contains("MEASURE-TX3");
        assertThat(ids("xyzzy plugh")).isEmpty();
    }

    @Test
    void facets_count_the_matches_with_every_other_filter_applied() {
        var all = search("Qorvik", null, null);
        assertThat(all.total()).isEqualTo(6);
        assertThat(all.facets().get("type"))
                .containsExactly(Map.entry("MEASURE", 4L), Map.entry("EVIDENCE", 1L), Map.entry("INSTRUMENT", 1L));
        assertThat(all.facets().get("industryProgramme"))
                .containsExactly(Map.entry("BARNEHAGER", 3L), Map.entry("SYKEHJEM", 2L));
        assertThat(all.facets().get("scope"))
                .containsExactly(Map.entry("INDIVIDUAL", 3L), Map.entry("GROUP", 1L), Map.entry("ORGANISATION", 1L));
        assertThat(all.facets().get("evidence"))
                .containsExactly(Map.entry("MODERATE", 2L), Map.entry("LIMITED", 1L), Map.entry("STRONG", 1L));
        assertThat(all.facets().get("theme"))
                .containsEntry("Langtidsfravær", 3L)
                .containsEntry("Gravide", 1L);
        assertThat(all.facets().get("sourceKind")).containsEntry("STUDY", 2L).containsEntry("REGULATION", 1L);

        var kindergartens = search("Qorvik", null, "BARNEHAGER");
        assertThat(kindergartens.total()).isEqualTo(3);
        assertThat(kindergartens.facets().get("industryProgramme"))
                .containsExactly(Map.entry("BARNEHAGER", 3L), Map.entry("SYKEHJEM", 2L));
        assertThat(kindergartens.facets().get("type"))
                .containsExactly(Map.entry("MEASURE", 2L), Map.entry("EVIDENCE", 1L));

        var measures = search("Qorvik", KnowledgeType.MEASURE, "BARNEHAGER");
        assertThat(measures.items())
                .extracting(KnowledgeHit::id)
                .containsExactlyInAnyOrder("MEASURE-TX3", "MEASURE-TX4");
        assertThat(measures.facets().get("type")).containsExactly(Map.entry("MEASURE", 2L), Map.entry("EVIDENCE", 1L));
        assertThat(measures.facets().get("industryProgramme"))
                .containsExactly(Map.entry("BARNEHAGER", 2L), Map.entry("SYKEHJEM", 2L));
    }

    @Test
    void the_api_searches_with_filters_and_answers_the_agreed_shape() {
        assertThat(mvc.get()
                        .uri("/api/knowledge?q=Qorvik&theme=langtidsfravær&evidence=MODERATE")
                        .with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.query").isEqualTo("Qorvik");
                    assertThat(json).extractingPath("$.total").isEqualTo(2);
                    assertThat(json)
                            .extractingPath("$.items[*].id")
                            .asArray()
                            .containsExactlyInAnyOrder("MEASURE-TX3", "EVIDENCE-TX1");
                    assertThat(json).extractingPath("$.items[0].source.file").isNotNull();
                    assertThat(json)
                            .extractingPath("$.facets.evidence.MODERATE")
                            .isEqualTo(2);
                    assertThat(json).extractingPath("$.facets.evidence.STRONG").isEqualTo(1);
                });
        assertThat(mvc.get().uri("/api/knowledge?q=Qorvik")).hasStatus(401);
    }

    @Test
    void odd_text_is_searched_as_words_and_a_page_past_the_end_is_empty() {
        for (String text : List.of("!:&|'()", "\"gult", "-", "a & b | !c")) {
            assertThat(library.search(new KnowledgeQuery(text, null, null, null, null, null, null, 1)))
                    .as(text)
                    .isNotNull();
        }
        var past = library.search(new KnowledgeQuery("Qorvik", null, null, null, null, null, null, 9));
        assertThat(past.items()).isEmpty();
        assertThat(past.total()).isEqualTo(6);
        var everything =
                library.search(new KnowledgeQuery("", KnowledgeType.INSTRUMENT, null, null, null, null, null, 1));
        assertThat(everything.items()).extracting(KnowledgeHit::id).contains("INSTRUMENT-TX1");
    }

    @Test
    void bad_parameters_are_a_norwegian_400_naming_the_parameter() {
        assertThat(mvc.get().uri("/api/knowledge?type=BOOK").with(httpBasic("leser", "demo")))
                .hasStatus(400)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.parameter").isEqualTo("type");
                    assertThat(json).extractingPath("$.detail").asString().startsWith("«BOOK» er ikke en gyldig verdi");
                });
        for (String bad : List.of("page=0", "page=x", "scope=TOP", "evidence=weak", "industryProgramme=barn hage")) {
            assertThat(mvc.get().uri("/api/knowledge?" + bad).with(httpBasic("leser", "demo")))
                    .as(bad)
                    .hasStatus(400);
        }
    }

    @Test
    void one_item_has_its_attributes_and_the_related_items_that_exist() {
        assertThat(mvc.get().uri("/api/knowledge/MEASURE-TX1").with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json)
                            .extractingPath("$.title")
                            .isEqualTo("Tilrettelegging for gravide arbeidstakere i Qorvik");
                    assertThat(json).extractingPath("$.attributes.model").isEqualTo("PERSON");
                    assertThat(json).extractingPath("$.source.lines").isEqualTo("10-20");
                    assertThat(json)
                            .extractingPath("$.related[*].id")
                            .asArray()
                            .containsExactly("MEASURE-TX2", "EVIDENCE-TX1");
                    assertThat(json).extractingPath("$.related[1].type").isEqualTo("EVIDENCE");
                });
        assertThat(mvc.get().uri("/api/knowledge/MEASURE-NOPE").with(httpBasic("leser", "demo")))
                .hasStatus(404)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("Fant ikke «MEASURE-NOPE» i kunnskapsbiblioteket.");
    }

    @Test
    void the_pages_show_results_with_facets_and_an_item_with_its_source() {
        assertThat(mvc.get().uri("/kunnskap?q=Qorvik&type=MEASURE").with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("Tilrettelegging for gravide arbeidstakere i Qorvik")
                .contains("Kilde: fixture-handbook.md, linje 10–20")
                .contains("/kunnskap?q=Qorvik&amp;type=MEASURE&amp;industryProgramme=BARNEHAGER")
                .contains("Barnehager")
                .doesNotContain("Tilretteleggingstilskudd");
        assertThat(mvc.get().uri("/kunnskap/MEASURE-TX1").with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("Oppfølging hver måned med justering av arbeidsoppgaver.")
                .contains("Fraværet blant gravide falt fra 30 til 18 prosent.")
                .contains("Del av modellen")
                .contains("Individ")
                .doesNotContain("modelLabel")
                .contains("Kilde: fixture-handbook.md, linje 10–20")
                .contains("href=\"/kunnskap/EVIDENCE-TX1\"");
        assertThat(mvc.get().uri("/kunnskap/INSTRUMENT-TX1").with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("Historisk: gjaldt 2012-01-01–2013-12-31");
        assertThat(mvc.get().uri("/kunnskap/MEASURE-NOPE").with(user(TestUsers.reader())))
                .hasStatus(404);
        assertThat(mvc.get().uri("/kunnskap?page=0").with(user(TestUsers.reader())))
                .hasStatus(400);
    }

    private List<String> ids(String text) {
        return search(text, null, null).items().stream().map(KnowledgeHit::id).toList();
    }

    private KnowledgeSearchResult search(String text, KnowledgeType type, String programme) {
        return library.search(new KnowledgeQuery(text, type, programme, null, null, null, null, 1));
    }
}
