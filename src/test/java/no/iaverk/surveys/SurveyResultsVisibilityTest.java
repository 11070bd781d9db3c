package no.iaverk.surveys;

import static no.iaverk.surveys.SurveyFixture.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.UUID;
import no.iaverk.IntegrationTest;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import no.iaverk.shared.ConflictException;
import no.iaverk.shared.ForbiddenException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Nobody can watch answers arrive: a theme's results show only once it is closed, a closed theme never reopens, the
 * host's counts show only while a theme is open, and results are for the case's own unit.
 */
@IntegrationTest
class SurveyResultsVisibilityTest extends SurveyTestSupport {

    @Test
    void a_themes_results_show_only_after_it_is_closed_and_a_closed_theme_cannot_be_reopened() {
        Survey survey = running(SurveyType.NEEDS_ASSESSMENT, 0);
        for (int i = 0; i < 3; i++) {
            answerFirst(survey, participation.join(survey.joinCode()).session(), i == 0 ? 1 : 0);
        }
        String results = "/api/surveys/%d/results".formatted(survey.id());

        assertThat(mvc.get().uri(results).with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.respondents").isEqualTo(0);
                    assertThat(json).extractingPath("$.themes[0].available").isEqualTo(false);
                    assertThat(json)
                            .extractingPath("$.themes[0].reason")
                            .asString()
                            .contains("åpent for svar");
                    assertThat(json)
                            .extractingPath("$.themes[0].questions[0].respondents")
                            .isNull();
                    assertThat(json)
                            .extractingPath("$.themes[0].questions[0].options[0].count")
                            .isNull();
                    assertThat(json)
                            .extractingPath("$.themes[1].reason")
                            .asString()
                            .contains("ikke åpnet");
                });

