package no.iaverk.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import no.iaverk.IntegrationTest;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The collaboration page's effect section on the published {@link AssistedHistory}. */
@IntegrationTest
class CollaborationEffectPageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    AssistedHistory history;

    @BeforeEach
    void aPublishedHistoryWithAssistedWorkplaces() {
        history = AssistedHistory.create(jdbc);
    }

    @AfterEach
    void removeTheHistory() {
        AssistedHistory.remove(jdbc);
    }

    @Test
    void the_section_shows_chart_estimate_and_workplaces() {
        String page = "/sak/" + history.topLevelCase() + "/samarbeid/" + history.topLevelCollaboration();
        var section =
                mvc.get().uri(page + "/effekt").header("HX-Request", "true").with(user(TestUsers.reader()));

        assertThat(section).hasStatusOk();
        assertThat(section)
                .bodyText()
                .doesNotContain("<html")
                .contains("Bistanden startet i 2092K1")
                .contains("data-chart=")
                .contains("2092K1 (0)")
                .contains("Arbeidsplassene i samarbeidet")
                .contains("Anslaget under er beskrivende")
                .contains("data-event-study=")
                .contains("staggered-did-knn5-workplace-bootstrap-descriptive")
                .contains("Konsern 1")
                .contains("mangler tall (eller er skjermet)")
                .doesNotContain("??");
    }

    @Test
    void a_collaboration_of_one_workplace_says_why_there_is_no_estimate() {
        long caseId = jdbc.sql("select id from ia_case where org_number = '981000010'")
                .query(Long.class)
                .single();
        long collaborationId = jdbc.sql("select id from collaboration where case_id = :caseId")
                .param("caseId", caseId)
                .query(Long.class)
                .single();

        assertThat(mvc.get()
                        .uri("/sak/{caseId}/samarbeid/{id}/effekt", caseId, collaborationId)
                        .with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("<html")
                .contains("Anslaget under er beskrivende")
                .doesNotContain("data-event-study=");
    }

    @Test
    void an_unknown_collaboration_is_a_404_page() {
        assertThat(mvc.get()
                        .uri("/sak/{caseId}/samarbeid/{id}/effekt", history.topLevelCase() + 1, 1)
                        .with(user(TestUsers.reader())))
                .hasStatus(404);
    }
}
