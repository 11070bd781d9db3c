package no.iaverk.employer.web;

import java.util.List;
import no.iaverk.employer.DocumentPdf;
import no.iaverk.employer.EmployerCollaborations;
import no.iaverk.employer.EmployerDocuments;
import no.iaverk.employer.EmployerScope;
import no.iaverk.security.AuditedEnterprises;
import no.iaverk.security.AuditedRead;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The employer's pages of its collaborations and the documents published to it (EMPLOYER only, by the URL rules):
 * the list, one collaboration, all documents, and a document's PDF, whose opening is recorded as through the API.
 * Every read is audit-logged with the enterprises it showed.
 */
@Controller
class EmployerCollaborationPagesController {

    private final EmployerCollaborations collaborations;
    private final EmployerDocuments documents;
    private final EmployerScope scope;

    EmployerCollaborationPagesController(
            EmployerCollaborations collaborations, EmployerDocuments documents, EmployerScope scope) {
        this.collaborations = collaborations;
        this.documents = documents;
        this.scope = scope;
    }

    @GetMapping("/arbeidsgiver/samarbeid")
    @AuditedRead("EMPLOYER_COLLABORATIONS")
    String list(Model model) {
        model.addAttribute("collaborations", collaborations.list(scope.orgNumbers()));
        return "employer/collaborations";
    }

    @GetMapping("/arbeidsgiver/samarbeid/{id}")
    @AuditedRead("EMPLOYER_COLLABORATION")
    String collaboration(@PathVariable long id, Model model) {
        model.addAttribute("collaboration", collaborations.get(id, scope.orgNumbers()));
        return "employer/collaboration";
    }

    @GetMapping("/arbeidsgiver/dokumenter")
    @AuditedRead("EMPLOYER_DOCUMENTS")
    String documents(Model model) {
        List<String> orgNumbers = scope.orgNumbers();
        AuditedEnterprises.read(orgNumbers);
        model.addAttribute("documents", documents.list(orgNumbers));
        return "employer/published-documents";
    }

    @GetMapping("/arbeidsgiver/dokumenter/{id}.pdf")
    @AuditedRead("EMPLOYER_DOCUMENT")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        DocumentPdf pdf = documents.open(id, scope.orgNumbers(), scope.person());
        AuditedEnterprises.read(List.of(pdf.orgNumber()));
        return PdfDownload.of(pdf);
    }
}