        surveys.closeTheme(survey.id(), theme(survey, 0), OWNER);
        assertThat(mvc.get().uri(results).with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.respondents").isEqualTo(3);
                    assertThat(json).extractingPath("$.themes[0].available").isEqualTo(true);
                    assertThat(json)
                            .extractingPath("$.themes[0].questions[0].options[0].count")
                            .isEqualTo(2);
                    assertThat(json)
                            .extractingPath("$.themes[0].questions[0].options[1].count")
                            .isEqualTo(1);
                    assertThat(json).extractingPath("$.themes[1].available").isEqualTo(false);
                });

        assertThatThrownBy(() -> surveys.openTheme(survey.id(), theme(survey, 0), OWNER))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("kan ikke åpnes igjen");
        assertThat(mvc.post()
                        .uri("/api/surveys/%d/themes/%d/open".formatted(survey.id(), theme(survey, 0)))
                        .with(httpBasic("saksbehandler", "demo")))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("Partssamarbeid", "kan ikke åpnes igjen");
        assertThatThrownBy(() -> surveys.closeTheme(survey.id(), theme(survey, 1), OWNER))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("ikke åpent");

        Survey next = surveys.openTheme(survey.id(), theme(survey, 1), OWNER);
        assertThat(next.themes()).extracting(Survey.Theme::closed).containsExactly(true, false, false);
        surveys.openTheme(survey.id(), theme(survey, 2), OWNER);
        assertThat(surveys.get(survey.id()).themes())
                .as("opening a theme closes the one open before, for good")
                .extracting(Survey.Theme::closed)
                .containsExactly(true, true, false);
    }

    @Test
    void a_completed_survey_shows_every_theme_and_the_result_bars_need_no_inline_style() {
        Survey survey = running(SurveyType.NEEDS_ASSESSMENT, 0);
        for (int i = 0; i < 3; i++) {
            answerFirst(survey, participation.join(survey.joinCode()).session(), i == 0 ? 1 : 0);
        }
        surveys.complete(survey.id(), OWNER);

        SurveyResults completed = results.results(survey.id(), OWNER);
        assertThat(completed.themes()).allMatch(SurveyResults.Theme::available);
        assertThat(completed.themes().get(0).questions().get(0).options())
                .extracting(SurveyResults.OptionCount::count)
                .containsExactly(2L, 1L, 0L, 0L, 0L, 0L);
        assertThat(mvc.get()
                        .uri("/undersokelse/%d/resultater".formatted(survey.id()))
                        .with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("class=\"bar w65\"", "class=\"bar w35\"", "class=\"bar w0\"")
                .doesNotContain("style=", "onclick=");
    }

    @Test
    void the_host_sees_how_many_have_joined_and_answered_only_while_a_theme_is_open() {
        Survey survey = create(SurveyType.NEEDS_ASSESSMENT);
        assertThat(survey.participants()).isNull();
        surveys.start(survey.id(), OWNER);
        UUID early = participation.join(survey.joinCode()).session();
        assertThat(surveys.get(survey.id()).answers()).isNull();
        assertThat(participation.liveCounts(survey.id())).isEmpty();
        assertThat(mvc.get().uri("/undersokelse/" + survey.id()).with(user(TestUsers.reader())))
                .bodyText()
                .contains("<div id=\"counts\" hidden=\"hidden\">", "vises mens et tema er åpent");

        surveys.openTheme(survey.id(), theme(survey, 0), OWNER);
        answerFirst(survey, early, 0);
        assertThat(participation.liveCounts(survey.id())).contains(new Participation.Counts(1, 1));
        Survey open = surveys.get(survey.id());
        assertThat(List.of(open.participants(), open.answers())).containsExactly(1L, 1L);
        assertThat(mvc.get().uri("/undersokelse/" + survey.id()).with(user(TestUsers.reader())))
                .bodyText()
                .contains("<div id=\"counts\">");

        surveys.closeTheme(survey.id(), theme(survey, 0), OWNER);
        assertThat(participation.liveCounts(survey.id())).isEmpty();
        assertThat(surveys.get(survey.id()).participants()).isNull();
        assertThat(surveys.get(survey.id()).answered()).isTrue();

        Survey completed = surveys.complete(survey.id(), OWNER);
        assertThat(participation.liveCounts(survey.id())).isEmpty();
        assertThat(List.of(completed.participants(), completed.answers()))
                .as("the totals, once it is over")
                .containsExactly(1L, 1L);
    }

    @Test
    void results_and_the_comparison_are_for_the_users_of_the_cases_unit() {
        Survey survey = running(SurveyType.NEEDS_ASSESSMENT, 0);
        surveys.closeTheme(survey.id(), theme(survey, 0), OWNER);
        var oslo = TestUsers.of("saksbehandler-oslo", Role.CASEWORKER, "OSLO");

        assertThatThrownBy(() -> results.results(survey.id(), oslo.currentUser()))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("NAV Arbeidslivssenter Vestland");
        assertThat(mvc.get()
                        .uri("/api/surveys/%d/results".formatted(survey.id()))
                        .with(httpBasic("saksbehandler-oslo", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("bare for brukere i enheten som eier saken");
        assertThat(mvc.get()
                        .uri("/api/cases/%d/collaborations/%d/survey-comparison"
                                .formatted(fixture.caseId(), fixture.collaborationId()))
                        .with(httpBasic("saksbehandler-oslo", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        var page = mvc.get()
                .uri("/undersokelse/%d/resultater".formatted(survey.id()))
                .with(user(oslo))
                .exchange();
        assertThat(page).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(page.getMvcResult().getResolvedException()).hasMessageContaining("NAV Arbeidslivssenter Vestland");
        assertThat(mvc.get()
                        .uri("/sak/%d/samarbeid/%d/undersokelser"
                                .formatted(fixture.caseId(), fixture.collaborationId()))
                        .with(user(oslo)))
                .hasStatusOk()
                .bodyText()
                .contains("bare for brukere i enheten som eier saken");

        assertThat(mvc.get()
                        .uri("/api/surveys/%d/results".formatted(survey.id()))
                        .with(httpBasic("leser", "demo")))
                .hasStatusOk();
        assertThat(mvc.get()
                        .uri("/api/surveys/%d".formatted(survey.id()))
                        .with(httpBasic("saksbehandler-oslo", "demo")))
                .as("the survey itself, like the case, is read nationally")
                .hasStatusOk();
    }

    @Test
    void only_the_cases_unit_hosts_its_surveys() {
        Survey survey = create(SurveyType.NEEDS_ASSESSMENT);
        var oslo = TestUsers.of("superbruker-oslo", Role.SUPERUSER, "OSLO").currentUser();
        assertThatThrownBy(() -> surveys.start(survey.id(), oslo))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("Saken tilhører NAV Arbeidslivssenter Vestland");
        assertThatThrownBy(() ->
                        surveys.create(fixture.caseId(), fixture.collaborationId(), SurveyType.NEEDS_ASSESSMENT, oslo))
                .isInstanceOf(ForbiddenException.class);
        assertThat(mvc.post()
                        .uri("/api/surveys/%d/start".formatted(survey.id()))
                        .with(httpBasic("saksbehandler-oslo", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("Bare brukere i den enheten kan endre den");
    }
}
