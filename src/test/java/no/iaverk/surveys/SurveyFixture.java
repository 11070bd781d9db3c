package no.iaverk.surveys;

import java.time.LocalDate;
import java.util.List;
import no.iaverk.TestData;
import no.iaverk.cases.Background;
import no.iaverk.cases.CaseCommand;
import no.iaverk.cases.CaseEventType;
import no.iaverk.cases.Cases;
import no.iaverk.cases.Collaboration;
import no.iaverk.cases.Collaborations;
import no.iaverk.cases.NewCollaboration;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A case in MAPPING owned by "saksbehandler", with one active collaboration, ready for surveys. */
public record SurveyFixture(long caseId, long collaborationId) {

    public static final CurrentUser OWNER =
            TestUsers.of("saksbehandler", Role.CASEWORKER).currentUser();

    public static SurveyFixture create(
            JdbcClient jdbc, RegisterImport registerImport, Cases cases, Collaborations collaborations) {
        jdbc.sql("""
                truncate survey_response, survey_answer, survey_participant, survey_question, survey_theme, survey,
                         ia_case, case_event, collaboration, collaboration_milestone, plan_item, plan_item_knowledge,
                         activity
                """).update();
        TestData.importKindergarten(registerImport);
        long id = cases.start(
                        "910000020",
                        Background.CENTRE_INITIATIVE,
                        TestUsers.superuser().currentUser())
                .id();
        cases.handle(id, CaseCommand.of(CaseEventType.TAKE_OWNERSHIP, 1), OWNER);
        cases.handle(id, CaseCommand.of(CaseEventType.TO_CONTACTING, 2), OWNER);
        cases.handle(id, CaseCommand.of(CaseEventType.TO_MAPPING, 3), OWNER);
        Collaboration collaboration = collaborations.create(
                id,
                new NewCollaboration(
                        "Barnehagen",
                        Collaboration.Level.UNIT,
                        List.of(),
                        Collaboration.InitiatedBy.CENTRE,
                        List.of(Collaboration.ServiceArea.REDUCE_SICK_LEAVE),
                        LocalDate.now(),
                        LocalDate.now().plusMonths(6),
                        null,
                        null,
                        null),
                OWNER);
        return new SurveyFixture(id, collaboration.id());
    }
}
