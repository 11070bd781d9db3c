package no.iaverk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped content as the migration loaded it: every item is in the library, every related id names one, and the
 * searches the issue names find the shipped items they are about, whatever the content files hold.
 */
@IntegrationTest
class ShippedContentSearchTest {

    private static final String SHIPPED =
            "'measures.json', 'ia-services.json', 'instruments.json', 'evidence.json', 'risk-factors.json'";

    @Autowired
    KnowledgeLibrary library;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Test
    void every_shipped_item_is_loaded_and_every_related_id_names_an_item() throws IOException {
        List<JsonNode> shipped = shippedItems();
        long loaded = jdbc.sql("select count(*) from knowledge_item where shipped_in in (" + SHIPPED + ")")
                .query(Long.class)
                .single();
        assertThat(loaded).isEqualTo(shipped.size());
        assertThat(jdbc.sql("""
                        select i.id || ' -> ' || r from knowledge_item i, unnest(i.related) r
                        where i.shipped_in in (%s)
                          and not exists (select 1 from knowledge_item t where t.id = r)
                        """.formatted(SHIPPED)).query(String.class).list()).isEmpty();
    }

    @Test
    void every_shipped_item_has_a_page_and_an_api_answer() {
        List<String> ids = jdbc.sql("select id from knowledge_item where shipped_in in (" + SHIPPED + ") order by id")
                .query(String.class)
                .list();
        for (String id : ids) {
            // A fact the content leaves empty (an instrument's unknown end) is named, never printed as "null".
            assertThat(mvc.get().uri("/kunnskap/{id}", id).with(user(TestUsers.reader())))
                    .as(id)
                    .hasStatusOk()
                    .bodyText()
                    .doesNotContain("–null", ">null<", "??");
            assertThat(mvc.get().uri("/api/knowledge/{id}", id).with(user(TestUsers.reader())))
                    .as(id)
                    .hasStatusOk();
        }
    }

    /** IA_SERVICE items come from ia-services.json, keyed by the catalogue's codes; none is left out. */
    @Test
    void when_ia_services_ship_every_catalogue_service_has_its_item() {
        boolean shipped = jdbc.sql("select exists (select 1 from knowledge_item where shipped_in = 'ia-services.json')")
                .query(Boolean.class)
                .single();
        if (shipped) {
            assertThat(jdbc.sql("""
                            select s.code from ia_service s
                            where not exists (select 1 from knowledge_item i where i.id = 'IA_SERVICE-' || s.code)
                            """).query(String.class).list()).isEmpty();
        }
    }

    @Test
    void gravide_and_gravid_find_every_shipped_measure_about_pregnant_employees() {
        List<String> pregnancy = jdbc.sql(
                        "select id from knowledge_item where type = 'MEASURE' and 'Gravide' = any(themes)"
                                + " and shipped_in = 'measures.json'")
                .query(String.class)
                .list();
        for (String text : List.of("gravide", "gravid")) {
            assertThat(allMeasureIds(text)).as(text).containsAll(pregnancy);
        }
    }

    @Test
    void gult_kort_finds_the_shipped_yellow_card_items() {
        List<String> yellowCard = jdbc.sql("select id from knowledge_item where shipped_in = 'measures.json'"
                        + " and (title ilike '%gult kort%' or summary ilike '%gult kort%')")
                .query(String.class)
                .list();
        assertThat(allMeasureIds("gult kort")).containsAll(yellowCard);
    }

    private List<String> allMeasureIds(String text) {
        List<String> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            var result =
                    library.search(new KnowledgeQuery(text, KnowledgeType.MEASURE, null, null, null, null, null, page));
            result.items().forEach(hit -> ids.add(hit.id()));
            if (page >= result.pages()) {
                return ids;
            }
        }
    }

    private static List<JsonNode> shippedItems() throws IOException {
        List<JsonNode> items = new ArrayList<>();
        var json = JsonMapper.builder().build();
        for (Resource resource :
                new PathMatchingResourcePatternResolver().getResources("classpath*:knowledge/content/*.json")) {
            json.readTree(resource.getContentAsByteArray()).forEach(items::add);
        }
        return items;
    }
}
