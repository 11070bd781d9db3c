package no.iaverk.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.Map;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.IaverkUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The case pages: start from the enterprise page, act on the case page, forms that answer with Norwegian errors. */
@IntegrationTest
class CasePagesTest {

    static final String ENTERPRISE = "910000020";
    static final IaverkUser ADVISER = TestUsers.of("saksbehandler", Role.CASEWORKER);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    Cases cases;

    @BeforeEach
    void anEnterprise() {
        jdbc.sql("truncate ia_case, case_event, collaboration, collaboration_milestone, plan_item, activity cascade")
                .update();
        TestData.importKindergarten(registerImport);
    }

    @Test
    void a_superuser_starts_a_case_from_the_enterprise_page_and_a_reader_cannot() {
        assertThat(mvc.get().uri("/virksomhet/" + ENTERPRISE + "/saker").with(user(TestUsers.superuser())))
                .hasStatusOk()
                .bodyText()
                .contains("Virksomheten har ingen sak", "Start vurdering");
        assertThat(mvc.post()
                        .uri("/virksomhet/" + ENTERPRISE + "/sak")
                        .param("background", "CENTRE_INITIATIVE")
                        .with(user(TestUsers.reader()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        var started = mvc.post()
                .uri("/virksomhet/" + ENTERPRISE + "/sak")
                .param("background", "CENTRE_INITIATIVE")
                .with(user(TestUsers.superuser()))
                .with(csrf())
                .exchange();
        assertThat(started).hasStatus(HttpStatus.FOUND);
        long id = onlyCase();
        assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/sak/" + id);
        assertThat(mvc.get().uri("/sak/" + id).with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("ALFA BARNEHAGE", "Vurderes", "Senteret vurderer virksomheten", "Vurdering startet")
                .doesNotContain("data-action=\"TAKE_OWNERSHIP\"");
        assertThat(mvc.get().uri("/virksomhet/" + ENTERPRISE + "/saker").with(user(TestUsers.superuser())))
                .bodyText()
                .contains("Åpen sak")
                .doesNotContain("Start vurdering");
        var again = mvc.post()
                .uri("/virksomhet/" + ENTERPRISE + "/sak")
                .param("background", "CENTRE_INITIATIVE")
                .with(user(TestUsers.superuser()))
                .with(csrf())
                .exchange();
        assertThat(again.getMvcResult().getFlashMap().get("problem")).asString().contains("allerede en åpen sak");
    }

    @Test
    void the_owner_moves_the_case_on_its_page_and_a_stale_page_is_told_so() {
        long id = cases.start(
                        ENTERPRISE,
                        Background.CENTRE_INITIATIVE,
                        TestUsers.superuser().currentUser())
                .id();
        assertThat(mvc.get().uri("/sak/" + id).with(user(ADVISER)))
                .bodyText()
                .contains("data-action=\"TAKE_OWNERSHIP\"", "data-action=\"FOLLOW\"");
        assertThat(event(id, "TAKE_OWNERSHIP", 1).getMvcResult().getFlashMap().get("saved"))
                .isEqualTo(true);
        assertThat(mvc.get().uri("/sak/" + id).with(user(ADVISER)))
                .bodyText()
                .contains("data-action=\"TO_CONTACTING\"", "Sett saken til", "Tok eierskap");
        assertThat(event(id, "TO_CONTACTING", 1).getMvcResult().getFlashMap().get("problem"))
                .asString()
                .contains("endret av noen andre");
        assertThat(mvc.post()
                        .uri("/sak/" + id + "/hendelse")
                        .param("type", "NOT_RELEVANT")
                        .param("expectedVersion", "2")
                        .param("reason", "NAV_DECLINES")
                        .param("justifications", "NO_ANSWER")
                        .with(user(ADVISER))
                        .with(csrf())
                        .exchange()
                        .getMvcResult()
                        .getFlashMap()
                        .get("problem"))
                .asString()
                .contains("passer ikke");
    }

    @Test
    void activity_and_collaboration_forms_show_norwegian_field_errors_and_keep_what_was_typed() {
        long id = cases.start(
                        ENTERPRISE,
                        Background.CENTRE_INITIATIVE,
                        TestUsers.superuser().currentUser())
                .id();
        var adviser = ADVISER.currentUser();
        cases.handle(id, CaseCommand.of(CaseEventType.TAKE_OWNERSHIP, 1), adviser);
        cases.handle(id, CaseCommand.of(CaseEventType.TO_CONTACTING, 2), adviser);
        cases.handle(id, CaseCommand.of(CaseEventType.TO_MAPPING, 3), adviser);

        var missing = mvc.post()
                .uri("/sak/" + id + "/aktivitet")
                .param("note", "Et notat")
                .with(user(ADVISER))
                .with(csrf())
                .exchange();
        @SuppressWarnings("unchecked")
        var errors = (Map<String, String>) missing.getMvcResult().getFlashMap().get("fieldErrors");
        assertThat(errors)
                .containsEntry("startsAt", "Dato og klokkeslett mangler.")
                .containsEntry("channel", "Velg kanal.");
        assertThat(missing.getMvcResult().getFlashMap().get("activityForm"))
                .hasFieldOrPropertyWithValue("note", "Et notat");

        var tooPrecise = mvc.post()
                .uri("/sak/" + id + "/aktivitet")
                .param("date", LocalDate.now().toString())
                .param("time", "09:00")
                .param("channel", "PHONE")
                .param("status", "DONE")
                .param("adviserHours", "1.25")
                .with(user(ADVISER))
                .with(csrf())
                .exchange();
        @SuppressWarnings("unchecked")
        var hourErrors =
                (Map<String, String>) tooPrecise.getMvcResult().getFlashMap().get("fieldErrors");
        assertThat(hourErrors)
                .containsEntry("adviserHours", "Rådgivertimer må være mellom 0 og 999,9, med høyst én desimal.");

        var noEnd = mvc.post()
                .uri("/sak/" + id + "/samarbeid")
                .param("name", "Barnehagen")
                .param("level", "UNIT")
                .param("initiatedBy", "CENTRE")
                .param("serviceAreas", "REDUCE_SICK_LEAVE")
                .param("startDate", LocalDate.now().toString())
                .with(user(ADVISER))
                .with(csrf())
                .exchange();
        @SuppressWarnings("unchecked")
        var collaborationErrors =
                (Map<String, String>) noEnd.getMvcResult().getFlashMap().get("fieldErrors");
        assertThat(collaborationErrors.get("plannedEndDate")).contains("Planlagt sluttdato mangler");

        var created = mvc.post()
                .uri("/sak/" + id + "/samarbeid")
                .param("name", "Barnehagen")
                .param("level", "UNIT")
                .param("initiatedBy", "CENTRE")
                .param("serviceAreas", "REDUCE_SICK_LEAVE")
                .param("startDate", LocalDate.now().toString())
                .param("plannedEndDate", LocalDate.now().plusMonths(6).toString())
                .with(user(ADVISER))
                .with(csrf())
                .exchange();
        assertThat(created).hasStatus(HttpStatus.FOUND);
        String page = created.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(page).with(user(ADVISER)))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Barnehagen", "Sykefraværsrutiner", "HelseIArbeid-moduler", "Innledende møte", "Lagre planen");
        assertThat(mvc.post()
                        .uri(page + "/plan")
                        .param("included_SICK_LEAVE_ROUTINES", "on")
                        .param("status_SICK_LEAVE_ROUTINES", "IN_PROGRESS")
                        .param("goals", "Færre fraværsdager")
                        .with(user(ADVISER))
                        .with(csrf())
                        .exchange()
                        .getMvcResult()
                        .getFlashMap()
                        .get("saved"))
                .isEqualTo(true);
        assertThat(mvc.post()
                        .uri(page + "/fullfor")
                        .with(user(ADVISER))
                        .with(csrf())
                        .exchange()
                        .getMvcResult()
                        .getFlashMap()
                        .get("warnings"))
                .asString()
                .contains("uten evaluering");
        assertThat(mvc.get().uri("/saker").with(user(ADVISER))).bodyText().contains("ALFA BARNEHAGE", "Kartlegges");
        assertThat(mvc.get().uri("/saker/oversikt").with(user(TestUsers.reader())))
                .bodyText()
                .contains("NAV Arbeidslivssenter Vestland", "Kartlegges");
    }

    @Test
    void another_units_superuser_reads_the_case_page_without_actions_and_takes_the_case_over() {
        long id = cases.start(
                        ENTERPRISE,
                        Background.CENTRE_INITIATIVE,
                        TestUsers.superuser().currentUser())
                .id();
        IaverkUser osloSuperuser = TestUsers.of("superbruker-oslo", Role.SUPERUSER, "OSLO");
        assertThat(mvc.get().uri("/sak/" + id).with(user(osloSuperuser)))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Saken tilhører NAV Arbeidslivssenter Vestland. Du kan lese den", "Overta saken til min enhet")
                .doesNotContain("data-action=");
        assertThat(mvc.get().uri("/sak/" + id).with(user(TestUsers.superuser())))
                .bodyText()
                .doesNotContain("Overta saken til min enhet", "Du kan lese den");

        var transferred = mvc.post()
                .uri("/sak/" + id + "/overfor")
                .with(user(osloSuperuser))
                .with(csrf())
                .exchange();
        assertThat(transferred.getMvcResult().getFlashMap().get("saved")).isEqualTo(true);
        assertThat(cases.get(id).unitCode()).isEqualTo("OSLO");
        assertThat(mvc.get().uri("/sak/" + id).with(user(TestUsers.superuser())))
                .bodyText()
                .contains(
                        "Overført til en annen enhet",
                        "Fra NAV Arbeidslivssenter Vestland til NAV Arbeidslivssenter Oslo",
                        "Overta saken til min enhet");
        assertThat(mvc.post()
                        .uri("/sak/" + id + "/hendelse")
                        .param("type", "TAKE_OWNERSHIP")
                        .param("expectedVersion", "2")
                        .with(user(ADVISER))
                        .with(csrf())
                        .exchange()
                        .getMvcResult()
                        .getFlashMap()
                        .get("problem"))
                .asString()
                .contains("Saken tilhører NAV Arbeidslivssenter Oslo");
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult event(long id, String type, int version) {
        return mvc.post()
                .uri("/sak/" + id + "/hendelse")
                .param("type", type)
                .param("expectedVersion", String.valueOf(version))
                .with(user(ADVISER))
                .with(csrf())
                .exchange();
    }

    private long onlyCase() {
        return jdbc.sql("select id from ia_case").query(Long.class).single();
    }
}
