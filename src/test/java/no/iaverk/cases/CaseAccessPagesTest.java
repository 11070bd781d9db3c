package no.iaverk.cases;

import static no.iaverk.cases.CasePagesFixture.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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

/**
 * The case pages offer each user only what the services would accept from them: a reader and another unit's caseworker
 * read without a single write form, a colleague who neither owns nor follows may take ownership or follow, and a
 * refused registration says why and gives back what was typed.
 */
@IntegrationTest
class CaseAccessPagesTest {

    static final IaverkUser OWNER = TestUsers.of("saksbehandler", Role.CASEWORKER);
    static final IaverkUser COLLEAGUE = TestUsers.of("kollega", Role.CASEWORKER);
    static final IaverkUser OTHER_UNIT = TestUsers.of("saksbehandler-oslo", Role.CASEWORKER, "OSLO");

    /** What a page that lets someone change a case, its collaboration or its log would contain. */
    static final String[] WRITE_FORMS = {
        "action=\"/sak/",
        "Registrer aktivitet",
        "Lagre planen",
        "Lagre milepælene",
        "Endre samarbeidet",
        "type=\"date\"",
        "<select",
        "<textarea",
        "data-action=",
        "Fullfør samarbeidet",
        "Lag Behovsvurdering"
    };

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
    Activities activities;

    CasePagesFixture fixture;

    @BeforeEach
    void aCollaborationWithAPlanAndAPlannedActivity() {
        fixture = CasePagesFixture.create(jdbc, registerImport, cases, collaborations);
        collaborations.savePlan(
                fixture.caseId(),
                fixture.collaborationId(),
                "Færre fraværsdager",
                java.util.List.of(new Collaborations.PlanChoice(
                        "SICK_LEAVE_ROUTINES", true, LocalDate.now(), null, Collaboration.PlanStatus.IN_PROGRESS)),
                CasePagesFixture.OWNER);
        activities.register(
                fixture.caseId(),
                new NewActivity(
                        fixture.collaborationId(),
                        LocalDate.now().plusDays(3).atTime(10, 0),
                        Activity.Channel.PHYSICAL_MEETING,
                        null,
                        java.util.List.of(Activity.Participant.LEADER),
                        null,
                        null,
                        Activity.Status.PLANNED,
                        "Møte om planen"),
                CasePagesFixture.OWNER);
    }

    @Test
    void the_owner_gets_the_forms_and_the_moves_say_what_they_do() {
        assertThat(page(fixture.casePage(), OWNER))
                .contains("Registrer aktivitet", "Marker som gjennomført")
                .contains(">Flytt til Vi bistår</button>", ">Flytt tilbake til Kontaktes</button>")
                .doesNotContain(">Vi bistår</button>", ">Tilbake</button>");
        assertThat(page(fixture.collaborationPage(), OWNER))
                .contains("Lagre planen", "Lagre milepælene", "Endre samarbeidet", "Registrer aktivitet")
                .doesNotContain("<summary>Lagre samarbeidet</summary>");
        assertThat(page(fixture.collaborationPage() + "/undersokelser", OWNER)).contains("Lag Behovsvurdering");
    }

    @Test
    void a_reader_sees_the_case_its_collaboration_and_surveys_without_any_write_form() {
        String casePage = page(fixture.casePage(), TestUsers.reader());
        assertThat(casePage)
                .contains("ALFA BARNEHAGE", "Møte om planen", "Med lesetilgang kan du lese saken, men ikke endre den.")
                .doesNotContain(WRITE_FORMS);
        String collaborationPage = page(fixture.collaborationPage(), TestUsers.reader());
        assertThat(collaborationPage)
                .contains("Barnehagen", "Sykefraværsrutiner", "Pågår", "Færre fraværsdager")
                .doesNotContain(WRITE_FORMS)
                .doesNotContain("Oppfølgingssamtaler"); // read-only plan: what it includes, not the catalogue
        assertThat(page(fixture.collaborationPage() + "/undersokelser", TestUsers.reader()))
                .doesNotContain(WRITE_FORMS);
    }

