package no.iaverk.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import no.iaverk.surveys.Survey;
import no.iaverk.surveys.SurveyType;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The collaboration page's documents section: the list with versions, who, when and whether opened; the publish form
 * for whoever may work on the case, with Norwegian field errors; the adviser's PDF.
 */
@IntegrationTest
class DocumentPagesTest extends DocumentFixture {

    String section() {
        return "/sak/%d/samarbeid/%d/dokumenter".formatted(caseId, collaborationId);
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_section_lists_what_was_published_and_offers_the_form_to_the_owner_only() {
        long id = publishing
                .publish(caseId, collaborationId, new PublishDocument("PLAN", null), OWNER)
                .id();
        employerDocuments.open(id, List.of(LEGAL_UNIT), "Kari Nordmann");

        MvcTestResult owner = mvc.get()
                .uri(section())
                .header("HX-Request", "true")
                .with(user(TestUsers.of("saksbehandler", Role.CASEWORKER)))
                .exchange();
        assertThat(owner).hasStatusOk();
        assertThat(body(owner))
                .contains("Dokumenter til virksomheten", "Samarbeidsplan", "saksbehandler", "Åpnet ")
                .contains("Publiser til virksomheten")
                .contains("dokumenter/" + id + ".pdf")
                .doesNotContain("<html"); // the fragment, not the page

        MvcTestResult reader =
                mvc.get().uri(section()).with(user(TestUsers.reader())).exchange();
        assertThat(reader).hasStatusOk();
        assertThat(body(reader))
                .contains("<html", "Samarbeidsplan", "Tilbake til samarbeidet")
                .doesNotContain("Publiser til virksomheten");
    }

    @Test
    void the_collaboration_page_loads_the_section() {
        MvcTestResult page = mvc.get()
                .uri("/sak/%d/samarbeid/%d".formatted(caseId, collaborationId))
                .with(user(TestUsers.of("saksbehandler", Role.CASEWORKER)))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(body(page)).contains("id=\"dokumenter\"", section(), "Henter dokumenter");
    }

    @Test
    void publishing_from_the_form_shows_the_new_version_and_errors_come_back_in_norwegian() {
        Survey survey = completedSurvey(SurveyType.NEEDS_ASSESSMENT, 5, 0);

        assertThat(mvc.post()
                        .uri(section())
                        .param("type", "NEEDS_ASSESSMENT")
                        .param("surveyId", "")
                        .with(csrf())
                        .with(user(TestUsers.of("saksbehandler", Role.CASEWORKER))))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Velg undersøkelsen som resultatene skal hentes fra.", "aria-invalid=\"true\"");

        assertThat(mvc.post()
                        .uri(section())
                        .param("type", "NEEDS_ASSESSMENT")
                        .param("surveyId", String.valueOf(survey.id()))
                        .with(csrf())
                        .with(user(TestUsers.of("saksbehandler", Role.CASEWORKER))))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo(section());
        // The plan ignores the survey the select still names.
        assertThat(mvc.post()
                        .uri(section())
                        .param("type", "PLAN")
                        .param("surveyId", String.valueOf(survey.id()))
                        .with(csrf())
                        .with(user(TestUsers.of("saksbehandler", Role.CASEWORKER))))
                .hasStatus(HttpStatus.FOUND);
        assertThat(publishing.forCollaboration(caseId, collaborationId))
                .extracting(PublishedDocument::type)
                .containsExactly(DocumentType.PLAN, DocumentType.NEEDS_ASSESSMENT);

        assertThat(mvc.post().uri(section()).param("type", "PLAN").with(csrf()).with(user(TestUsers.reader())))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void the_owning_units_advisers_read_the_pdf_without_it_counting_as_opened() {
        long id = publishing
                .publish(caseId, collaborationId, new PublishDocument("PLAN", null), OWNER)
                .id();
        String pdf = section() + "/" + id + ".pdf";

        MvcTestResult read = mvc.get().uri(pdf).with(user(TestUsers.reader())).exchange();
        assertThat(read).hasStatusOk().hasContentType("application/pdf");
        assertThat(read.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes());
        assertThat(mvc.get().uri(pdf).with(user(TestUsers.of("annen", Role.READER, "OSLO"))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(publishing.forCollaboration(caseId, collaborationId).get(0).opened())
                .isFalse();
    }
}
