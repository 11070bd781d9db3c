package no.iaverk.employer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.iaverk.employer.DocumentPdf;
import no.iaverk.employer.EmployerDocument;
import no.iaverk.employer.EmployerDocuments;
import no.iaverk.employer.EmployerScope;
import no.iaverk.security.AuditedEnterprises;
import no.iaverk.security.AuditedRead;
import no.iaverk.shared.ForbiddenException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The employer's published documents: the list and the PDF. Who the employer is and what it may see comes from the one
 * {@link EmployerScope}; a caller who represents no enterprise is refused.
 */
@RestController
@Tag(name = "Arbeidsgiver")
class EmployerDocumentsApiController {

    private final EmployerDocuments documents;
    private final EmployerScope scope;

    EmployerDocumentsApiController(EmployerDocuments documents, EmployerScope scope) {
        this.documents = documents;
        this.scope = scope;
    }

    @GetMapping("/api/employer/documents")
    @AuditedRead("EMPLOYER_DOCUMENTS")
    @Operation(summary = "Dokumentene rådgiveren har publisert til virksomhetene du representerer, nyeste først")
    List<EmployerDocument> list() {
        List<String> orgNumbers = scope().orgNumbers();
        AuditedEnterprises.read(orgNumbers);
        return documents.list(orgNumbers);
    }

    @GetMapping("/api/employer/documents/{id}")
    @AuditedRead("EMPLOYER_DOCUMENT")
    @Operation(summary = "Et publisert dokument som PDF; åpningen registreres. 403 for andre virksomheters dokumenter")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        EmployerScope employer = scope();
        DocumentPdf pdf = documents.open(id, employer.orgNumbers(), employer.person());
        AuditedEnterprises.read(List.of(pdf.orgNumber()));
        return PdfDownload.of(pdf);
    }

    private EmployerScope scope() {
        if (scope.orgNumbers().isEmpty()) {
            throw new ForbiddenException("Bare arbeidsgivere med tilgang til en virksomhet kan se dokumentene.");
        }
        return scope;
    }
}
