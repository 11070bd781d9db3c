package no.iaverk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.demo.internal.DemoFixture;
import no.iaverk.knowledge.Suggestions.InputStatus;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What {@code mvn spring-boot:run} shows: every demo collaboration gets suggestions from its published statistics, those
 * in an industry programme from the programme too, and the one with a completed needs assessment from its weakest
 * theme as well.
 */
@IntegrationTest
class DemoSuggestionsTest {

    private static final CurrentUser ADVISER =
            new CurrentUser("saksbehandler", "Sindre Saksbehandler", Role.CASEWORKER, "VESTLAND");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CollaborationSuggestions suggestions;

    @Test
    void every_demo_collaboration_gets_suggestions_with_reasons_from_its_programme_and_statistics() {
        DemoFixture.load(context);
        List<Long> collaborations = jdbc.sql("select collaboration_id from case_collaboration order by 1")
                .query(Long.class)
                .list();
        assertThat(collaborations).isNotEmpty();
        for (long id : collaborations) {
            Suggestions result = suggestions.forCollaboration(id, ADVISER);
            System.out.println("Demo collaboration " + id + ": " + result.inputs());
            result.suggestions()
                    .forEach(s ->
                            System.out.println("  " + s.score() + " " + s.id() + " " + s.title() + " " + s.reasons()));
            assertThat(result.suggestions()).as("collaboration %d", id).isNotEmpty();
            assertThat(result.inputs().sickLeave().status()).isEqualTo(InputStatus.USED);
            assertThat(result.suggestions())
                    .allSatisfy(s -> assertThat(s.reasons()).isNotEmpty());
        }
        assertThat(collaborations.stream()
                        .map(id -> suggestions
                                .forCollaboration(id, ADVISER)
                                .inputs()
                                .needsAssessment()
                                .status()))
                .contains(InputStatus.USED);
    }
}
