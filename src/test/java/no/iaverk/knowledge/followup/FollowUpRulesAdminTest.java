package no.iaverk.knowledge.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.IaverkUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import no.iaverk.shared.ForbiddenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Admins edit the follow-up rules (API and page); an edit changes the timeline and a source makes a rule verified. */
@IntegrationTest
class FollowUpRulesAdminTest {

    @Autowired
    FollowUpRules rules;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    private List<FollowUpRule> shipped;

    @BeforeEach
    void rememberTheShippedRules() {
        shipped = rules.rules();
    }

    @AfterEach
    void restoreTheShippedRules() {
        for (FollowUpRule rule : shipped) {
            jdbc.update(
                    """
                    update knowledge_follow_up_rule set actor = ?, title = ?, description = ?, due_amount = ?, due_unit = ?,
                        applies_to = ?, valid_from = ?, valid_to = ?, source_file = ?, source_lines = ?,
                        updated_by = ?, updated_at = ?
                    where id = ?""",
                    rule.actor().name(),
                    rule.title(),
                    rule.description(),
                    rule.dueAmount(),
                    rule.dueUnit().name(),
                    rule.appliesTo().name(),
                    rule.validFrom(),
                    rule.validTo(),
                    rule.source() == null ? null : rule.source().file(),
                    rule.source() == null ? null : rule.source().lines(),
                    rule.updatedBy(),
                    Timestamp.from(rule.updatedAt()),
                    rule.id());
        }
    }

