package no.iaverk.cases.web;

import java.util.Map;
import no.iaverk.shared.ConflictException;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.InvalidFieldsException;
import no.iaverk.shared.InvalidRequestException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a form's action and redirects back (post/redirect/get). A refused action comes back as a message, and field
 * errors per field, with the submitted form so nothing typed is lost.
 */
final class FormOutcome {

    private FormOutcome() {}

    static String attempt(RedirectAttributes redirect, String back, String formName, Object form, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidRequestException | ConflictException | ForbiddenException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            redirect.addFlashAttribute("problemForm", formName);
            redirect.addFlashAttribute(formName, form);
            if (e instanceof InvalidFieldsException fields) {
                redirect.addFlashAttribute("fieldErrors", fields.errors());
            } else {
                redirect.addFlashAttribute("fieldErrors", Map.of());
            }
        }
        return "redirect:" + back;
    }
}
