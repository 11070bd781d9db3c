package no.iaverk.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Instant;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.employer.internal.DocumentStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The employer's documents API behind an {@link EmployerScope}: here one that represents Bergen kommune and its
 * kindergarten, in place of the real employer access (EmployerAccessTest covers that). The list, the PDF with its opening
 * recorded, another enterprise's document refused, and the audit rows.
 */
@IntegrationTest
class EmployerDocumentsApiTest extends DocumentFixture {

    @TestConfiguration
    static class BergenKommune {
        @Bean
        @Primary
        EmployerScope employerScope() {
            return new EmployerScope() {
                @Override
                public List<String> orgNumbers() {
                    return List.of(LEGAL_UNIT, "910000020");
                }

                @Override
                public String person() {
                    return "Kari Nordmann";
                }
            };
        }
    }

    @Autowired
    DocumentStore store;

    @Test
    void the_employer_lists_and_downloads_its_documents_and_the_reads_are_audited() {
        long plan = publishing
                .publish(caseId, collaborationId, new PublishDocument("PLAN", null), OWNER)
                .id();
        jdbc.sql("truncate audit_event").update();

        assertThat(mvc.get().uri("/api/employer/documents").with(httpBasic("arbeidsgiver", "demo")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$[0].id").isEqualTo((int) plan);
                    assertThat(json).extractingPath("$[0].type").isEqualTo("PLAN");
                    assertThat(json).extractingPath("$[0].collaborationId").isEqualTo((int) collaborationId);
                    assertThat(json).extractingPath("$[0].version").isEqualTo(1);
                    assertThat(json).extractingPath("$[0].publishedAt").isNotNull();
                });

        MvcTestResult pdf = mvc.get()
                .uri("/api/employer/documents/{id}", plan)
                .with(httpBasic("arbeidsgiver", "demo"))
                .exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        assertThat(pdf.getResponse().getHeader("Content-Disposition")).contains("samarbeidsplan-v1.pdf");
        assertThat(pdf.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes());
        assertThat(publishing.forCollaboration(caseId, collaborationId).get(0).timesOpened())
                .isEqualTo(1);

        assertThat(jdbc.sql("""
                        select resource_type || ' ' || array_to_string(array(select unnest(enterprises) order by 1), ',')
                        from audit_event
                        where resource_type like 'EMPLOYER_%' order by id
                        """).query(String.class).list())
                .containsExactly("EMPLOYER_DOCUMENTS " + LEGAL_UNIT + ",910000020", "EMPLOYER_DOCUMENT " + LEGAL_UNIT);

        assertThat(mvc.get().uri("/api/employer/documents/{id}", plan + 1000).with(httpBasic("arbeidsgiver", "demo")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void another_enterprises_document_is_refused_with_a_problem_detail() {
        long foreign = store.insert(
                new DocumentStore.NewDocument(
                        caseId,
                        collaborationId,
                        "910000039",
                        "910000039",
                        DocumentType.PLAN,
                        null,
                        "{}",
                        new byte[] {1},
                        "saksbehandler",
                        "saksbehandler",
                        Instant.now()),
                9);

        assertThat(mvc.get().uri("/api/employer/documents").with(httpBasic("arbeidsgiver", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$")
                .asArray()
                .isEmpty();
        assertThat(mvc.get().uri("/api/employer/documents/{id}", foreign).with(httpBasic("arbeidsgiver", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("ikke representerer");
        assertThat(jdbc.sql("select count(*) from employer_document_opened")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
