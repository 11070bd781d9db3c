package no.iaverk.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import no.iaverk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Surveys over HTTP: the host's API and the participant's JSON calls without login or CSRF token. */
@IntegrationTest
class SurveyApiTest extends SurveyTestSupport {

    @Test
    void participants_use_the_json_api_without_login_or_csrf_token_but_a_cross_site_form_is_refused() {
        Survey survey = running(SurveyType.NEEDS_ASSESSMENT, 0);
        var joined = mvc.post()
                .uri("/s/" + survey.joinCode().toLowerCase() + "/join")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .exchange();
        assertThat(joined).hasStatusOk();
        Cookie cookie = joined.getResponse().getCookie("iaverk_deltaker");
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/s/" + survey.joinCode());

        assertThat(mvc.get()
                        .uri("/s/" + survey.joinCode() + "/next")
                        .accept(MediaType.APPLICATION_JSON)
                        .cookie(cookie))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.questionId").isNotNull();
                    assertThat(json).extractingPath("$.text").asString().isNotBlank();
                    assertThat(json).extractingPath("$.multipleChoice").isEqualTo(false);
                    assertThat(json).extractingPath("$.options.length()").isEqualTo(6);
                });
        Question question = participation
                .next(survey.joinCode(), UUID.fromString(cookie.getValue()))
                .orElseThrow();
        assertThat(mvc.post()
                        .uri("/s/" + survey.joinCode() + "/answers")
                        .contentType(MediaType.APPLICATION_JSON)
                        .cookie(cookie)
                        .content("{\"questionId\": %d, \"optionIds\": [%d]}"
                                .formatted(
                                        question.questionId(),
                                        question.options().get(2).id())))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.post()
                        .uri("/s/" + survey.joinCode() + "/answers")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"questionId\": %d, \"optionIds\": [%d]}"
                                .formatted(
                                        question.questionId(),
                                        question.options().get(2).id())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/s/" + survey.joinCode() + "/join")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/s/" + survey.joinCode() + "/join")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/s/NOSUCH/next").accept(MediaType.APPLICATION_JSON))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void the_api_creates_runs_and_reports_a_survey() {
        var created = mvc.post()
                .uri("/api/cases/%d/collaborations/%d/surveys".formatted(fixture.caseId(), fixture.collaborationId()))
                .with(httpBasic("saksbehandler", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"NEEDS_ASSESSMENT\"}")
                .exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.joinCode").asString().hasSize(6);
            assertThat(json).extractingPath("$.status").isEqualTo("CREATED");
            assertThat(json).extractingPath("$.themes[0].name").isEqualTo("Partssamarbeid");
        });
        long id = surveys.forCollaboration(fixture.caseId(), fixture.collaborationId())
                .get(0)
                .id();
        Survey survey = surveys.get(id);
        assertThat(mvc.post().uri("/api/surveys/%d/start".formatted(id)).with(httpBasic("saksbehandler", "demo")))
                .hasStatusOk();
        assertThat(mvc.post()
                        .uri("/api/surveys/%d/themes/%d/open".formatted(id, theme(survey, 0)))
                        .with(httpBasic("saksbehandler", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.themes[0].open")
                .isEqualTo(true);
        assertThat(mvc.post().uri("/api/surveys/%d/start".formatted(id)).with(httpBasic("saksbehandler", "demo")))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.post().uri("/api/surveys/%d/complete".formatted(id)).with(httpBasic("leser", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/surveys/%d/results".formatted(id)).with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.surveyId").isEqualTo((int) id);
                    assertThat(json).extractingPath("$.type").isEqualTo("NEEDS_ASSESSMENT");
                    assertThat(json).extractingPath("$.respondents").isEqualTo(0);
                    assertThat(json).extractingPath("$.themes[0].available").isEqualTo(false);
                    assertThat(json)
                            .extractingPath("$.themes[0].questions[0].respondents")
                            .isNull();
                    assertThat(json)
                            .extractingPath("$.themes[0].questions[0].options[0].text")
                            .isEqualTo("Helt enig");
                });
        assertThat(mvc.post()
                        .uri("/api/cases/%d/collaborations/%d/surveys"
                                .formatted(fixture.caseId(), fixture.collaborationId()))
                        .with(httpBasic("saksbehandler", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"EVALUATION\"}"))
                .hasStatus(HttpStatus.CONFLICT);
    }
}
