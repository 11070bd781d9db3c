package no.iaverk.cases;

import static no.iaverk.cases.CasePagesFixture.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.Map;
import no.iaverk.IntegrationTest;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.IaverkUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.FlashMap;

/**
 * The collaboration page's plan and milestone forms: a refused save comes back with everything as typed, the wrong rows
 * and fields marked with the service's Norwegian message; a good save stores every row at once.
 */
@IntegrationTest
class CaseFormsTest {

    static final IaverkUser OWNER = TestUsers.of("saksbehandler", Role.CASEWORKER);

    @Autowired
    org.springframework.test.web.servlet.assertj.MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    Cases cases;

    @Autowired
    Collaborations collaborations;

    CasePagesFixture fixture;

    @BeforeEach
    void aCollaboration() {
        fixture = CasePagesFixture.create(jdbc, registerImport, cases, collaborations);
    }

    @Test
    void the_collaboration_page_loads_the_evaluation_s_section_which_renders_without_statistics() {
        assertThat(mvc.get().uri(fixture.collaborationPage()).with(user(OWNER)))
                .hasStatusOk()
                .bodyText()
                .contains("hx-get=\"" + fixture.collaborationPage() + "/effekt?view=");
        assertThat(mvc.get()
                        .uri(fixture.collaborationPage() + "/effekt")
                        .header("HX-Request", "true")
                        .with(user(OWNER)))
                .hasStatusOk()
                .bodyText()
                .contains("Sykefraværet før og etter start")
                .doesNotContain("??");
    }

    @Test
    void a_refused_plan_keeps_every_entry_and_marks_the_wrong_row_and_field() throws Exception {
        var refused = mvc.post()
                .uri(fixture.collaborationPage() + "/plan")
                .param("goals", "Færre fraværsdager")
                .param("included_SICK_LEAVE_ROUTINES", "on")
                .param("start_SICK_LEAVE_ROUTINES", "2026-05-01")
                .param("end_SICK_LEAVE_ROUTINES", "2026-04-01")
                .param("status_SICK_LEAVE_ROUTINES", "IN_PROGRESS")
                .param("included_PARTY_COOPERATION_ROLES", "on")
                .param("start_PARTY_COOPERATION_ROLES", "2026-02-01")
                .param("end_PARTY_COOPERATION_ROLES", "2026-08-31")
                .param("status_PARTY_COOPERATION_ROLES", "PLANNED")
                .with(user(OWNER))
                .with(csrf())
                .exchange();
        assertThat(errors(refused))
                .containsOnlyKeys("plan.SICK_LEAVE_ROUTINES.endDate")
                .containsValue("Sluttdatoen kan ikke være før startdatoen.");
        assertThat(jdbc.sql("select count(*) from plan_item").query(Long.class).single())
                .isZero();

        String page = followed(refused);
        assertThat(tag(page, "plan-start-SICK_LEAVE_ROUTINES"))
                .contains("value=\"2026-05-01\"", "aria-label=\"Startdato for Sykefraværsrutiner\"")
                .doesNotContain("aria-invalid");
        assertThat(tag(page, "plan-end-SICK_LEAVE_ROUTINES"))
                .contains(
                        "value=\"2026-04-01\"",
                        "aria-invalid=\"true\"",
                        "aria-describedby=\"plan-error-SICK_LEAVE_ROUTINES\"");
        assertThat(tag(page, "plan-error-SICK_LEAVE_ROUTINES")).contains("field-error");
        assertThat(page)
                .contains("Planen ble ikke lagret", "href=\"#plan-end-SICK_LEAVE_ROUTINES\"")
                .contains("Sykefraværsrutiner: Sluttdatoen kan ikke være før startdatoen.")
                .contains(">Færre fraværsdager</textarea>")
                .containsPattern("<tr class=\"[^\"]*invalid\"");
        assertThat(tag(page, "plan-included-SICK_LEAVE_ROUTINES")).contains("checked");
        assertThat(tag(page, "plan-included-PARTY_COOPERATION_ROLES")).contains("checked");
        assertThat(tag(page, "plan-included-PARTY_COOPERATION")).doesNotContain("checked");
        assertThat(tag(page, "plan-start-PARTY_COOPERATION_ROLES"))
                .contains("value=\"2026-02-01\"")
                .doesNotContain("aria-invalid");
        assertThat(page).containsPattern("<option value=\"IN_PROGRESS\" selected=\"selected\">Pågår</option>");

        var saved = mvc.post()
                .uri(fixture.collaborationPage() + "/plan")
                .param("goals", "Færre fraværsdager")
                .param("included_SICK_LEAVE_ROUTINES", "on")
                .param("start_SICK_LEAVE_ROUTINES", "2026-04-01")
                .param("end_SICK_LEAVE_ROUTINES", "2026-05-01")
                .with(user(OWNER))
                .with(csrf())
                .exchange();
        assertThat(saved.getMvcResult().getFlashMap().get("saved")).isEqualTo(true);
        assertThat(collaborations.get(fixture.caseId(), fixture.collaborationId()).plan().stream()
                        .filter(Collaboration.PlanItem::included)
                        .map(Collaboration.PlanItem::serviceCode))
                .containsExactly("SICK_LEAVE_ROUTINES");
        assertThat(followed(saved)).doesNotContain("aria-invalid", "Planen ble ikke lagret");
    }

