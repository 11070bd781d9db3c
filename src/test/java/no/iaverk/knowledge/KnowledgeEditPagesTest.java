package no.iaverk.knowledge;

import static no.iaverk.knowledge.EditFixture.file;
import static no.iaverk.knowledge.EditFixture.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.iaverk.IntegrationTest;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The edit form, the item page's history and flags, and the admin pages for overdue items and conflicts. */
@IntegrationTest
class KnowledgeEditPagesTest {

    private static final CurrentUser ADMIN = new CurrentUser("admin", "admin", Role.ADMIN, "VESTLAND");

    @Autowired
    KnowledgeContent content;

    @Autowired
    KnowledgeEditing editing;

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
    void the_form_shows_the_item_and_a_save_goes_back_to_the_item_with_its_history() throws Exception {
        assertThat(mvc.get().uri("/kunnskap/MEASURE-ZE1/rediger").with(user(TestUsers.admin())))
                .hasStatusOk()
                .bodyText()
                .contains("Rediger «Zelvik tiltak ZE1»")
                .contains("value=\"Zelvik tiltak ZE1\"")
                .contains("<option value=\"INDIVIDUAL\" selected=\"selected\">Den enkelte</option>")
                .contains("value=\"" + recent + "\"")
                .contains("&quot;result&quot; : &quot;Fraværet falt.&quot;");

        var saved = post(valid("title", "Zelvik tiltak ZE1 ny tittel"));
        assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/kunnskap/MEASURE-ZE1");
        assertThat(String.valueOf(saved.getMvcResult().getFlashMap().get("saved")))
                .isEqualTo("Lagret som revisjon " + library.item("MEASURE-ZE1").revision() + ": Tittel.");
        assertThat(mvc.get().uri("/kunnskap/MEASURE-ZE1").with(user(TestUsers.admin())))
                .hasStatusOk()
                .bodyText()
                .contains("Zelvik tiltak ZE1 ny tittel")
                .contains("Endringshistorikk (1)")
                .contains("admin: redigert")
                .contains("<li>Tittel</li>")
                .contains("href=\"/kunnskap/MEASURE-ZE1/rediger\"");
        // Saving the form as shown changes nothing and writes nothing.
        var again = post(valid());
        assertThat(String.valueOf(again.getMvcResult().getFlashMap().get("saved")))
                .isEqualTo("Ingen endringer å lagre.");
        assertThat(editing.revisions("MEASURE-ZE1")).hasSize(1);
    }

    @Test
    void a_refused_form_shows_norwegian_errors_at_the_fields_and_keeps_what_was_typed() throws Exception {
        var refused = post(
                valid("title", " ", "summary", "Skrevet av admin", "sourceLines", "mange", "attributes", "{ikke json"));
        assertThat(refused).hasStatusOk();
        String page = refused.getResponse().getContentAsString();
        assertThat(page).contains("Endringene ble ikke lagret");
        assertThat(tag(page, "input", "title")).contains("aria-invalid=\"true\"", "aria-describedby=\"title-error\"");
        assertThat(tag(page, "span", "title-error")).contains("field-error");
        assertThat(page).contains("Tittel må fylles ut.");
        assertThat(tag(page, "input", "sourceLines")).contains("aria-invalid=\"true\"", "value=\"mange\"");
        assertThat(page).contains("Linjer i kilden må være et linjenummer eller et spenn");
        assertThat(tag(page, "textarea", "attributes")).contains("aria-invalid=\"true\"");
        assertThat(page).contains(">{ikke json</textarea>", "Attributter må være et JSON-objekt");
        assertThat(page).contains(">Skrevet av admin</textarea>");
        assertThat(tag(page, "input", "summary")).isEmpty();
        assertThat(library.item("MEASURE-ZE1").summary()).isEqualTo("Første utgave");
    }

    @Test
    void a_stale_form_keeps_what_was_typed_and_says_someone_else_saved() throws Exception {
        int opened = library.item("MEASURE-ZE1").revision();
        var other = editing.editable("MEASURE-ZE1", ADMIN);
        editing.edit(
                "MEASURE-ZE1",
                new KnowledgeEdit(
                        other.revision(),
                        other.title(),
                        "Noen andre lagret",
                        other.body(),
                        other.scope(),
                        other.industryProgrammes(),
                        other.industry(),
                        other.targetGroup(),
                        other.themes(),
                        other.sourceKind(),
                        other.evidence(),
                        other.source(),
                        other.related(),
                        other.attributes(),
                        other.revisedOn()),
                ADMIN);

        var stale = post(valid("revision", String.valueOf(opened), "summary", "Min tekst"));
        assertThat(stale).hasStatusOk();
        String page = stale.getResponse().getContentAsString();
        assertThat(page)
                .contains("er lagret av noen andre etter at du åpnet det")
                .contains("Verdiene du skrev står i skjemaet")
                .contains(">Min tekst</textarea>")
                .contains("name=\"revision\" value=\"" + (opened + 1) + "\"");
        assertThat(library.item("MEASURE-ZE1").summary()).isEqualTo("Noen andre lagret");
    }

