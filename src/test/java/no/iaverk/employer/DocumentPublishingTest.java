package no.iaverk.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.surveys.Survey;
import no.iaverk.surveys.SurveyType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Publishing the plan and survey results to the enterprise: versions per type, who may publish, what is refused, the
 * five-respondent rule, the PDF's content, immutability, and the employer's list and download with its opening recorded.
 */
@IntegrationTest
class DocumentPublishingTest extends DocumentFixture {

    String documents() {
        return "/api/cases/%d/collaborations/%d/documents".formatted(caseId, collaborationId);
    }

    MvcTestResult publish(String user, String body) {
        return mvc.post()
                .uri(documents())
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void each_type_is_published_with_versions_counted_per_type() {
        Survey needs = completedSurvey(SurveyType.NEEDS_ASSESSMENT, 5, 0);
        Survey evaluation = completedSurvey(SurveyType.EVALUATION, 5, 0);

        assertThat(publish("saksbehandler", "{\"type\": \"PLAN\"}"))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.version").isEqualTo(1);
                    assertThat(json).extractingPath("$.id").isNotNull();
                });
        assertThat(publish("saksbehandler", "{\"type\": \"PLAN\"}"))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .extractingPath("$.version")
                .isEqualTo(2);
        assertThat(publish("saksbehandler", "{\"type\": \"NEEDS_ASSESSMENT\", \"surveyId\": %d}".formatted(needs.id())))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .extractingPath("$.version")
                .isEqualTo(1);
        assertThat(publish("saksbehandler", "{\"type\": \"EVALUATION\", \"surveyId\": %d}".formatted(evaluation.id())))
                .hasStatus(HttpStatus.CREATED)
                .bodyJson()
                .extractingPath("$.version")
                .isEqualTo(1);

