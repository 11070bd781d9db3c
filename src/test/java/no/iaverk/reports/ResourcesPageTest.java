package no.iaverk.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import no.iaverk.IntegrationTest;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** {@code /admin/ressurser}: for admins only, a form per centre with Norwegian field errors, the reference load. */
@IntegrationTest
class ResourcesPageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void noResources() {
        UnitResourcesTest.clear(jdbc);
    }

    @Test
    void only_an_admin_sees_the_page() {
        assertThat(mvc.get().uri("/admin/ressurser?year=2022").with(user(TestUsers.admin())))
                .hasStatusOk()
                .bodyText()
                .contains("Arbeidslivssentrenes ressurser 2022", "NAV Arbeidslivssenter Øst-Viken")
                .contains("Last inn referansetall 2019–2022", "action=\"/admin/ressurser/VESTLAND/2022\"")
                .contains("Ingen kontroller for dette året");
        assertThat(mvc.get().uri("/admin").with(user(TestUsers.admin())))
                .bodyText()
                .contains("href=\"/admin/ressurser\"");
        for (var other : new no.iaverk.security.IaverkUser[] {
            TestUsers.reader(), TestUsers.of("sb", Role.CASEWORKER), TestUsers.superuser()
        }) {
            assertThat(mvc.get().uri("/admin/ressurser").with(user(other))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post()
                            .uri("/admin/ressurser/referanse")
                            .with(user(other))
                            .with(csrf()))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void the_reference_figures_load_from_the_button_and_the_flagged_sums_show() {
        assertThat(mvc.post()
                        .uri("/admin/ressurser/referanse")
                        .param("year", "2019")
                        .with(user(TestUsers.admin()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/admin/ressurser?year=2019");

        assertThat(mvc.get().uri("/admin/ressurser?year=2019").with(user(TestUsers.admin())))
                .hasStatusOk()
                .bodyText()
                .contains("Referansetall", "Tabell 4-1 L2759", "value=\"6,3\"")
                .contains("Trykt budsjettsum mot summen av radene", "Stemmer ikke")
                .contains(">396<", ">395<", ">-1<")
                .contains("Trykt sum i kilden", "Tabell 4-1 L2783 (Sum)");
    }

    @Test
    void a_centres_row_saves_with_norwegian_decimals_and_refuses_with_norwegian_field_errors() {
        assertThat(mvc.post()
                        .uri("/admin/ressurser/VESTLAND/2023")
                        .param("budgetMnok", "-4")
                        .param("countyBudgetShare", "7,2")
                        .param("headcount", "31,7")
                        .param("fte", "")
                        .with(user(TestUsers.admin()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Antall ansatte må være et helt tall.")
                .contains("aria-invalid=\"true\"")
                .contains("value=\"31,7\"");
        assertThat(mvc.post()
                        .uri("/admin/ressurser/VESTLAND/2023")
                        .param("budgetMnok", "-4")
                        .param("countyBudgetShare", "7,2")
                        .with(user(TestUsers.admin()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Budsjett (budgetMnok) må være mellom 0 og 100 000 MNOK.")
                .contains("value=\"-4\"");

        assertThat(mvc.post()
                        .uri("/admin/ressurser/VESTLAND/2023")
                        .param("budgetMnok", "42,5")
                        .param("countyBudgetShare", "7,2")
                        .param("headcount", "46")
                        .param("fte", "43,8")
                        .with(user(TestUsers.admin()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/admin/ressurser?year=2023");
        assertThat(mvc.get().uri("/admin/ressurser?year=2023").with(user(TestUsers.admin())))
                .bodyText()
                .contains("value=\"42,5\"", "value=\"43,8\"", "Lagt inn");
    }
}
