package no.iaverk.knowledge;

import static no.iaverk.knowledge.EditFixture.body;
import static no.iaverk.knowledge.EditFixture.file;
import static no.iaverk.knowledge.EditFixture.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.shared.ForbiddenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** An admin edits items through the API: revisions, stale edits, bad fields, roles, and shipped-content conflicts. */
@IntegrationTest
class KnowledgeEditingTest {

    private static final CurrentUser ADMIN = new CurrentUser("admin", "Ada Admin", Role.ADMIN, "VESTLAND");

    @Autowired
    KnowledgeContent content;

    @Autowired
    KnowledgeEditing editing;

    @Autowired
    KnowledgeConflicts conflicts;

    @Autowired
    KnowledgeLibrary library;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    MockMvcTester mvc;

    String recent;

    @BeforeEach
    void loadTheItems() {
        recent = LocalDate.now(clock).minusMonths(1).toString();
        content.load(file(item("ZE1", "Første utgave", recent), item("ZE2", "Annet tiltak", recent)));
    }

    @AfterEach
    void removeTheItems() {
        jdbc.sql("delete from knowledge_item where shipped_in = :file")
                .param("file", EditFixture.FILE)
                .update();
    }

    @Test
    void an_edit_writes_one_revision_with_the_changed_fields_and_who_made_it() {
        int revision = library.item("MEASURE-ZE1").revision();
        assertThat(put("MEASURE-ZE1", body(revision, "ZE1 redigert", "Ny oppsummering", recent), "admin"))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.item.title").isEqualTo("Zelvik tiltak ZE1 redigert");
                    assertThat(json).extractingPath("$.item.revision").isEqualTo(revision + 1);
                    assertThat(json)
                            .extractingPath("$.changes[*].field")
                            .asArray()
                            .containsExactly("title", "summary");
                });

        assertThat(mvc.get().uri("/api/knowledge/MEASURE-ZE1/revisions").with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.length()").isEqualTo(1);
                    assertThat(json).extractingPath("$[0].revisedBy").isEqualTo("admin");
                    assertThat(json)
                            .extractingPath("$[0].revisedByName")
                            .asString()
                            .isNotBlank();
                    assertThat(json).extractingPath("$[0].kind").isEqualTo("EDIT");
                    assertThat(json).extractingPath("$[0].changes[0].field").isEqualTo("title");
                    assertThat(json).extractingPath("$[0].changes[0].before").isEqualTo("Zelvik tiltak ZE1");
                    assertThat(json).extractingPath("$[0].changes[0].after").isEqualTo("Zelvik tiltak ZE1 redigert");
                    assertThat(json).extractingPath("$[0].changes[1].before").isEqualTo("Første utgave");
                    assertThat(json).extractingPath("$[0].revisedAt").isNotNull();
                });
        assertThat(edited("MEASURE-ZE1")).isTrue();
        assertThat(edited("MEASURE-ZE2")).isFalse();
    }

    @Test
    void a_save_without_changes_writes_nothing() {
        KnowledgeEdit unchanged = editing.editable("MEASURE-ZE1", ADMIN);
        var saved = editing.edit("MEASURE-ZE1", unchanged, ADMIN);

        assertThat(saved.changes()).isEmpty();
        assertThat(saved.item().revision()).isEqualTo(unchanged.revision());
        assertThat(editing.revisions("MEASURE-ZE1")).isEmpty();
        assertThat(edited("MEASURE-ZE1")).isFalse();
    }

    @Test
    void an_edit_based_on_an_older_revision_is_refused_with_409_and_nothing_is_written() {
        int revision = library.item("MEASURE-ZE1").revision();
        assertThat(put("MEASURE-ZE1", body(revision, "ZE1", "Først lagret", recent), "admin"))
                .hasStatusOk();

        assertThat(put("MEASURE-ZE1", body(revision, "ZE1", "Samtidig endring", recent), "admin"))
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("er lagret av noen andre")
                .contains("revisjon " + revision)
                .contains("Endringene dine er ikke lagret");
        assertThat(library.item("MEASURE-ZE1").summary()).isEqualTo("Først lagret");
        assertThat(editing.revisions("MEASURE-ZE1")).hasSize(1);
    }

    @Test
    void bad_fields_are_a_400_naming_each_in_norwegian() {
        int revision = library.item("MEASURE-ZE1").revision();
        String bad = body(revision, "ZE1", "", "2999-01-01")
                .replace("\"title\": \"Zelvik tiltak ZE1\"", "\"title\": \"  \"")
                .replace("\"INDIVIDUAL\"", "\"TOP\"")
                .replace("[\"BARNEHAGER\"]", "[\"SKOLER\"]")
                .replace("\"lines\": \"1-2\"", "\"lines\": \"en til to\"")
                .replace("[\"MEASURE-ZE2\"]", "[\"ZE2\"]");
        assertThat(put("MEASURE-ZE1", bad, "admin")).hasStatus(400).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.errors.title").isEqualTo("Tittel må fylles ut.");
            assertThat(json).extractingPath("$.errors.summary").isEqualTo("Sammendrag må fylles ut.");
            assertThat(json)
                    .extractingPath("$.errors.scope")
                    .asString()
                    .startsWith("«TOP» er ikke en gyldig verdi for Nivå i virksomheten.");
            assertThat(json)
                    .extractingPath("$.errors.industryProgrammes")
                    .isEqualTo("«SKOLER» er ikke et kjent bransjeprogram.");
            assertThat(json)
                    .extractingPath("$.errors['source.lines']")
                    .asString()
                    .startsWith("Linjer i kilden må være");
            assertThat(json).extractingPath("$.errors.related").asString().startsWith("«ZE2» er ikke en id");
            assertThat(json)
                    .extractingPath("$.errors.revisedOn")
                    .asString()
                    .startsWith("Revisjonsdato må være en dato");
        });
        assertThat(put("MEASURE-ZE1", "{\"title\": \"Uten revisjon\"}", "admin"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors.revision")
                .asString()
                .startsWith("Revisjon mangler");
        assertThat(editing.revisions("MEASURE-ZE1")).isEmpty();
    }

    @Test
    void only_admins_edit_and_an_unknown_item_is_404() {
        assertThat(put("MEASURE-ZE1", body(0, "ZE1", "Leser prøver", recent), "leser"))
                .hasStatus(403);
        assertThat(put("MEASURE-ZE1", body(0, "ZE1", "Superbruker prøver", recent), "superbruker"))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/knowledge/conflicts").with(httpBasic("saksbehandler", "demo")))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/api/knowledge/conflicts/MEASURE-ZE1/resolve")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"keep\": \"ADMIN\"}")
                        .with(httpBasic("leser", "demo")))
                .hasStatus(403);
        // The service refuses too, whatever the entry point.
        var reader = new CurrentUser("leser", "Leser", Role.READER, "VESTLAND");
        assertThatThrownBy(() -> editing.edit("MEASURE-ZE1", editing.editable("MEASURE-ZE1", ADMIN), reader))
                .isInstanceOf(ForbiddenException.class);
        assertThat(library.item("MEASURE-ZE1").summary()).isEqualTo("Første utgave");

        assertThat(put("MEASURE-NOPE", body(0, "X", "Finnes ikke", recent), "admin"))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/knowledge/MEASURE-NOPE/revisions").with(httpBasic("leser", "demo")))
                .hasStatus(404);
    }

    @Test
    void an_edited_item_keeps_its_edit_against_a_new_shipped_version_which_is_listed_as_a_conflict() {
        editSummary("MEASURE-ZE1", "Admin sin tekst");

        var report = content.load(file(item("ZE1", "Ny utgave fra leveransen", recent), item("ZE2", "Annet", recent)));

        assertThat(report.conflicts()).containsExactly("MEASURE-ZE1");
        assertThat(report.updated()).isEqualTo(1); // ZE2, not edited, follows the shipped content
        assertThat(library.item("MEASURE-ZE1").summary()).isEqualTo("Admin sin tekst");
        assertThat(mvc.get().uri("/api/knowledge/conflicts").with(httpBasic("admin", "demo")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json)
                            .extractingPath("$[?(@.itemId == 'MEASURE-ZE1')].differences[*].field")
                            .asArray()
                            .containsExactly("summary");
                    assertThat(json)
                            .extractingPath("$[?(@.itemId == 'MEASURE-ZE1')].differences[0].before")
                            .asArray()
                            .containsExactly("Admin sin tekst");
                    assertThat(json)
                            .extractingPath("$[?(@.itemId == 'MEASURE-ZE1')].differences[0].after")
                            .asArray()
                            .containsExactly("Ny utgave fra leveransen");
                });
    }

    @Test
    void keeping_the_admins_version_closes_the_conflict_for_that_shipped_version() {
        editSummary("MEASURE-ZE1", "Admin sin tekst");
        content.load(file(item("ZE1", "Ny utgave", recent), item("ZE2", "Annet tiltak", recent)));

        assertThat(resolve("MEASURE-ZE1", "ADMIN")).hasStatusOk();

        assertThat(conflictIds()).doesNotContain("MEASURE-ZE1");
        assertThat(library.item("MEASURE-ZE1").summary()).isEqualTo("Admin sin tekst");
        var again = content.load(file(item("ZE1", "Ny utgave", recent), item("ZE2", "Annet tiltak", recent)));
        assertThat(again.conflicts()).isEmpty();
        assertThat(conflictIds()).doesNotContain("MEASURE-ZE1");
        // A later shipped version is a new conflict.
        content.load(file(item("ZE1", "Enda nyere utgave", recent), item("ZE2", "Annet tiltak", recent)));
        assertThat(conflictIds()).contains("MEASURE-ZE1");
        assertThat(resolve("MEASURE-ZE1", "ADMIN")).hasStatusOk();
        assertThat(resolve("MEASURE-ZE1", "ADMIN")).hasStatus(404);
        assertThat(resolve("MEASURE-ZE1", "BOTH")).hasStatus(400);
    }

    @Test
    void taking_the_shipped_version_applies_it_as_a_revision_and_hands_the_item_back_to_the_shipped_content() {
        editSummary("MEASURE-ZE1", "Admin sin tekst");
        content.load(file(item("ZE1", "Ny utgave", recent), item("ZE2", "Annet tiltak", recent)));

        assertThat(resolve("MEASURE-ZE1", "SHIPPED"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.summary")
                .isEqualTo("Ny utgave");

        List<KnowledgeRevision> revisions = editing.revisions("MEASURE-ZE1");
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).kind()).isEqualTo(KnowledgeRevision.Kind.SHIPPED_VERSION);
        assertThat(revisions.get(0).revisedBy()).isEqualTo("admin");
        assertThat(revisions.get(0).changes())
                .containsExactly(new KnowledgeRevision.Change("summary", "Admin sin tekst", "Ny utgave"));
        assertThat(conflictIds()).doesNotContain("MEASURE-ZE1");
        assertThat(edited("MEASURE-ZE1")).isFalse();

        // Unedited again: the next shipped version updates it.
        var next = content.load(file(item("ZE1", "Utgave tre", recent), item("ZE2", "Annet tiltak", recent)));
        assertThat(next.conflicts()).isEmpty();
        assertThat(library.item("MEASURE-ZE1").summary()).isEqualTo("Utgave tre");
    }

    @Test
    void items_not_revised_for_over_two_years_are_flagged_and_can_be_filtered() {
        String old = LocalDate.now(clock).minusYears(2).minusDays(1).toString();
        String edge = LocalDate.now(clock).minusYears(2).toString();
        content.load(file(item("ZE1", "Gammel", old), item("ZE2", "Akkurat to år", edge)));

        assertThat(library.item("MEASURE-ZE1").revisionOverdue()).isTrue();
        assertThat(library.item("MEASURE-ZE2").revisionOverdue()).isFalse();
        assertThat(mvc.get().uri("/api/knowledge?q=Zelvik&revision=OVERDUE").with(httpBasic("admin", "demo")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.total").isEqualTo(1);
                    assertThat(json).extractingPath("$.items[0].id").isEqualTo("MEASURE-ZE1");
                    assertThat(json)
                            .extractingPath("$.items[0].revisionOverdue")
                            .isEqualTo(true);
                    assertThat(json).extractingPath("$.items[0].revisedOn").isEqualTo(old);
                });
        long overdue = library.overdueCount();
        editRevisedOn("MEASURE-ZE1", LocalDate.now(clock).toString());
        assertThat(library.item("MEASURE-ZE1").revisionOverdue()).isFalse();
        assertThat(library.overdueCount()).isEqualTo(overdue - 1);
        assertThat(mvc.get().uri("/api/knowledge?revision=LATE").with(httpBasic("admin", "demo")))
                .hasStatus(400);
    }

    @Test
    void every_shipped_item_has_a_revision_date_and_a_bad_one_is_refused_naming_the_item() {
        assertThat(jdbc.sql("""
                        select count(*) from knowledge_item
                        where shipped_in in ('measures.json', 'ia-services.json', 'instruments.json', 'evidence.json',
                                             'risk-factors.json') and revised_on is null
                        """).query(Long.class).single()).isZero();
        assertThat(library.item("MEASURE-M1").revisedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThatThrownBy(() -> content.load(file(item("ZE1", "s", "30.11.2026"))))
                .isInstanceOf(InvalidContentException.class)
                .hasMessage("edit-measures.json, ZE1: «revisedOn» må være en dato på formen åååå-mm-dd mellom 1990"
                        + " og 2100, ikke \"30.11.2026\".");
    }

    private void editSummary(String id, String summary) {
        var current = editing.editable(id, ADMIN);
        editing.edit(id, withSummary(current, summary), ADMIN);
    }

    private void editRevisedOn(String id, String revisedOn) {
        var c = editing.editable(id, ADMIN);
        editing.edit(
                id,
                new KnowledgeEdit(
                        c.revision(),
                        c.title(),
                        c.summary(),
                        c.body(),
                        c.scope(),
                        c.industryProgrammes(),
                        c.industry(),
                        c.targetGroup(),
                        c.themes(),
                        c.sourceKind(),
                        c.evidence(),
                        c.source(),
                        c.related(),
                        c.attributes(),
                        revisedOn),
                ADMIN);
    }

    private static KnowledgeEdit withSummary(KnowledgeEdit c, String summary) {
        return new KnowledgeEdit(
                c.revision(),
                c.title(),
                summary,
                c.body(),
                c.scope(),
                c.industryProgrammes(),
                c.industry(),
                c.targetGroup(),
                c.themes(),
                c.sourceKind(),
                c.evidence(),
                c.source(),
                c.related(),
                c.attributes(),
                c.revisedOn());
    }

    private List<String> conflictIds() {
        return conflicts.conflicts(ADMIN).stream().map(ContentConflict::itemId).toList();
    }

    private boolean edited(String id) {
        return jdbc.sql("select edited_by_admin from knowledge_item where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    private MockMvcTester.MockMvcRequestBuilder put(String id, String json, String username) {
        return mvc.put()
                .uri("/api/knowledge/" + id)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .with(httpBasic(username, "demo"));
    }

    private MockMvcTester.MockMvcRequestBuilder resolve(String id, String keep) {
        return mvc.post()
                .uri("/api/knowledge/conflicts/" + id + "/resolve")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"keep\": \"" + keep + "\"}")
                .with(httpBasic("admin", "demo"));
    }
}
