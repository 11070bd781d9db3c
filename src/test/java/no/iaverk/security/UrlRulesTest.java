package no.iaverk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import no.iaverk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Each module brings its own URL rules to the filter chains: one {@link UrlRules} bean in each module that has paths of
 * its own to guard, and every module's rule takes effect ahead of the catch-all.
 */
@IntegrationTest
class UrlRulesTest {

    @Autowired
    List<UrlRules> rules;

    @Autowired
    MockMvcTester mvc;

    @Test
    void every_module_with_guarded_paths_brings_its_own_rules() {
        assertThat(rules.stream().map(UrlRulesTest::module))
                .containsExactlyInAnyOrder(
                        "cases",
                        "employer",
                        "evaluation",
                        "knowledge",
                        "prioritization",
                        "register",
                        "reports",
                        "security",
                        "statistics",
                        "surveys",
                        "trials",
                        "web");
    }

    @Test
    void a_rule_of_each_module_is_applied_before_the_catch_all_lets_a_reader_in() {
        var reader = user(TestUsers.reader());
        // register, statistics, security, prioritization, cases (API); web, surveys (pages).
        assertThat(mvc.put()
                        .uri("/api/enterprises/974760673/industry-programme")
                        .with(httpBasic("leser", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/statistics/imports").with(httpBasic("leser", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.put().uri("/api/units/OSLO").with(httpBasic("saksbehandler", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.delete().uri("/api/prioritization/rule-sets/1").with(httpBasic("leser", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/api/cases").with(httpBasic("leser", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.put().uri("/api/knowledge/follow-up-rules/1").with(httpBasic("superbruker", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin").with(reader)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/undersokelse/1/start").with(reader).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        // The participants' pages are open to anyone; any other page needs a login.
        assertThat(mvc.get().uri("/s")).hasStatusOk();
        assertThat(mvc.get().uri("/saker")).hasStatus(HttpStatus.FOUND);
    }

    private static String module(UrlRules rules) {
        return rules.getClass().getName().split("\\.")[2];
    }
}
