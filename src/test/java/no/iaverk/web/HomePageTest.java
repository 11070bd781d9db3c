package no.iaverk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDateTime;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.cases.Activities;
import no.iaverk.cases.Activity;
import no.iaverk.cases.Background;
import no.iaverk.cases.CaseCommand;
import no.iaverk.cases.CaseEventType;
import no.iaverk.cases.Cases;
import no.iaverk.cases.NewActivity;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The start page: the user's open cases, their overdue activities, the latest quarter, and the ways on. */
@IntegrationTest
class HomePageTest {

    static final CurrentUser ADVISER =
            TestUsers.of("saksbehandler", Role.CASEWORKER).currentUser();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    Cases cases;

    @Autowired
    Activities activities;

    @BeforeEach
    void anOwnedCaseWithAnOverdueCall() {
        jdbc.sql("truncate ia_case, case_event, collaboration, collaboration_milestone, plan_item, activity cascade")
                .update();
        TestData.importKindergarten(registerImport);
        long id = cases.start(
                        TestData.KINDERGARTEN,
                        Background.CENTRE_INITIATIVE,
                        TestUsers.superuser().currentUser())
                .id();
        cases.handle(id, CaseCommand.of(CaseEventType.TAKE_OWNERSHIP, 1), ADVISER);
        activities.register(
                id,
                new NewActivity(
                        null,
                        LocalDateTime.of(2025, 3, 4, 9, 30),
                        Activity.Channel.PHONE,
                        null,
                        List.of(),
                        null,
                        null,
                        Activity.Status.PLANNED,
                        "Ringe daglig leder"),
                ADVISER);
    }

    @Test
    void an_adviser_lands_on_their_cases_and_overdue_activities() {
        assertThat(mvc.get().uri("/").with(user(TestUsers.of("saksbehandler", Role.CASEWORKER))))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Velkommen, saksbehandler",
                        "Aktiviteter som har passert datoen",
                        "04.03.2025 09:30",
                        "Ringe daglig leder",
                        "Mine åpne saker",
                        "ALFA BARNEHAGE",
                        "Finn virksomhet",
                        "/prioritering",
                        "/statistikk")
                .doesNotContain("href=\"/admin\"");
    }

    @Test
    void a_reader_without_cases_is_told_so_and_an_admin_gets_the_admin_shortcut() {
        assertThat(mvc.get().uri("/").with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("Du eier eller følger ingen åpne saker.")
                .doesNotContain("Aktiviteter som har passert datoen");
        assertThat(mvc.get().uri("/").with(user(TestUsers.admin())))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/admin\"", "Registerimport, sykefraværsstatistikk og NAV-enheter.");
    }

    @Test
    void someone_not_logged_in_is_sent_to_the_login_page() {
        assertThat(mvc.get().uri("/")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
    }
}
