package no.iaverk.prioritization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Map;
import no.iaverk.IntegrationTest;
import no.iaverk.security.IaverkUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The list page's own behaviour: it opens on the counties of the user's unit (the API stays national), shows how it
 * is sorted, and saving or deleting a rule set comes back to the same list.
 */
@IntegrationTest
class CallListPageTest extends CallListFixture {

    static final IaverkUser VESTLAND = TestUsers.of("saksbehandler", Role.CASEWORKER, "VESTLAND");

    @Test
    void the_page_opens_on_the_counties_of_the_users_unit_and_the_api_stays_national() {
        assertThat(mvc.get().uri("/prioritering").with(user(VESTLAND)))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "<option value=\"46\" selected=\"selected\">Vestland (din enhet)</option>",
                        "3 virksomheter",
                        "ALFA BARNEHAGE",
                        "Vis hele landet",
                        "/prioritering/eksport?county=46&amp;format=csv")
                .doesNotContain("ECHO DATA");
        assertThat(mvc.get().uri("/prioritering?county=alle").with(user(VESTLAND)))
                .hasStatusOk()
                .bodyText()
                .contains("<option value=\"alle\" selected=\"selected\">Hele landet</option>", "6 virksomheter")
                .contains("ECHO DATA")
                .doesNotContain("Vis hele landet");
        assertThat(mvc.get().uri("/prioritering?county=").with(user(VESTLAND)))
                .bodyText()
                .contains("6 virksomheter");
        assertThat(mvc.get().uri("/api/prioritization").with(user(VESTLAND)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(6);
        assertThat(mvc.get().uri("/prioritering/eksport?format=csv&county=alle").with(user(VESTLAND)))
                .hasStatusOk()
                .bodyText()
                .contains("Fylke;Hele landet", "ECHO DATA");
    }

    @Test
    void a_unit_with_two_counties_opens_on_both_as_one_choice() {
        var eastViken = TestUsers.of("ost", Role.CASEWORKER, "OST_VIKEN");

        assertThat(mvc.get().uri("/prioritering").with(user(eastViken)))
                .hasStatusOk()
                .bodyText()
                .contains("<option value=\"31,32\" selected=\"selected\">Østfold og Akershus (din enhet)</option>")
                .contains("0 virksomheter");
        assertThat(mvc.get().uri("/prioritering?county=03&county=46").with(user(eastViken)))
                .bodyText()
                .contains("<option value=\"03,46\" selected=\"selected\">Oslo og Vestland</option>", "6 virksomheter");
    }

    @Test
    void the_sorted_column_has_aria_sort_and_htmx_gets_the_forms_state_out_of_band() {
        assertThat(mvc.get().uri("/prioritering?county=alle&sort=NAME").with(user(VESTLAND)))
                .bodyText()
                .containsOnlyOnce("aria-sort=")
                .contains("aria-sort=\"ascending\"", "▲");
        assertThat(mvc.get()
                        .uri("/prioritering?county=03&sort=EMPLOYEES&direction=ASC")
                        .header("HX-Request", "true")
                        .with(user(VESTLAND)))
                .bodyText()
                .doesNotContain("<html")
                .contains(
                        "aria-sort=\"ascending\"",
                        "id=\"filter-direction\" name=\"direction\" value=\"ASC\" hx-swap-oob=\"true\"",
                        "id=\"rule-set-filters\" name=\"filters\" value=\"county=03&amp;sort=EMPLOYEES&amp;direction=ASC\"");
        assertThat(mvc.get()
                        .uri("/prioritering?county=03")
                        .header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true")
                        .with(user(VESTLAND)))
                .bodyText()
                .as("a history restore gets the whole page")
                .contains("<html");
    }

    @Test
    void saving_a_rule_set_comes_back_to_the_same_list_with_the_new_rule_set() {
        MvcTestResult saved = saveRuleSet(Map.of(
                "name", "Mellomstore",
                "g0c0field", "EMPLOYEES",
                "g0c0operator", "AT_LEAST",
                "g0c0value", "25",
                "filters", "county=03&minPercent=1&page=3&ruleSet=7&evil=%0D%0ALocation:x&sort=NAME"));
        long id = ruleSets.available(ADVISER).stream()
                .filter(r -> r.name().equals("Mellomstore"))
                .findFirst()
                .orElseThrow()
                .id();

        assertThat(saved).hasStatus(HttpStatus.FOUND);
        assertThat(saved.getResponse().getRedirectedUrl())
                .isEqualTo("/prioritering?county=03&minPercent=1&ruleSet=" + id + "&sort=NAME");

        MvcTestResult deleted = mvc.post()
                .uri("/prioritering/regelsett/" + id + "/slett")
                .param("filters", "county=03&ruleSet=" + id)
                .with(user(VESTLAND))
                .with(csrf())
                .exchange();
        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/prioritering?county=03");
    }

    @Test
    void a_refused_rule_set_comes_back_to_the_same_list_with_what_was_typed() {
        MvcTestResult refused = saveRuleSet(Map.of(
                "name", "Halvferdig",
                "g0c0field", "PERCENT",
                "g0c0operator", "AT_LEAST",
                "g0c0value", "mye",
                "filters", "county=46&industry=88"));

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/prioritering?county=46&industry=88");
        Map<String, Object> flash = refused.getMvcResult().getFlashMap();
        assertThat(flash).containsEntry("ruleSetError", "Betingelsene må ha felt, sammenligning og et tall.");
        @SuppressWarnings("unchecked")
        var form = (Map<String, String>) flash.get("ruleSetForm");
        assertThat(form).containsEntry("name", "Halvferdig").containsEntry("g0c0value", "mye");

        assertThat(mvc.get()
                        .uri("/prioritering?county=46")
                        .flashAttr("ruleSetError", "Feil")
                        .flashAttr("ruleSetForm", form)
                        .with(user(VESTLAND)))
                .bodyText()
                .contains("<details class=\"card rule-sets\" open=\"open\">", "value=\"Halvferdig\"", "value=\"mye\"")
                .contains("<option value=\"PERCENT\" selected=\"selected\">");
    }

    @Test
    void a_reader_is_not_offered_the_rule_set_form() {
        assertThat(mvc.get().uri("/prioritering").with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("rule-set-form", "Regelsett for enheten");
    }

    private MvcTestResult saveRuleSet(Map<String, String> form) {
        var request =
                mvc.post().uri("/prioritering/regelsett").with(user(VESTLAND)).with(csrf());
        form.forEach(request::param);
        return request.exchange();
    }
}