    @Test
    void any_logged_in_user_reads_the_rules_with_their_sources() {
        int plan = id("2011.follow-up-plan");
        assertThat(mvc.get().uri("/api/knowledge/follow-up-rules").with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json)
                            .extractingPath("$[?(@.key=='2011.dialogue-meeting-1')].source.file")
                            .asArray()
                            .containsExactly("003_5640988ab320671e.txt");
                    assertThat(json)
                            .extractingPath("$[?(@.key=='2011.follow-up-plan')].sourceVerified")
                            .asArray()
                            .containsExactly(false);
                    assertThat(json)
                            .extractingPath("$[?(@.key=='2007.dialogue-meeting')].validTo")
                            .asArray()
                            .containsExactly("2011-06-30");
                });
        assertThat(mvc.get().uri("/api/knowledge/follow-up-rules/" + plan).with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.dueUnit")
                .isEqualTo("WEEKS");
        assertThat(mvc.get().uri("/api/knowledge/follow-up-rules/999999").with(httpBasic("leser", "demo")))
                .hasStatus(404)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("Fant ingen oppfølgingsregel med id «999999».");
    }

    @Test
    void an_admin_edit_changes_the_timeline_and_a_source_makes_the_rule_verified() {
        int plan = id("2011.follow-up-plan");
        assertThat(mvc.put()
                        .uri("/api/knowledge/follow-up-rules/" + plan)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"actor": "EMPLOYER", "title": "Oppfølgingsplan", "description": "Innen tre uker.",
                                 "dueAmount": 3, "dueUnit": "WEEKS", "appliesTo": "ALL", "validFrom": "2011-07-01",
                                 "validTo": null, "sourceFile": "lovdata-aml-4-6.txt", "sourceLines": "10-12"}""")
                        .with(httpBasic("admin", "demo")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.sourceVerified").isEqualTo(true);
                    assertThat(json).extractingPath("$.source.lines").isEqualTo("10-12");
                    assertThat(json).extractingPath("$.updatedBy").isEqualTo("admin");
                    assertThat(json).extractingPath("$.key").isEqualTo("2011.follow-up-plan");
                });

        var event = rules.timeline(new TimelineRequest(LocalDate.of(2011, 7, 1), false)).events().stream()
                .filter(e -> e.ruleKey().equals("2011.follow-up-plan"))
                .findFirst()
                .orElseThrow();
        assertThat(event.date()).isEqualTo(LocalDate.of(2011, 7, 21));
        assertThat(event.week()).isEqualTo(3);
        assertThat(event.description()).isEqualTo("Innen tre uker.");
        assertThat(event.sourceVerified()).isTrue();
        assertThat(event.source()).isEqualTo(new RuleSource("lovdata-aml-4-6.txt", "10-12"));

        // Ending the rule before the day takes it out of that day's timeline.
        var ended = new RuleChange(
                Actor.EMPLOYER,
                "Oppfølgingsplan",
                "Innen tre uker.",
                3,
                DueUnit.WEEKS,
                AppliesTo.ALL,
                LocalDate.of(2011, 7, 1),
                LocalDate.of(2015, 12, 31),
                null);
        rules.update(plan, ended, new CurrentUser("admin", "admin", Role.ADMIN, "VESTLAND"));
        assertThat(rules.timeline(new TimelineRequest(LocalDate.of(2016, 1, 1), false))
                        .events())
                .noneMatch(e -> e.ruleKey().equals("2011.follow-up-plan"));
        assertThat(rules.rule(plan).sourceVerified()).isFalse();
    }

    @Test
    void invalid_values_are_a_norwegian_400_per_field() {
        int plan = id("2011.follow-up-plan");
        assertThat(mvc.put()
                        .uri("/api/knowledge/follow-up-rules/" + plan)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"actor": "BOSS", "title": " ", "description": "x", "dueAmount": 0,
                                 "dueUnit": "WEEKS", "appliesTo": "ALL", "validFrom": "2011-07-01",
                                 "validTo": "2010-01-01", "sourceFile": "", "sourceLines": "12-3"}""")
                        .with(httpBasic("admin", "demo")))
                .hasStatus(400)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json)
                            .extractingPath("$.errors.actor")
                            .isEqualTo(
                                    "«BOSS» er ikke et gyldig valg. Gyldige verdier: EMPLOYER, EMPLOYEE, DOCTOR, NAV.");
                    assertThat(json).extractingPath("$.errors.title").isEqualTo("Skriv en tittel.");
                    assertThat(json)
                            .extractingPath("$.errors.dueAmount")
                            .isEqualTo("Fristen må være et helt tall fra 1 til 999.");
                    assertThat(json)
                            .extractingPath("$.errors.validTo")
                            .isEqualTo("«Gyldig til» kan ikke være før «Gyldig fra».");
                    assertThat(json)
                            .extractingPath("$.errors.sourceLines")
                            .asString()
                            .startsWith("Linjene må være");
                });
        assertThat(mvc.put()
                        .uri("/api/knowledge/follow-up-rules/" + plan)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"actor": "NAV", "title": "T", "description": "D", "dueAmount": "x",
                                 "dueUnit": "YEARS", "appliesTo": "ALL", "validFrom": "2011-13-01",
                                 "sourceFile": "a.txt"}""")
                        .with(httpBasic("admin", "demo")))
                .hasStatus(400)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json)
                            .extractingPath("$.errors.dueUnit")
                            .asString()
                            .startsWith("«YEARS»");
                    assertThat(json)
                            .extractingPath("$.errors.validFrom")
                            .isEqualTo("«2011-13-01» er ikke en dato; bruk ÅÅÅÅ-MM-DD.");
                    assertThat(json)
                            .extractingPath("$.errors.sourceLines")
                            .isEqualTo("Oppgi linjene i kildefilen, eller tøm begge feltene.");
                });
        assertThat(rules.rule(plan))
                .isEqualTo(
                        shipped.stream().filter(r -> r.id() == plan).findFirst().orElseThrow());
    }

    @Test
    void only_an_admin_changes_a_rule() {
        int plan = id("2011.follow-up-plan");
        String body = """
                {"actor": "EMPLOYER", "title": "T", "description": "D", "dueAmount": 3, "dueUnit": "WEEKS",
                 "appliesTo": "ALL", "validFrom": "2011-07-01"}""";
        for (String username : List.of("leser", "saksbehandler", "superbruker")) {
            assertThat(mvc.put()
                            .uri("/api/knowledge/follow-up-rules/" + plan)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body)
                            .with(httpBasic(username, "demo")))
                    .as(username)
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThatThrownBy(() -> rules.update(
                        plan,
                        RuleChange.parse("EMPLOYER", "T", "D", "3", "WEEKS", "ALL", "2011-07-01", null, null, null),
                        new CurrentUser("superbruker", "superbruker", Role.SUPERUSER, "VESTLAND")))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("Bare administratorer kan endre reglene for oppfølging.");
        for (IaverkUser other : List.of(TestUsers.reader(), TestUsers.superuser())) {
            assertThat(mvc.get().uri("/admin/oppfolgingsregler").with(user(other)))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post()
                            .uri("/admin/oppfolgingsregler/" + plan)
                            .param("title", "T")
                            .with(user(other))
                            .with(csrf()))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(rules.rule(plan).title()).isEqualTo("Oppfølgingsplan");
    }

    @Test
    void the_admin_page_lists_the_rules_and_its_form_shows_norwegian_field_errors() {
        int plan = id("2011.follow-up-plan");
        assertThat(mvc.get().uri("/admin").with(user(TestUsers.admin())))
                .bodyText()
                .contains("href=\"/admin/oppfolgingsregler\"");
        assertThat(mvc.get().uri("/admin/oppfolgingsregler").with(user(TestUsers.admin())))
                .hasStatusOk()
                .bodyText()
                .contains("Regler for oppfølging av sykmeldte", "kilde ikke verifisert", "levert med iaverk")
                .contains("Kilde: 003_5640988ab320671e.txt, linje 373–379", "7 uker", "6 måneder", "dag 16")
                .contains("href=\"/admin/oppfolgingsregler/" + plan + "\"");
        assertThat(mvc.get().uri("/admin/oppfolgingsregler/" + plan).with(user(TestUsers.admin())))
                .hasStatusOk()
                .bodyText()
                .contains("Endre regel: Oppfølgingsplan", "value=\"2011-07-01\"", "name=\"sourceLines\"");

        assertThat(mvc.post()
                        .uri("/admin/oppfolgingsregler/" + plan)
                        .param("actor", "EMPLOYER")
                        .param("title", "Oppfølgingsplan")
                        .param("description", "Innen fire uker.")
                        .param("dueAmount", "fire")
                        .param("dueUnit", "WEEKS")
                        .param("appliesTo", "ALL")
                        .param("validFrom", "2011-07-01")
                        .param("sourceFile", "")
                        .param("sourceLines", "373-379")
                        .with(user(TestUsers.admin()))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Regelen ble ikke lagret", "Fristen må være et helt tall fra 1 til 999.")
                .contains("Oppgi kildefilen til linjene, eller tøm begge feltene.")
                .contains("value=\"fire\"", "aria-invalid=\"true\"");

        assertThat(mvc.post()
                        .uri("/admin/oppfolgingsregler/" + plan)
                        .param("actor", "EMPLOYER")
                        .param("title", "Oppfølgingsplan")
                        .param("description", "Innen fire uker.")
                        .param("dueAmount", "4")
                        .param("dueUnit", "WEEKS")
                        .param("appliesTo", "ALL")
                        .param("validFrom", "2011-07-01")
                        .param("validTo", "")
                        .param("sourceFile", "lovdata-aml.txt")
                        .param("sourceLines", "4-6")
                        .with(user(TestUsers.admin()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/admin/oppfolgingsregler");
        assertThat(mvc.get().uri("/kunnskap/oppfolging?firstSickDay=2011-07-01").with(user(TestUsers.reader())))
                .bodyText()
                .contains("Kilde: lovdata-aml.txt, linje 4–6", "Innen fire uker.");
        assertThat(rules.rule(plan).updatedBy()).isEqualTo("admin");
    }

    private int id(String key) {
        return shipped.stream()
                .filter(rule -> rule.key().equals(key))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
