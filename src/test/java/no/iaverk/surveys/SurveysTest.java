package no.iaverk.surveys;

import static no.iaverk.surveys.SurveyFixture.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import no.iaverk.IntegrationTest;
import no.iaverk.cases.Collaborations.PlanChoice;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import no.iaverk.shared.ConflictException;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Survey runs: their states, the evaluation made from the plan, anonymous answers and the masking of results. */
@IntegrationTest
class SurveysTest extends SurveyTestSupport {

    @Test
    void a_needs_assessment_has_every_needs_theme_and_goes_created_started_completed() {
        Survey survey = create(SurveyType.NEEDS_ASSESSMENT);
        assertThat(survey.status()).isEqualTo(SurveyStatus.CREATED);
        assertThat(survey.joinCode()).matches("[A-Z2-9]{6}");
        assertThat(survey.themes())
                .extracting(Survey.Theme::code)
                .containsExactly("PARTY_COOPERATION", "SICK_LEAVE_WORK", "WORK_ENVIRONMENT");
        assertThat(survey.themes()).extracting(Survey.Theme::questions).containsExactly(5, 5, 5);
        assertThatThrownBy(() -> surveys.openTheme(survey.id(), theme(survey, 0), OWNER))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> participation.join(survey.joinCode()).session())
                .isInstanceOf(ConflictException.class);

        Survey started = surveys.start(survey.id(), OWNER);
        assertThat(started.status()).isEqualTo(SurveyStatus.STARTED);
        assertThat(started.openUntil()).isAfter(started.startedAt());
        assertThatThrownBy(() -> surveys.start(survey.id(), OWNER)).isInstanceOf(ConflictException.class);
        assertThat(surveys.openTheme(survey.id(), theme(survey, 1), OWNER).themes())
                .extracting(Survey.Theme::open)
                .containsExactly(false, true, false);
        assertThat(surveys.openTheme(survey.id(), theme(survey, 2), OWNER).themes())
                .extracting(Survey.Theme::open)
                .as("one theme at a time")
                .containsExactly(false, false, true);

