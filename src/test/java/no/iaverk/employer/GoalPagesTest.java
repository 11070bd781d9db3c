package no.iaverk.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import no.iaverk.shared.OrgNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The employer's goals page (form with Norwegian field errors that keep what was typed, removing) and the adviser's
 * read-only section on the collaboration page, for Bergen kommune and its kindergarten (the documents' fixture case).
 */
@IntegrationTest
class GoalPagesTest extends DocumentFixture {

    /** The test's employer represents Bergen kommune and its kindergarten. */
    @TestConfiguration
    static class BergenKommune {
        @Bean
        @Primary
        EmployerScope employerScope() {
            return new EmployerScope() {
                @Override
                public List<String> orgNumbers() {
                    return List.of(LEGAL_UNIT, TestData.KINDERGARTEN);
                }

                @Override
                public String person() {
                    return "Kari Nordmann";
                }
            };
        }
    }

    @Autowired
    Goals goals;

    static final String PAGE = "/arbeidsgiver/virksomhet/" + LEGAL_UNIT + "/mal";

    @BeforeEach
    void noGoals() {
        jdbc.sql("truncate employer_goal_status, employer_goal").update();
    }

    Goal goal(String org, String description) {
        return goals.create(
                OrgNumber.of(org),
                new NewGoal(description, "LONG_TERM_PERCENT", new BigDecimal("4.5"), BigDecimal.ONE, 2027),
                "Kari Nordmann");
    }

    @Test
    void the_form_names_each_wrong_field_in_norwegian_and_keeps_what_was_typed() {
        var employer = user(TestUsers.employer("arbeidsgiver"));
        assertThat(mvc.get().uri(PAGE).with(employer))
                .hasStatusOk()
                .bodyText()
                .contains("Virksomhetens mål", "Ingen mål er satt ennå.", "Lagre målet", "Langtidsfravær");

        assertThat(mvc.post()
                        .uri(PAGE)
                        .param("description", "Ned med fraværet")
                        .param("metric", "SICK_LEAVE_PERCENT")
                        .param("target", "sju")
                        .param("tolerance", "12")
                        .param("year", "2024")
                        .with(csrf())
                        .with(employer))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Skriv et tall", "Toleransen må være fra 0 til 10", "aria-invalid=\"true\"")
                .contains("value=\"sju\"", "value=\"Ned med fraværet\"", "value=\"12\"");
        assertThat(goals.withSubUnits(OrgNumber.of(LEGAL_UNIT))).isEmpty();

        assertThat(mvc.post()
                        .uri(PAGE)
                        .param("description", "Sykefraværet ned til 6,5 %")
                        .param("metric", "SICK_LEAVE_PERCENT")
                        .param("target", "6,5")
                        .param("tolerance", "0,5")
                        .param("year", "2027")
                        .with(csrf())
                        .with(employer))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo(PAGE);
        Goal created = goals.forEnterprise(OrgNumber.of(LEGAL_UNIT)).get(0);
        assertThat(created.target()).isEqualByComparingTo("6.5");
        assertThat(created.tolerance()).isEqualByComparingTo("0.5");

        // The legal unit's page lists its sub-units' goals too, status in words beside the colour.
        goal(TestData.KINDERGARTEN, "Langtidsfraværet ned 1 prosentpoeng");
        assertThat(mvc.get().uri(PAGE).with(employer))
                .hasStatusOk()
                .bodyText()
                .contains("Sykefraværet ned til 6,5 %", "Langtidsfraværet ned 1 prosentpoeng", "6,5")
                .contains("badge goal-NONE", "Ingen status", "Ingen kvartaler av året er publisert ennå.");

        assertThat(mvc.post()
                        .uri("/arbeidsgiver/virksomhet/{org}/mal/{id}/fjern", LEGAL_UNIT, created.id())
                        .param("from", LEGAL_UNIT)
                        .with(csrf())
                        .with(employer))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo(PAGE);
        assertThat(goals.forEnterprise(OrgNumber.of(LEGAL_UNIT))).isEmpty();
        // Another enterprise's page, and the form for NAV users, are refused.
        assertThat(mvc.get().uri("/arbeidsgiver/virksomhet/910000039/mal").with(employer))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(PAGE).with(user(TestUsers.reader()))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void advisers_see_the_enterprises_goals_on_the_collaboration_page_and_employers_cannot() {
        goal(LEGAL_UNIT, "Kommunens mål");
        goal(TestData.KINDERGARTEN, "Barnehagens mål");
        String section = "/sak/%d/samarbeid/%d/mal".formatted(caseId, collaborationId);

        assertThat(mvc.get()
                        .uri("/sak/%d/samarbeid/%d".formatted(caseId, collaborationId))
                        .with(user(TestUsers.of("saksbehandler", Role.CASEWORKER))))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"mal\"", section, "Henter virksomhetens mål");

        MvcTestResult fragment = mvc.get()
                .uri(section)
                .header("HX-Request", "true")
                .with(user(TestUsers.reader()))
                .exchange();
        assertThat(fragment).hasStatusOk();
        assertThat(DocumentPagesTest.body(fragment))
                .contains("Virksomhetens mål", "Kommunens mål", "Barnehagens mål", "Langtidsfravær")
                .doesNotContain("<html", "Fjern", "Lagre målet");
        assertThat(mvc.get().uri(section).with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("<html", "Tilbake til samarbeidet");

        assertThat(mvc.get().uri(section).with(user(TestUsers.employer("arbeidsgiver"))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get()
                        .uri("/sak/%d/samarbeid/%d/mal".formatted(caseId, collaborationId + 1000))
                        .with(user(TestUsers.reader())))
                .hasStatus(HttpStatus.NOT_FOUND);
    }
}
