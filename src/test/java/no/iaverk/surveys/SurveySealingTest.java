package no.iaverk.surveys;

import static no.iaverk.surveys.SurveyFixture.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import no.iaverk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a survey ends its answers are sealed: no table holding them keeps a session id, their physical order is not the
 * order they were given in, they share one transaction id, and the session-keyed tables are rewritten, so that no dead
 * row of them is left either. The results are the same before and after.
 */
@IntegrationTest
class SurveySealingTest extends SurveyTestSupport {

    static final int PARTICIPANTS = 12;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void completing_a_survey_moves_its_answers_to_random_keys_in_random_order_and_rewrites_the_session_tables() {
        Survey survey = running(SurveyType.NEEDS_ASSESSMENT, 0);
        List<UUID> sessions = new ArrayList<>();
        List<Long> answeringOrder = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            UUID session = participation.join(survey.joinCode()).session();
            sessions.add(session);
            for (int q = 0; q < 5; q++) {
                Question question =
                        participation.next(survey.joinCode(), session).orElseThrow();
                answeringOrder.add(question.questionId());
                answer(survey, session, question);
            }
        }
        Question changed = participation
                .answered(survey.joinCode(), sessions.get(0))
                .keySet()
                .iterator()
                .next();
        participation.answer(
                survey.joinCode(),
                sessions.get(0),
                changed.questionId(),
                List.of(changed.options().get(3).id())); // the old choice is now a dead row
        surveys.closeTheme(survey.id(), theme(survey, 0), OWNER);
        SurveyResults.Theme before =
                results.results(survey.id(), OWNER).themes().get(0);
        long answerFile = fileNode("survey_answer");
        long participantFile = fileNode("survey_participant");

        Survey completed = surveys.complete(survey.id(), OWNER);

        assertThat(count("select count(*) from survey_answer where survey_id = " + survey.id()))
                .isZero();
        assertThat(count("select count(*) from survey_participant where survey_id = " + survey.id()))
                .isZero();
        assertThat(fileNode("survey_answer"))
                .as("rewritten: not a dead row of the old file is left")
                .isNotEqualTo(answerFile);
        assertThat(fileNode("survey_participant")).isNotEqualTo(participantFile);
        assertThat(jdbc.sql("""
                        select table_name from information_schema.columns
                        where column_name = 'session_id' and table_name like 'survey%' order by table_name
                        """).query(String.class).list())
                .as("only the running surveys' tables know sessions")
                .containsExactly("survey_answer", "survey_participant");

        List<UUID> respondents = jdbc.sql("select respondent from survey_response where survey_id = :id")
                .param("id", survey.id())
                .query(UUID.class)
                .list();
        assertThat(respondents).hasSize(PARTICIPANTS * 5);
        assertThat(new HashSet<>(respondents)).hasSize(PARTICIPANTS).doesNotContainAnyElementsOf(sessions);
        assertThat(count("select count(distinct xmin::text) from survey_response where survey_id = " + survey.id()))
                .as("one transaction wrote them all: transaction ids tell no order")
                .isEqualTo(1);
        List<Long> physicalOrder = jdbc.sql(
                        "select question_id from survey_response where survey_id = :id order by ctid")
                .param("id", survey.id())
                .query(Long.class)
                .list();
        // 12 × 5 rows written in the answering order would be one of (12!)^5 of the 60! orders: about 1 in 10^38.
        assertThat(physicalOrder).containsExactlyInAnyOrderElementsOf(answeringOrder);
        assertThat(physicalOrder).isNotEqualTo(answeringOrder);

        assertThat(completed.participants()).isEqualTo(PARTICIPANTS);
        assertThat(results.results(survey.id(), OWNER).themes().get(0))
                .as("the results do not change")
                .isEqualTo(before);
        assertThat(results.results(survey.id(), OWNER).respondents()).isEqualTo(PARTICIPANTS);
    }

    @Test
    void another_running_surveys_answers_are_kept_even_when_given_while_one_is_sealed() throws Exception {
        Survey other = running(SurveyType.NEEDS_ASSESSMENT, 0);
        UUID steady = participation.join(other.joinCode()).session();
        answerFirst(other, steady, 0);
        UUID waiting = participation.join(other.joinCode()).session();
        Survey ending = running(SurveyType.NEEDS_ASSESSMENT, 0);
        answerFirst(ending, participation.join(ending.joinCode()).session(), 0);

        // The sealing transaction holds its lock while an answer to the other survey arrives; the answer waits for it.
        var sealedButNotCommitted = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        CompletableFuture<Void> sealing = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            surveys.complete(ending.id(), OWNER);
            sealedButNotCommitted.countDown();
            await(release);
        }));
        sealedButNotCommitted.await();
        CompletableFuture<Void> answering = CompletableFuture.runAsync(() -> answerFirst(other, waiting, 2));
        while (!answering.isDone() && !waitingForALock()) {
            Thread.onSpinWait();
        }
        assertThat(answering).as("the answer waits for the sealing").isNotDone();
        release.countDown();
        sealing.get();
        answering.get();

        assertThat(count("select count(*) from survey_answer where survey_id = " + other.id()))
                .isEqualTo(2);
        assertThat(count("select count(*) from survey_participant where survey_id = " + other.id()))
                .isEqualTo(2);
        answerFirst(other, steady, 1); // and the survey goes on
        assertThat(count("select count(*) from survey_answer where survey_id = " + other.id()))
                .isEqualTo(3);
        assertThat(count("select count(*) from survey_response where survey_id = " + ending.id()))
                .isEqualTo(1);
    }

    @Test
    void a_survey_whose_time_ran_out_is_completed_and_sealed_by_the_expiry_check() {
        Survey survey = running(SurveyType.NEEDS_ASSESSMENT, 0);
        for (int i = 0; i < 3; i++) {
            answerFirst(survey, participation.join(survey.joinCode()).session(), 0);
        }
        Survey untouched = running(SurveyType.NEEDS_ASSESSMENT, 0);
        answerFirst(untouched, participation.join(untouched.joinCode()).session(), 0);
        Instant ranOut = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        jdbc.sql("update survey set open_until = :until where id = :id")
                .param("until", Timestamp.from(ranOut))
                .param("id", survey.id())
                .update();

        assertThat(surveys.completeExpired(Instant.now())).isEqualTo(1);
        assertThat(surveys.completeExpired(Instant.now())).isZero();

        Survey completed = surveys.get(survey.id());
        assertThat(completed.status()).isEqualTo(SurveyStatus.COMPLETED);
        assertThat(completed.completedAt()).isEqualTo(ranOut);
        assertThat(completed.themes()).allMatch(theme -> theme.closed() && !theme.open());
        assertThat(count("select count(*) from survey_answer where survey_id = " + survey.id()))
                .isZero();
        assertThat(count("select count(*) from survey_response where survey_id = " + survey.id()))
                .isEqualTo(3);
        assertThat(results.results(survey.id(), OWNER)
                        .themes()
                        .get(0)
                        .questions()
                        .get(0)
                        .options())
                .extracting(SurveyResults.OptionCount::count)
                .startsWith(3L);
        assertThat(surveys.get(untouched.id()).status()).isEqualTo(SurveyStatus.STARTED);
        assertThat(count("select count(*) from survey_answer where survey_id = " + untouched.id()))
                .isEqualTo(1);
    }

    private long fileNode(String table) {
        return jdbc.sql("select pg_relation_filenode(:table::regclass)")
                .param("table", table)
                .query(Long.class)
                .single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private boolean waitingForALock() {
        return jdbc.sql("select exists (select 1 from pg_locks where not granted)")
                .query(Boolean.class)
                .single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
