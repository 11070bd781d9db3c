package no.iaverk.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import no.iaverk.knowledge.KnowledgeQuery;
import org.junit.jupiter.api.Test;

class KnowledgeLinksTest {

    /** Theme counts as the search gives them: by count, highest first. */
    static Map<String, Long> themes(int how) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < how; i++) {
            counts.put("Tema " + i, (long) (how - i));
        }
        return counts;
    }

    @Test
    void a_long_facet_lists_its_largest_values_and_the_chosen_one_wherever_it_ranks() {
        var none = new KnowledgeLinks(KnowledgeQuery.of(null, null, null, null, null, null, null, null));
        assertThat(none.listed("theme", themes(40)))
                .hasSize(KnowledgeLinks.LISTED_VALUES)
                .containsKeys("Tema 0", "Tema 14")
                .doesNotContainKey("Tema 15");

        var chosen = new KnowledgeLinks(KnowledgeQuery.of(null, null, null, null, "Tema 30", null, null, null));
        assertThat(chosen.listed("theme", themes(40)))
                .hasSize(KnowledgeLinks.LISTED_VALUES + 1)
                .containsKey("Tema 30");
        assertThat(none.listed("type", themes(5))).as("a short facet whole").hasSize(5);
    }
}
