package no.iaverk.surveys;

import static no.iaverk.surveys.SurveyFixture.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.iaverk.IntegrationTest;
import no.iaverk.cases.Collaborations.PlanChoice;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.Test;

/** The survey pages in the room and on the participant's phone, and the comparison's wording. */
@IntegrationTest
class SurveyPagesTest extends SurveyTestSupport {

    @Test
    void a_wrong_code_leads_back_to_the_code_form_with_a_message() {
        assertThat(mvc.get().uri("/s").param("kode", " feil42 "))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/s?ukjent=FEIL42");
        assertThat(mvc.get().uri("/s/FEIL42"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/s?ukjent=FEIL42");
        assertThat(mvc.get().uri("/s").param("ukjent", "FEIL42"))
                .hasStatusOk()
                .bodyText()
                .contains("Fant ingen undersøkelse med koden «FEIL42». Sjekk koden på skjermen og prøv igjen.")
                .contains("value=\"FEIL42\"")
                .doesNotContain("Ugyldig forespørsel", "jsessionid");
    }

    @Test
    void a_right_code_in_small_letters_goes_to_the_survey() {
        Survey survey = running(SurveyType.NEEDS_ASSESSMENT, 0);
        assertThat(mvc.get().uri("/s").param("kode", survey.joinCode().toLowerCase()))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/s/" + survey.joinCode());
    }

    @Test
    void the_projector_view_has_no_menu_a_large_code_and_counts_participants_in_the_singular_and_plural()
            throws Exception {
        Survey survey = running(SurveyType.NEEDS_ASSESSMENT, 0);
        participation.join(survey.joinCode());

        assertThat(projector(survey))
                .contains(
                        "class=\"projector-code\">" + survey.joinCode() + "<",
                        "projector-qr",
                        "id=\"participants\">1<",
                        ">deltaker<")
                .doesNotContain("class=\"menu\"", "Logg ut", ">deltakere<");
        participation.join(survey.joinCode());
        assertThat(projector(survey)).contains("id=\"participants\">2<", ">deltakere<");
        assertThat(mvc.get()
                        .uri("/undersokelse/{id}", survey.id())
                        .with(user(TestUsers.of("saksbehandler", Role.CASEWORKER))))
                .bodyText()
                .contains(">deltakere<", "/undersokelse/" + survey.id() + "/lerret", "Vis på lerret");
    }

    @Test
    void the_comparison_says_not_asked_for_a_theme_nobody_was_asked_and_masked_below_three() throws Exception {
        collaborations.savePlan(
                fixture.caseId(),
                fixture.collaborationId(),
                null,
                List.of(new PlanChoice("SICK_LEAVE_ROUTINES", true, null, null, null)),
                OWNER);
        Survey before = running(SurveyType.NEEDS_ASSESSMENT, 1); // Sykefraværsarbeid
        Survey after = running(SurveyType.EVALUATION, 0); // Sykefraværsarbeid, the plan's theme
        for (int i = 0; i < 3; i++) {
            answerFirst(before, participation.join(before.joinCode()).session(), 4); // "Helt uenig" = 1
            answerFirst(after, participation.join(after.joinCode()).session(), 0); // "Helt enig" = 5
        }
        surveys.closeTheme(before.id(), theme(before, 1), OWNER);
        surveys.openTheme(before.id(), theme(before, 0), OWNER); // Partssamarbeid: three answer
        for (int i = 0; i < 3; i++) {
            answerFirst(before, participation.join(before.joinCode()).session(), 4);
        }
        surveys.closeTheme(before.id(), theme(before, 0), OWNER);
        surveys.openTheme(before.id(), theme(before, 2), OWNER); // Arbeidsmiljø: one answers
        answerFirst(before, participation.join(before.joinCode()).session(), 4);
        surveys.complete(before.id(), OWNER);
        surveys.complete(after.id(), OWNER);

        String page = mvc.get()
                .uri("/sak/{c}/samarbeid/{k}/undersokelser", fixture.caseId(), fixture.collaborationId())
                .with(user(TestUsers.of("saksbehandler", Role.CASEWORKER)))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(cells(page, "Sykefraværsarbeid")).containsExactly("1,0", "5,0");
        assertThat(cells(page, "Partssamarbeid")).containsExactly("1,0", "ikke spurt");
        assertThat(cells(page, "Arbeidsmiljø")).containsExactly("skjermet", "ikke spurt");
    }

    private String projector(Survey survey) throws Exception {
        var page = mvc.get()
                .uri("/undersokelse/{id}/lerret", survey.id())
                .with(user(TestUsers.of("saksbehandler", Role.CASEWORKER)))
                .exchange();
        assertThat(page).hasStatusOk();
        return page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The number cells of the comparison's row for a theme. */
    private static List<String> cells(String page, String theme) {
        Matcher row = Pattern.compile("<td>" + Pattern.quote(theme) + "</td>(.*?)</tr>", Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find()).as("a row for " + theme).isTrue();
        return Pattern.compile("<td class=\"number\">([^<]*)</td>")
                .matcher(row.group(1))
                .results()
                .map(cell -> cell.group(1))
                .toList();
    }
}
