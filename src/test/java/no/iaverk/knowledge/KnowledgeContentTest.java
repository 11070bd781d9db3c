package no.iaverk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import no.iaverk.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Loading library content: inserts, leaves unchanged items alone, updates unedited ones, keeps admins' edits. */
@IntegrationTest
class KnowledgeContentTest {

    private static final String FILE = "loader-measures.json";

    @Autowired
    KnowledgeContent content;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheLoadersItems() {
        jdbc.sql("delete from knowledge_item where shipped_in = :file")
                .param("file", FILE)
                .update();
    }

    @Test
    void a_reload_of_unchanged_content_writes_nothing_and_a_changed_item_is_updated() {
        assertThat(content.load(file(item("LT1", "Første utgave"), item("LT2", "Annet tiltak"))))
                .isEqualTo(new ContentLoadReport(2, 0, 0, 0, List.of()));
        OffsetDateTime loadedAt = loadedAt("MEASURE-LT1");

        assertThat(content.load(file(item("LT1", "Første utgave"), item("LT2", "Annet tiltak"))))
                .isEqualTo(new ContentLoadReport(0, 0, 2, 0, List.of()));
        assertThat(loadedAt("MEASURE-LT1")).isEqualTo(loadedAt);

        assertThat(content.load(file(item("LT1", "Andre utgave"), item("LT2", "Annet tiltak"))))
                .isEqualTo(new ContentLoadReport(0, 1, 1, 0, List.of()));
        assertThat(summary("MEASURE-LT1")).isEqualTo("Andre utgave");
    }

    @Test
    void an_item_an_admin_edited_is_kept_and_its_changed_shipped_version_becomes_one_conflict() {
        content.load(file(item("LT1", "Første utgave"), item("LT2", "Annet tiltak")));
        jdbc.sql(
                        "update knowledge_item set summary = 'Redigert av admin', edited_by_admin = true where id = 'MEASURE-LT1'")
                .update();

        var report = content.load(file(item("LT1", "Ny utgave fra leveransen"), item("LT2", "Annet tiltak")));
        assertThat(report.conflicts()).containsExactly("MEASURE-LT1");
        assertThat(report.updated()).isZero();
        assertThat(summary("MEASURE-LT1")).isEqualTo("Redigert av admin");
        content.load(file(item("LT1", "Ny utgave fra leveransen"), item("LT2", "Annet tiltak")));
        assertThat(jdbc.sql("select count(*) from knowledge_content_conflict where item_id = 'MEASURE-LT1'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(content.conflicts()).contains("MEASURE-LT1");

        // No longer shipped: the unedited item goes, the edited one stays.
        assertThat(content.load(file()).deleted()).isEqualTo(1);
        assertThat(jdbc.sql("select id from knowledge_item where shipped_in = :file")
                        .param("file", FILE)
                        .query(String.class)
                        .list())
                .containsExactly("MEASURE-LT1");
    }

    @Test
    void invalid_content_is_refused_naming_the_file_and_the_item_and_nothing_is_loaded() {
        String noTitle = """
                {"key": "LT9", "summary": "s", "sourceKind": "STUDY", "source": {"file": "f.md", "lines": "1-2"}}""";
        assertThatThrownBy(() -> content.load(file(item("LT1", "Gyldig"), noTitle)))
                .isInstanceOf(InvalidContentException.class)
                .hasMessage("loader-measures.json, LT9: mangler feltet «title».");
        assertThat(jdbc.sql("select count(*) from knowledge_item where shipped_in = :file")
                        .param("file", FILE)
                        .query(Long.class)
                        .single())
                .isZero();

        assertThatThrownBy(() -> content.load(file(item("LT1", "s").replace("\"INDIVIDUAL\"", "\"TOP\""))))
                .hasMessage("loader-measures.json, LT1: «TOP» er ikke en gyldig verdi for «scope».");
        assertThatThrownBy(() -> content.load(file(item("LT1", "s").replace("BARNEHAGER", "SKOLER"))))
                .hasMessage("loader-measures.json, LT1: ukjent bransjeprogram «SKOLER».");
        assertThatThrownBy(() -> content.load(file(item("LT1", "s").replace("\"lines\": \"1-2\"", "\"lines\": \"\""))))
                .hasMessage("loader-measures.json, LT1: kilden må ha fil og linjer (for eksempel «120-134»).");
        assertThatThrownBy(() -> content.load(file(item("LT1", "a"), item("LT1", "b"))))
                .hasMessage("loader-measures.json, LT1: id-en MEASURE-LT1 finnes allerede.");
    }

    private static List<ContentFile> file(String... items) {
        String json = "[" + String.join(",", items) + "]";
        return List.of(new ContentFile(FILE, KnowledgeType.MEASURE, json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String item(String key, String summary) {
        return """
                {"key": "%s", "title": "Lastetest %s", "summary": "%s", "scope": "INDIVIDUAL",
                 "industryProgrammes": ["BARNEHAGER"], "themes": ["Test"], "sourceKind": "STUDY",
                 "source": {"file": "f.md", "lines": "1-2"}, "related": [], "attributes": {}}""".formatted(key, key, summary);
    }

    private OffsetDateTime loadedAt(String id) {
        return jdbc.sql("select loaded_at from knowledge_item where id = :id")
                .param("id", id)
                .query(OffsetDateTime.class)
                .single();
    }

    private String summary(String id) {
        return jdbc.sql("select summary from knowledge_item where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
