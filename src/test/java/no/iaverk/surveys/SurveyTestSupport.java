package no.iaverk.surveys;

import static no.iaverk.surveys.SurveyFixture.OWNER;

import java.util.List;
import java.util.UUID;
import no.iaverk.cases.Cases;
import no.iaverk.cases.Collaborations;
import no.iaverk.register.RegisterImport;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A collaboration ready for surveys before each test, and the steps the survey tests take. */
abstract class SurveyTestSupport {

    @Autowired
    Surveys surveys;

    @Autowired
    Participation participation;

    @Autowired
    Results results;

    @Autowired
    Cases cases;

    @Autowired
    Collaborations collaborations;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    SurveyFixture fixture;

    @BeforeEach
    void aCollaboration() {
        fixture = SurveyFixture.create(jdbc, registerImport, cases, collaborations);
    }

    Survey create(SurveyType type) {
        return surveys.create(fixture.caseId(), fixture.collaborationId(), type, OWNER);
    }

    /** Created, started and with the n-th theme open. */
    Survey running(SurveyType type, int openTheme) {
        Survey survey = create(type);
        surveys.start(survey.id(), OWNER);
        return surveys.openTheme(survey.id(), theme(survey, openTheme), OWNER);
    }

    void answerFirst(Survey survey, UUID session, int option) {
        Question question = participation.next(survey.joinCode(), session).orElseThrow();
        participation.answer(
                survey.joinCode(),
                session,
                question.questionId(),
                List.of(question.options().get(option).id()));
    }

    void answer(Survey survey, UUID session, Question question) {
        participation.answer(
                survey.joinCode(),
                session,
                question.questionId(),
                List.of(question.options().get(0).id()));
    }

    static long theme(Survey survey, int index) {
        return survey.themes().get(index).id();
    }

    List<String> columns(String table) {
        return jdbc.sql(
                        "select column_name from information_schema.columns where table_name = :t order by ordinal_position")
                .param("t", table)
                .query(String.class)
                .list();
    }
}
