package no.iaverk.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.iaverk.TestData;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A case in MAPPING owned by "saksbehandler" (the demo users' names), with one active collaboration, for the page tests:
 * who sees which forms, and what a refused form brings back.
 */
record CasePagesFixture(long caseId, long collaborationId) {

    static final String ENTERPRISE = "910000020";
    static final CurrentUser OWNER =
            new CurrentUser("saksbehandler", "Sindre Saksbehandler", Role.CASEWORKER, "VESTLAND");
    static final CurrentUser SUPERUSER = new CurrentUser("superbruker", "Siri Superbruker", Role.SUPERUSER, "VESTLAND");

    static CasePagesFixture create(
            JdbcClient jdbc, RegisterImport registerImport, Cases cases, Collaborations collaborations) {
        jdbc.sql("""
                truncate survey_response, survey_answer, survey_participant, survey_question, survey_theme, survey,
                         ia_case, case_event, collaboration, collaboration_milestone, plan_item, plan_item_knowledge,
                         activity
                """).update();
        TestData.importKindergarten(registerImport);
        long id =
                cases.start(ENTERPRISE, Background.CENTRE_INITIATIVE, SUPERUSER).id();
        cases.handle(id, CaseCommand.of(CaseEventType.TAKE_OWNERSHIP, 1), OWNER);
        cases.handle(id, CaseCommand.of(CaseEventType.TO_CONTACTING, 2), OWNER);
        cases.handle(id, CaseCommand.of(CaseEventType.TO_MAPPING, 3), OWNER);
        Collaboration collaboration = collaborations.create(
                id,
                new NewCollaboration(
                        "Barnehagen",
                        Collaboration.Level.TOP,
                        List.of(ENTERPRISE),
                        Collaboration.InitiatedBy.CENTRE,
                        List.of(Collaboration.ServiceArea.REDUCE_SICK_LEAVE),
                        LocalDate.now(),
                        LocalDate.now().plusMonths(6),
                        "Partene følger opp sykefraværet selv",
                        Collaboration.AssistanceForm.PROCESS,
                        null),
                OWNER);
        return new CasePagesFixture(id, collaboration.id());
    }

    String casePage() {
        return "/sak/" + caseId;
    }

    String collaborationPage() {
        return casePage() + "/samarbeid/" + collaborationId;
    }

    /** The opening tag of the element with this id in a page, or fails. */
    static String tag(String html, String id) {
        Matcher tag = Pattern.compile("<[a-z]+\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        if (!tag.find()) {
            throw new AssertionError("No element with id " + id);
        }
        return tag.group();
    }
}