    @Test
    void another_units_caseworker_reads_the_case_without_any_write_form() {
        assertThat(page(fixture.casePage(), OTHER_UNIT))
                .contains("Saken tilhører NAV Arbeidslivssenter Vestland. Du kan lese den")
                .doesNotContain(WRITE_FORMS)
                .doesNotContain("Overta saken til min enhet"); // only a superuser takes a case over
        assertThat(page(fixture.collaborationPage(), OTHER_UNIT)).doesNotContain(WRITE_FORMS);
        assertThat(page(fixture.collaborationPage() + "/undersokelser", OTHER_UNIT))
                .doesNotContain(WRITE_FORMS);
    }

    @Test
    void a_colleague_who_neither_owns_nor_follows_may_take_ownership_or_follow_and_is_told_why_not_more() {
        String casePage = page(fixture.casePage(), COLLEAGUE);
        assertThat(casePage)
                .contains("data-action=\"TAKE_OWNERSHIP\"", "data-action=\"FOLLOW\"")
                .contains("Bare eieren og de som følger saken kan arbeide med samarbeid og aktiviteter.")
                .doesNotContain("data-action=\"TO_ASSISTING\"", "data-action=\"BACK\"", "Sett saken til")
                .doesNotContain("Registrer</button>", "Marker som gjennomført");
        assertThat(page(fixture.collaborationPage(), COLLEAGUE))
                .doesNotContain("Lagre planen", "Lagre milepælene", "Endre samarbeidet", "type=\"date\"");
    }

    @Test
    void followers_and_units_are_named_not_coded() {
        cases.handle(
                fixture.caseId(),
                CaseCommand.of(CaseEventType.FOLLOW, cases.get(fixture.caseId()).version()),
                CasePagesFixture.SUPERUSER);
        String casePage = page(fixture.casePage(), TestUsers.reader());
        assertThat(casePage)
                .contains("Siri Superbruker", "Sindre Saksbehandler (Saksbehandler, NAV Arbeidslivssenter Vestland)")
                .doesNotContain(">superbruker<", "VESTLAND");
        assertThat(page("/saker/oversikt", TestUsers.reader()))
                .contains("NAV Arbeidslivssenter Vestland")
                .doesNotContain("VESTLAND");
    }

    @Test
    void a_registration_refused_on_a_stale_page_says_why_and_gives_back_the_note() throws Exception {
        // The adviser's page still shows the form, but a superuser has taken the case over meanwhile.
        cases.handle(
                fixture.caseId(),
                CaseCommand.of(
                        CaseEventType.TAKE_OWNERSHIP,
                        cases.get(fixture.caseId()).version()),
                CasePagesFixture.SUPERUSER);
        var refused = mvc.post()
                .uri(fixture.casePage() + "/aktivitet")
                .param("date", LocalDate.now().toString())
                .param("time", "09:00")
                .param("channel", "PHONE")
                .param("status", "DONE")
                .param("note", "Daglig leder vil ha et møte i mai")
                .with(user(OWNER))
                .with(csrf())
                .exchange();
        assertThat(refused.getMvcResult().getFlashMap().get("problem"))
                .asString()
                .startsWith("Bare eieren og de som følger saken kan arbeide med samarbeid og aktiviteter.");
        String page = mvc.get()
                .uri(fixture.casePage())
                .flashAttrs(refused.getMvcResult().getFlashMap())
                .with(user(OWNER))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("role=\"alert\">Bare eieren og de som følger saken")
                .contains(">Daglig leder vil ha et møte i mai</textarea>")
                .doesNotContain("Noe gikk galt", "Registrer</button>");
        assertThat(tag(page, "keptNote")).contains("readonly");
        assertThat(jdbc.sql("select count(*) from activity where note like 'Daglig leder%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private String page(String path, IaverkUser viewer) {
        var result = mvc.get().uri(path).with(user(viewer)).exchange();
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