        List<PublishedDocument> published = publishing.forCollaboration(caseId, collaborationId);
        assertThat(published)
                .extracting(d -> d.type() + " " + d.version())
                .containsExactly("EVALUATION 1", "NEEDS_ASSESSMENT 1", "PLAN 2", "PLAN 1");
        assertThat(published).allSatisfy(d -> {
            assertThat(d.orgNumber()).isEqualTo(LEGAL_UNIT); // filed under the kindergarten's legal unit
            assertThat(d.publishedBy()).isEqualTo("saksbehandler");
            assertThat(d.opened()).isFalse();
        });
        assertThat(published.get(1).surveyId()).isEqualTo(needs.id());
        assertThat(published.get(3).surveyId()).isNull();
        assertThat(mvc.get().uri(documents()).with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].version")
                .asArray()
                .containsExactly(1, 1, 2, 1);
    }

    @Test
    void the_plans_pdf_and_data_hold_the_goals_themes_sub_themes_and_attached_items() throws IOException {
        long id = publishing
                .publish(caseId, collaborationId, new PublishDocument("PLAN", null), OWNER)
                .id();

        String text = text(
                employerDocuments.open(id, List.of(LEGAL_UNIT), "Kari Nordmann").content());
        assertThat(text)
                .contains("Samarbeidsplan")
                .contains("ALFA BARNEHAGE (910000020)")
                .contains("Alfa sammen")
                .contains("Sykefraværet skal ned til 7 prosent")
                .contains("Sykefraværsarbeid", "Oppfølgingssamtaler", "Pågår", "10.01.2027", "20.06.2027")
                .contains(MEASURE_TITLE)
                .doesNotContain("Sykefraværsrutiner"); // not in the plan
        String data = jdbc.sql("select data::text from employer_document where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(data).contains("SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", MEASURE, GOALS);
    }

    @Test
    void survey_results_leave_out_questions_fewer_than_five_answered() throws IOException {
        Survey survey = completedSurvey(SurveyType.NEEDS_ASSESSMENT, 5, 4);
        long id = publishing
                .publish(caseId, collaborationId, new PublishDocument("NEEDS_ASSESSMENT", survey.id()), OWNER)
                .id();

        String first = survey.themes().isEmpty() ? "" : questionText(survey, 0);
        String second = questionText(survey, 1);
        String data = jdbc.sql("select data::text from employer_document where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(data).contains(first).doesNotContain(second);
        int questions = jdbc.sql("select count(*) from survey_question where survey_id = :id")
                .param("id", survey.id())
                .query(Integer.class)
                .single();
        assertThat(jdbc.sql("select (data ->> 'withheldQuestions')::int from employer_document where id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(questions - 1);
        String text = text(
                employerDocuments.open(id, List.of(LEGAL_UNIT), "Kari Nordmann").content());
        assertThat(text)
                .contains("Resultater fra behovsvurdering", "minst 5", "5 svar")
                .doesNotContain("4 svar");
        assertThat(text.replaceAll("\\s+", " "))
                .contains(first.replaceAll("\\s+", " ").substring(0, 20));
    }

    @Test
    void only_the_owner_or_a_follower_in_the_cases_unit_may_publish() {
        assertThat(publish("leser", "{\"type\": \"PLAN\"}")).hasStatus(HttpStatus.FORBIDDEN);
        assertThatThrownBy(() -> publishing.publish(
                        caseId,
                        collaborationId,
                        new PublishDocument("PLAN", null),
                        TestUsers.of("annen", Role.CASEWORKER, "OSLO").currentUser()))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("Bare brukere i den enheten");
        assertThatThrownBy(() -> publishing.publish(
                        caseId,
                        collaborationId,
                        new PublishDocument("PLAN", null),
                        TestUsers.of("kollega", Role.CASEWORKER).currentUser()))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("eieren og de som følger saken");
        assertThat(jdbc.sql("select count(*) from employer_document")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void bad_requests_are_refused_with_norwegian_problem_details() {
        Survey evaluation = completedSurvey(SurveyType.EVALUATION, 5, 0);
        Survey running = surveys.create(caseId, collaborationId, SurveyType.NEEDS_ASSESSMENT, OWNER);

        assertThat(publish("saksbehandler", "{\"type\": \"REPORT\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.type")
                .asString()
                .contains("Velg dokument");
        assertThat(publish("saksbehandler", "{}")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(publish("saksbehandler", "{\"type\": \"NEEDS_ASSESSMENT\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.surveyId")
                .asString()
                .contains("Velg undersøkelsen");
        assertThat(publish("saksbehandler", "{\"type\": \"NEEDS_ASSESSMENT\", \"surveyId\": 987654}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.surveyId")
                .asString()
                .contains("Fant ikke undersøkelse");
        assertThat(publish(
                        "saksbehandler",
                        "{\"type\": \"NEEDS_ASSESSMENT\", \"surveyId\": %d}".formatted(evaluation.id())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors.surveyId")
                .asString()
                .contains("ikke av riktig type");
        assertThat(publish(
                        "saksbehandler", "{\"type\": \"NEEDS_ASSESSMENT\", \"surveyId\": %d}".formatted(running.id())))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("ikke fullført");
        assertThat(publish("saksbehandler", "{\"type\": \"PLAN\", \"surveyId\": %d}".formatted(evaluation.id())))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.post()
                        .uri("/api/cases/%d/collaborations/%d/documents".formatted(caseId, collaborationId + 1000))
                        .with(httpBasic("saksbehandler", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"PLAN\"}"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/api/cases/%d/collaborations/%d/documents".formatted(caseId + 1000, collaborationId))
                        .with(httpBasic("saksbehandler", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"PLAN\"}"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.sql("select count(*) from employer_document")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void a_published_document_cannot_be_changed_or_deleted() {
        long id = publishing
                .publish(caseId, collaborationId, new PublishDocument("PLAN", null), OWNER)
                .id();
        employerDocuments.open(id, List.of(LEGAL_UNIT), "Kari Nordmann");

        assertThatThrownBy(() -> jdbc.sql("update employer_document set version = 7 where id = :id")
                        .param("id", id)
                        .update())
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("delete from employer_document where id = :id")
                        .param("id", id)
                        .update())
                .hasMessageContaining("immutable");
        assertThatThrownBy(
                        () -> jdbc.sql("delete from employer_document_opened").update())
                .hasMessageContaining("immutable");
        assertThat(jdbc.sql("select version from employer_document where id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void the_employer_lists_its_documents_and_each_opening_is_recorded_for_the_adviser() {
        long id = publishing
                .publish(caseId, collaborationId, new PublishDocument("PLAN", null), OWNER)
                .id();

        assertThat(employerDocuments.list(List.of(LEGAL_UNIT, "910000020")))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.id()).isEqualTo(id);
                    assertThat(d.type()).isEqualTo(DocumentType.PLAN);
                    assertThat(d.collaborationId()).isEqualTo(collaborationId);
                    assertThat(d.version()).isEqualTo(1);
                });
        assertThat(employerDocuments.list(List.of("910000039"))).isEmpty();
        assertThatThrownBy(() -> employerDocuments.open(id, List.of("910000039"), "Ola"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> employerDocuments.open(id + 1000, List.of(LEGAL_UNIT), "Ola"))
                .isInstanceOf(DocumentNotFound.class);
        assertThat(publishing.forCollaboration(caseId, collaborationId).get(0).opened())
                .isFalse();

        DocumentPdf pdf = employerDocuments.open(id, List.of(LEGAL_UNIT), "Kari Nordmann");
        employerDocuments.open(id, List.of(LEGAL_UNIT), "Kari Nordmann");

        assertThat(pdf.fileName()).isEqualTo("samarbeidsplan-v1.pdf");
        assertThat(pdf.content()).startsWith("%PDF".getBytes());
        PublishedDocument seen =
                publishing.forCollaboration(caseId, collaborationId).get(0);
        assertThat(seen.timesOpened()).isEqualTo(2);
        assertThat(seen.firstOpenedAt()).isNotNull();
        assertThat(jdbc.sql("select opened_by from employer_document_opened where document_id = :id limit 1")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Kari Nordmann");
    }

    @Test
    void without_an_employer_scope_the_employer_api_refuses() {
        publishing.publish(caseId, collaborationId, new PublishDocument("PLAN", null), OWNER);
        assertThat(mvc.get().uri("/api/employer/documents").with(httpBasic("leser", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}
