package no.iaverk.employer.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import no.iaverk.employer.DocumentPdf;
import no.iaverk.employer.DocumentPublishing;
import no.iaverk.employer.DocumentType;
import no.iaverk.employer.PublishDocument;
import no.iaverk.employer.Published;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.ConflictException;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.InvalidFieldsException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The collaboration page's section of documents published to the enterprise: the collaboration page loads it with
 * htmx; on its own (and after publishing, which is an ordinary form post) it is a page. Under the case, so reads are
 * audit-logged as reads of the case and cases' URL rules guard the POST.
 */
@Controller
class DocumentPagesController {

    private static final String PATH = "/sak/{caseId}/samarbeid/{collaborationId}/dokumenter";

    private final DocumentPublishing publishing;

    DocumentPagesController(DocumentPublishing publishing) {
        this.publishing = publishing;
    }

    @GetMapping(PATH)
    String section(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            CurrentUser user,
            Model model) {
        fill(model, caseId, collaborationId, user, Map.of());
        model.addAttribute("embedded", htmx != null);
        return htmx != null ? "employer/documents :: section" : "employer/documents";
    }

    /** Publishes, then shows the page with the outcome; a refused form comes back with its errors and its status. */
    @PostMapping(PATH)
    String publish(
            @PathVariable long caseId,
            @PathVariable long collaborationId,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String surveyId,
            CurrentUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> errors = Map.of();
        try {
            Published published = publishing.publish(
                    caseId, collaborationId, new PublishDocument(type, surveyFor(type, surveyId)), user);
            redirect.addFlashAttribute("published", published);
            redirect.addFlashAttribute("publishedType", DocumentType.parse(type).orElseThrow());
            return "redirect:/sak/" + caseId + "/samarbeid/" + collaborationId + "/dokumenter";
        } catch (InvalidFieldsException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            errors = e.errors();
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", e.getMessage());
        } catch (ForbiddenException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("problem", e.getMessage());
        }
        model.addAttribute("chosenType", type);
        model.addAttribute("chosenSurvey", surveyId);
        fill(model, caseId, collaborationId, user, errors);
        return "employer/documents";
    }

    /** The PDF as published, for the owning unit's advisers; not counted as the enterprise opening it. */
    @GetMapping(PATH + "/{id}.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable long caseId, @PathVariable long collaborationId, @PathVariable long id, CurrentUser user) {
        DocumentPdf pdf = publishing.pdf(caseId, collaborationId, id, user);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(pdf.fileName())
                                .build()
                                .toString())
                .body(pdf.content());
    }

    private void fill(Model model, long caseId, long collaborationId, CurrentUser user, Map<String, String> errors) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("collaborationId", collaborationId);
        model.addAttribute("documents", publishing.forCollaboration(caseId, collaborationId));
        model.addAttribute("mayPublish", publishing.mayPublish(caseId, user));
        model.addAttribute("surveys", publishing.publishableSurveys(caseId, collaborationId));
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("errors", errors);
        model.addAttribute("embedded", false);
    }

    /** The plan takes no survey: the form's survey select is ignored for it. A non-number is an unknown survey. */
    private static @Nullable Long surveyFor(@Nullable String type, @Nullable String surveyId) {
        if ("PLAN".equals(type) || surveyId == null || surveyId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(surveyId.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