        Survey completed = surveys.complete(survey.id(), OWNER);
        assertThat(completed.status()).isEqualTo(SurveyStatus.COMPLETED);
        assertThat(completed.themes()).noneMatch(Survey.Theme::open);
        assertThatThrownBy(() -> surveys.complete(survey.id(), OWNER)).isInstanceOf(ConflictException.class);
    }

    @Test
    void only_the_cases_owner_and_followers_host_surveys() {
        assertThatThrownBy(() -> surveys.create(
                        fixture.caseId(),
                        fixture.collaborationId(),
                        SurveyType.NEEDS_ASSESSMENT,
                        TestUsers.of("kari", Role.CASEWORKER).currentUser()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void a_survey_without_answers_can_be_deleted_one_with_answers_cannot() {
        Survey empty = create(SurveyType.NEEDS_ASSESSMENT);
        assertThat(surveys.delete(empty.id(), OWNER).status()).isEqualTo(SurveyStatus.DELETED);
        assertThat(surveys.forCollaboration(fixture.caseId(), fixture.collaborationId()))
                .isEmpty();

        Survey answered = running(SurveyType.NEEDS_ASSESSMENT, 0);
        answerFirst(answered, participation.join(answered.joinCode()).session(), 0);
        assertThatThrownBy(() -> surveys.delete(answered.id(), OWNER))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("har svar");
    }

    @Test
    void an_evaluation_asks_about_the_plans_themes_and_the_way_forward_and_needs_a_plan() {
        assertThatThrownBy(() -> create(SurveyType.EVALUATION))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("tom plan");
        collaborations.savePlan(
                fixture.caseId(),
                fixture.collaborationId(),
                null,
                List.of(
                        new PlanChoice("SICK_LEAVE_ROUTINES", true, null, null, null),
                        new PlanChoice("SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", true, null, null, null),
                        new PlanChoice("PARTY_COOPERATION_ROLES", false, null, null, null)),
                OWNER);

        Survey evaluation = create(SurveyType.EVALUATION);
        assertThat(evaluation.themes())
                .extracting(Survey.Theme::code)
                .containsExactly("SICK_LEAVE_WORK", "WAY_FORWARD");
        assertThat(evaluation.themes()).extracting(Survey.Theme::questions).containsExactly(2, 2);
    }

    @Test
    void a_survey_keeps_the_questions_it_was_created_with() {
        Survey survey = create(SurveyType.NEEDS_ASSESSMENT);
        jdbc.sql("update bank_theme set active = false where code = 'WORK_ENVIRONMENT'")
                .update();
        try {
            assertThat(surveys.get(survey.id()).themes()).hasSize(3);
            assertThat(create(SurveyType.NEEDS_ASSESSMENT).themes()).hasSize(2);
        } finally {
            jdbc.sql("update bank_theme set active = true").update();
        }
    }

    @Test
    void participants_answer_the_open_theme_at_their_own_pace_and_may_change_an_answer() {
        Survey survey = running(SurveyType.NEEDS_ASSESSMENT, 0);
        UUID session = participation.join(survey.joinCode()).session();
        Question first = participation.next(survey.joinCode(), session).orElseThrow();
        assertThat(first.multipleChoice()).isFalse();
        assertThat(first.options())
                .hasSize(6)
                .last()
                .extracting(Question.Option::text)
                .isEqualTo("Vet ikke");

        participation.answer(
                survey.joinCode(),
                session,
                first.questionId(),
                List.of(first.options().get(0).id()));
        Question second = participation.next(survey.joinCode(), session).orElseThrow();
        assertThat(second.questionId()).isNotEqualTo(first.questionId());

        participation.answer(
                survey.joinCode(),
                session,
                first.questionId(),
                List.of(first.options().get(4).id()));
        assertThat(jdbc.sql("select option_ids[1] from survey_answer where question_id = :q")
                        .param("q", first.questionId())
                        .query(Long.class)
                        .list())
                .containsExactly(first.options().get(4).id());

        assertThatThrownBy(() -> participation.answer(
                        survey.joinCode(),
                        session,
                        first.questionId(),
                        List.of(
                                first.options().get(0).id(),
                                first.options().get(1).id())))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> participation.answer(
                        survey.joinCode(),
                        session,
                        first.questionId(),
                        List.of(second.options().get(0).id() + 100_000)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> participation.next(survey.joinCode(), UUID.randomUUID()))
                .isInstanceOf(ForbiddenException.class);

        for (int i = 1; i < 5; i++) {
            Question next = participation.next(survey.joinCode(), session).orElseThrow();
            participation.answer(
                    survey.joinCode(),
                    session,
                    next.questionId(),
                    List.of(next.options().get(0).id()));
        }
        assertThat(participation.next(survey.joinCode(), session))
                .as("all of the open theme answered")
                .isEmpty();
    }

    @Test
    void answers_are_refused_when_the_theme_is_closed_or_the_survey_has_run_out_of_time() {
        Survey survey = running(SurveyType.NEEDS_ASSESSMENT, 0);
        UUID session = participation.join(survey.joinCode()).session();
        Question question = participation.next(survey.joinCode(), session).orElseThrow();
        surveys.closeTheme(survey.id(), theme(survey, 0), OWNER);
        assertThat(participation.next(survey.joinCode(), session)).isEmpty();
        assertThatThrownBy(() -> answer(survey, session, question))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("ikke åpent");

        assertThatThrownBy(() -> surveys.openTheme(survey.id(), theme(survey, 0), OWNER))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("kan ikke åpnes igjen");
        assertThat(participation.next(survey.joinCode(), session)).isEmpty();

        surveys.openTheme(survey.id(), theme(survey, 1), OWNER);
        Question next = participation.next(survey.joinCode(), session).orElseThrow();
        answer(survey, session, next);
        jdbc.sql("update survey set open_until = now() - interval '1 minute' where id = :id")
                .param("id", survey.id())
                .update();
        assertThatThrownBy(() -> answer(survey, session, next))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("stengt");
        assertThatThrownBy(() -> participation.join(survey.joinCode()).session())
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void results_are_masked_below_three_respondents() {
        Survey survey = running(SurveyType.NEEDS_ASSESSMENT, 0);
        UUID a = participation.join(survey.joinCode()).session();
        UUID b = participation.join(survey.joinCode()).session();
        UUID c = participation.join(survey.joinCode()).session();
        answerFirst(survey, a, 0);
        answerFirst(survey, b, 1);
        answerFirst(survey, c, 0);
        answerFirst(survey, a, 0); // the second question: two answers
        answerFirst(survey, b, 0);
        surveys.closeTheme(survey.id(), theme(survey, 0), OWNER);

        SurveyResults three = results.results(survey.id(), OWNER);
        assertThat(three.respondents()).isEqualTo(3);
        var first = three.themes().get(0).questions().get(0);
        assertThat(first.masked()).isFalse();
        assertThat(first.respondents()).isEqualTo(3);
        assertThat(first.options())
                .extracting(SurveyResults.OptionCount::count)
                .containsExactly(2L, 1L, 0L, 0L, 0L, 0L);
        var two = three.themes().get(0).questions().get(1);
        assertThat(two.respondents()).isEqualTo(2);
        assertThat(two.masked()).isTrue();
        assertThat(two.options()).allMatch(option -> option.count() == null);
        assertThat(three.themes().get(0).questions().get(2).masked())
                .as("nobody answered it")
                .isTrue();
    }

    @Test
    void no_stored_row_can_link_an_answer_to_a_person() {
        assertThat(columns("survey_answer")).containsExactly("survey_id", "session_id", "question_id", "option_ids");
        assertThat(columns("survey_participant")).containsExactly("survey_id", "session_id");
        assertThat(columns("survey_response")).containsExactly("survey_id", "respondent", "question_id", "option_ids");
        Survey survey = running(SurveyType.NEEDS_ASSESSMENT, 0);
        assertThat(mvc.post()
                        .uri("/s/" + survey.joinCode() + "/join")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .hasStatusOk();
        assertThat(jdbc.sql("select count(*) from audit_event where path like '/s/%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void the_comparison_shows_each_theme_before_and_after_from_three_respondents() {
        collaborations.savePlan(
                fixture.caseId(),
                fixture.collaborationId(),
                null,
                List.of(new PlanChoice("SICK_LEAVE_ROUTINES", true, null, null, null)),
                OWNER);
        Survey before = running(SurveyType.NEEDS_ASSESSMENT, 1);
        Survey after = running(SurveyType.EVALUATION, 0);
        for (int i = 0; i < 3; i++) {
            answerFirst(before, participation.join(before.joinCode()).session(), 4); // "Helt uenig" = 1
            answerFirst(after, participation.join(after.joinCode()).session(), 0); // "Helt enig" = 5
        }
        surveys.complete(before.id(), OWNER);
        surveys.complete(after.id(), OWNER);

        var comparison = results.comparison(fixture.caseId(), fixture.collaborationId(), OWNER);
        var sickLeave = comparison.themes().stream()
                .filter(t -> t.code().equals("SICK_LEAVE_WORK"))
                .findFirst()
                .orElseThrow();
        assertThat(sickLeave.needsAssessment()).isEqualTo(1.0);
        assertThat(sickLeave.evaluation()).isEqualTo(5.0);
        assertThat(comparison.themes())
                .filteredOn(t -> t.code().equals("PARTY_COOPERATION"))
                .allMatch(t -> t.needsAssessment() == null, "nobody answered: masked");
    }
}
