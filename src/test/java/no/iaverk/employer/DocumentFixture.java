package no.iaverk.employer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.iaverk.TestData;
import no.iaverk.cases.Background;
import no.iaverk.cases.CaseCommand;
import no.iaverk.cases.CaseEventType;
import no.iaverk.cases.Cases;
import no.iaverk.cases.Collaboration;
import no.iaverk.cases.Collaborations;
import no.iaverk.cases.NewCollaboration;
import no.iaverk.cases.PlanKnowledge;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import no.iaverk.surveys.Participation;
import no.iaverk.surveys.Question;
import no.iaverk.surveys.Survey;
import no.iaverk.surveys.SurveyType;
import no.iaverk.surveys.Surveys;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A case about Alfa barnehage (a sub-unit of Bergen kommune) owned by "saksbehandler", in MAPPING, with one active
 * collaboration whose plan includes follow-up conversations with a measure attached; and surveys answered by as many
 * as a test asks.
 */
abstract class DocumentFixture {

    static final CurrentUser OWNER =
            TestUsers.of("saksbehandler", Role.CASEWORKER).currentUser();
    static final String LEGAL_UNIT = "910000004";
    static final String MEASURE = "MEASURE-M14";
    static final String MEASURE_TITLE = "Tett oppfølging av sykmeldte på sykehjem";
    static final String GOALS = "Sykefraværet skal ned til 7 prosent innen utgangen av 2027.";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    Cases cases;

    @Autowired
    Collaborations collaborations;

    @Autowired
    PlanKnowledge planKnowledge;

    @Autowired
    Surveys surveys;

    @Autowired
    Participation participation;

    @Autowired
    DocumentPublishing publishing;

    @Autowired
    EmployerDocuments employerDocuments;

    @Autowired
    MockMvcTester mvc;

    long caseId;
    long collaborationId;

    @BeforeEach
    void aCollaborationWithAPlan() {
        jdbc.sql("""
                truncate employer_document_opened, employer_document, survey_response, survey_answer,
                         survey_participant, survey_question, survey_theme, survey, ia_case, case_event, collaboration,
                         collaboration_milestone, plan_item, plan_item_knowledge, activity
                """).update();
        TestData.importKindergarten(registerImport);
        caseId = cases.start(
                        TestData.KINDERGARTEN,
                        Background.CENTRE_INITIATIVE,
                        TestUsers.superuser().currentUser())
                .id();
        cases.handle(caseId, CaseCommand.of(CaseEventType.TAKE_OWNERSHIP, 1), OWNER);
        cases.handle(caseId, CaseCommand.of(CaseEventType.TO_CONTACTING, 2), OWNER);
        cases.handle(caseId, CaseCommand.of(CaseEventType.TO_MAPPING, 3), OWNER);
        collaborationId = collaborations
                .create(
                        caseId,
                        new NewCollaboration(
                                "Alfa sammen",
                                Collaboration.Level.UNIT,
                                List.of(),
                                Collaboration.InitiatedBy.CENTRE,
                                List.of(Collaboration.ServiceArea.REDUCE_SICK_LEAVE),
                                LocalDate.now(),
                                LocalDate.now().plusMonths(6),
                                null,
                                null,
                                null),
                        OWNER)
                .id();
        collaborations.savePlan(
                caseId,
                collaborationId,
                GOALS,
                List.of(
                        new Collaborations.PlanChoice(
                                "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS",
                                true,
                                LocalDate.of(2027, 1, 10),
                                LocalDate.of(2027, 6, 20),
                                Collaboration.PlanStatus.IN_PROGRESS),
                        new Collaborations.PlanChoice(
                                "SICK_LEAVE_ROUTINES", false, null, null, Collaboration.PlanStatus.PLANNED)),
                OWNER);
        planKnowledge.attach(caseId, collaborationId, "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", MEASURE, OWNER);
    }

    /**
     * A completed survey: {@code all} participants answer the first question of the first theme, {@code some} of them
     * the second as well; nothing else is answered.
     */
    Survey completedSurvey(SurveyType type, int all, int some) {
        Survey survey = surveys.create(caseId, collaborationId, type, OWNER);
        surveys.start(survey.id(), OWNER);
        surveys.openTheme(survey.id(), survey.themes().get(0).id(), OWNER);
        for (int i = 0; i < all; i++) {
            UUID session = participation.join(survey.joinCode()).session();
            answerNext(survey, session);
            if (i < some) {
                answerNext(survey, session);
            }
        }
        surveys.closeTheme(survey.id(), survey.themes().get(0).id(), OWNER);
        return surveys.complete(survey.id(), OWNER);
    }

    /** The text of the n-th question of a survey's first theme. */
    String questionText(Survey survey, int index) {
        return jdbc.sql("""
                select q.text from survey_question sq join bank_question q on q.id = sq.question_id
                where sq.survey_id = :id and sq.theme_id = :theme order by sq.sort_order offset :n limit 1
                """)
                .param("id", survey.id())
                .param("theme", survey.themes().get(0).id())
                .param("n", index)
                .query(String.class)
                .single();
    }

    private void answerNext(Survey survey, UUID session) {
        Question question = participation.next(survey.joinCode(), session).orElseThrow();
        participation.answer(
                survey.joinCode(),
                session,
                question.questionId(),
                List.of(question.options().get(0).id()));
    }
}