    @Test
    void only_admins_open_the_form_and_the_admin_pages() throws Exception {
        assertThat(mvc.get().uri("/kunnskap/MEASURE-ZE1/rediger").with(user(TestUsers.reader())))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/kunnskap/MEASURE-ZE1/rediger")
                        .param("revision", "0")
                        .param("title", "Forsøk")
                        .with(user(TestUsers.superuser()))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.get().uri("/admin/kunnskap").with(user(TestUsers.superuser())))
                .hasStatus(403);
        assertThat(mvc.get().uri("/kunnskap/MEASURE-ZE1").with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("/rediger");
        assertThat(mvc.get().uri("/kunnskap/MEASURE-NOPE/rediger").with(user(TestUsers.admin())))
                .hasStatus(404);
    }

    @Test
    void overdue_items_are_flagged_on_their_page_and_in_results_and_counted_for_admins() throws Exception {
        String old = LocalDate.now(clock).minusYears(3).toString();
        content.load(file(item("ZE1", "Gammel", old), item("ZE2", "Ny", recent)));

        assertThat(mvc.get().uri("/kunnskap/MEASURE-ZE1").with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("Ikke revidert på over to år");
        assertThat(mvc.get().uri("/kunnskap/MEASURE-ZE2").with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Ikke revidert på over to år");
        assertThat(mvc.get().uri("/kunnskap?q=Zelvik&revision=OVERDUE").with(user(TestUsers.admin())))
                .hasStatusOk()
                .bodyText()
                .contains("Treff: 1", "Zelvik tiltak ZE1", "Ikke revidert på over to år")
                .doesNotContain("Zelvik tiltak ZE2");
        assertThat(mvc.get().uri("/admin/kunnskap").with(user(TestUsers.admin())))
                .hasStatusOk()
                .bodyText()
                .contains("Ikke revidert på over to år: " + library.overdueCount() + " elementer.")
                .contains("href=\"/kunnskap?revision=OVERDUE\"");
        assertThat(mvc.get().uri("/admin").with(user(TestUsers.admin())))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/admin/kunnskap\"");
    }

    @Test
    void the_conflicts_page_compares_field_by_field_and_resolves_either_way() throws Exception {
        post(valid("summary", "Admin sin tekst"));
        content.load(file(item("ZE1", "Ny utgave", recent), item("ZE2", "Annet tiltak", recent)));

        String page = mvc.get()
                .uri("/admin/kunnskap/konflikter")
                .with(user(TestUsers.admin()))
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"conflict-MEASURE-ZE1\"")
                .contains("<th scope=\"row\">Sammendrag</th>")
                .contains("<td>Admin sin tekst</td>")
                .contains("<td>Ny utgave</td>");

        var taken = mvc.post()
                .uri("/admin/kunnskap/konflikter/MEASURE-ZE1")
                .param("keep", "SHIPPED")
                .with(user(TestUsers.admin()))
                .with(csrf())
                .exchange();
        assertThat(taken).hasRedirectedUrl("/admin/kunnskap/konflikter");
        assertThat(String.valueOf(taken.getMvcResult().getFlashMap().get("resolved")))
                .isEqualTo("«Zelvik tiltak ZE1»: den nye utgaven er tatt inn.");
        assertThat(library.item("MEASURE-ZE1").summary()).isEqualTo("Ny utgave");
        assertThat(mvc.get().uri("/admin/kunnskap/konflikter").with(user(TestUsers.admin())))
                .bodyText()
                .doesNotContain("conflict-MEASURE-ZE1");
    }

    /** The form as shown, with some fields typed over (name, value, name, value, ...). */
    private MockMvcTester.MockMvcRequestBuilder valid(String... typed) {
        var c = editing.editable("MEASURE-ZE1", ADMIN);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("revision", String.valueOf(c.revision()));
        fields.put("title", c.title());
        fields.put("summary", c.summary());
        fields.put("body", c.body());
        fields.put("scope", c.scope());
        fields.put("industryProgrammes", "BARNEHAGER");
        fields.put("themes", "Langtidsfravær");
        fields.put("sourceKind", c.sourceKind());
        fields.put("evidence", c.evidence());
        fields.put("sourceFile", "zelvik.md");
        fields.put("sourceLines", "1-2");
        fields.put("related", "MEASURE-ZE2");
        fields.put("attributes", "{\"result\": \"Fraværet falt.\"}");
        fields.put("revisedOn", c.revisedOn());
        for (int i = 0; i + 1 < typed.length; i += 2) {
            fields.put(typed[i], typed[i + 1]);
        }
        var request = mvc.post()
                .uri("/kunnskap/MEASURE-ZE1/rediger")
                .with(user(TestUsers.admin()))
                .with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private static MvcTestResult post(MockMvcTester.MockMvcRequestBuilder request) {
        return request.exchange();
    }

    /** The opening tag of the element with this id, or "" when there is none. */
    private static String tag(String page, String element, String id) {
        Matcher m = Pattern.compile("<" + element + "[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(page);
        return m.find() ? m.group() : "";
    }
}