    @Test
    void the_plan_names_each_implausible_date_of_each_row_and_a_forged_status_is_a_field_error() throws Exception {
        var refused = mvc.post()
                .uri(fixture.collaborationPage() + "/plan")
                .param("start_SICK_LEAVE_ROUTINES", "2101-01-01")
                .param("end_PARTY_COOPERATION", "1989-12-31")
                .param("status_WORK_ENVIRONMENT", "SOMETIME")
                .with(user(OWNER))
                .with(csrf())
                .exchange();
        assertThat(errors(refused)).containsOnlyKeys("plan.WORK_ENVIRONMENT.status");
        assertThat(tag(followed(refused), "plan-status-WORK_ENVIRONMENT")).contains("aria-invalid=\"true\"");

        var implausible = mvc.post()
                .uri(fixture.collaborationPage() + "/plan")
                .param("start_SICK_LEAVE_ROUTINES", "2101-01-01")
                .param("end_PARTY_COOPERATION", "1989-12-31")
                .with(user(OWNER))
                .with(csrf())
                .exchange();
        assertThat(errors(implausible))
                .containsOnlyKeys("plan.SICK_LEAVE_ROUTINES.startDate", "plan.PARTY_COOPERATION.endDate");
        String page = followed(implausible);
        assertThat(tag(page, "plan-start-SICK_LEAVE_ROUTINES")).contains("aria-invalid=\"true\"", "2101-01-01");
        assertThat(tag(page, "plan-end-PARTY_COOPERATION")).contains("aria-invalid=\"true\"", "1989-12-31");
        assertThat(page)
                .contains("Partssamarbeid: Sluttdatoen må være mellom 01.01.1990 og 31.12.2100.")
                .contains("Sykefraværsrutiner: Startdatoen må være mellom 01.01.1990 og 31.12.2100.");
    }

    @Test
    void all_milestones_are_saved_with_one_button_and_a_wrong_one_saves_none_and_is_marked() throws Exception {
        String today = LocalDate.now().toString();
        assertThat(mvc.get().uri(fixture.collaborationPage()).with(user(OWNER)))
                .bodyText()
                .containsOnlyOnce("Lagre milepælene")
                .doesNotContain(">Lagre</button>");

        var refused = mvc.post()
                .uri(fixture.collaborationPage() + "/milepaeler")
                .param("date_INITIAL_MEETING", today)
                .param("date_NEEDS_ASSESSMENT", today)
                .param("notRelevant_NEEDS_ASSESSMENT", "true")
                .param("notRelevant_EVALUATION", "true")
                .with(user(OWNER))
                .with(csrf())
                .exchange();
        assertThat(errors(refused))
                .containsExactly(Map.entry(
                        "milestones.NEEDS_ASSESSMENT", "En milepæl har enten en dato eller er ikke relevant."));
        assertThat(jdbc.sql("select count(*) from collaboration_milestone")
                        .query(Long.class)
                        .single())
                .isZero();
        String page = followed(refused);
        assertThat(tag(page, "milestone-date-INITIAL_MEETING"))
                .contains("value=\"" + today + "\"")
                .doesNotContain("aria-invalid");
        assertThat(tag(page, "milestone-date-NEEDS_ASSESSMENT"))
                .contains(
                        "value=\"" + today + "\"",
                        "aria-invalid=\"true\"",
                        "aria-describedby=\"milestone-error-NEEDS_ASSESSMENT\"");
        assertThat(page).contains("<label for=\"milestone-date-NEEDS_ASSESSMENT\">Behovsvurdering</label>");
        assertThat(page)
                .contains("Milepælene ble ikke lagret")
                .containsPattern("name=\"notRelevant_EVALUATION\" value=\"true\"\\s+checked");

        var saved = mvc.post()
                .uri(fixture.collaborationPage() + "/milepaeler")
                .param("date_INITIAL_MEETING", today)
                .param("notRelevant_EVALUATION", "true")
                .with(user(OWNER))
                .with(csrf())
                .exchange();
        assertThat(saved.getMvcResult().getFlashMap().get("saved")).isEqualTo(true);
        assertThat(collaborations
                        .get(fixture.caseId(), fixture.collaborationId())
                        .milestones())
                .contains(
                        new Collaboration.Milestone(
                                Collaboration.MilestoneKind.INITIAL_MEETING, LocalDate.now(), false),
                        new Collaboration.Milestone(Collaboration.MilestoneKind.EVALUATION, null, true),
                        new Collaboration.Milestone(Collaboration.MilestoneKind.PLAN, null, false));
        assertThat(jdbc.sql("select count(*) from collaboration_milestone")
                        .query(Long.class)
                        .single())
                .as("unchanged milestones are not written")
                .isEqualTo(2);
    }

    /** The page the form's redirect leads to, with the flash attributes the redirect carries. */
    private String followed(MvcTestResult posted) throws java.io.UnsupportedEncodingException {
        FlashMap flash = posted.getMvcResult().getFlashMap();
        String target = posted.getResponse().getRedirectedUrl();
        assertThat(target).startsWith(fixture.collaborationPage());
        return mvc.get()
                .uri(target.replaceFirst("#.*", ""))
                .flashAttrs(flash)
                .with(user(OWNER))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> errors(MvcTestResult result) {
        return (Map<String, String>) result.getMvcResult().getFlashMap().get("fieldErrors");
    }
}
