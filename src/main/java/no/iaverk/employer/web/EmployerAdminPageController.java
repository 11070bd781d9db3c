package no.iaverk.employer.web;

import java.util.HashMap;
import java.util.Map;
import no.iaverk.employer.EmployerGrants;
import no.iaverk.employer.NewGrant;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.InvalidFieldsException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/arbeidsgivere} (ADMIN by web's rule on {@code /admin/**}, and by the service): grant a person a legal
 * unit, list the active grants, revoke one. A refused grant shows the form again with the values as typed (never the
 * password) and each error at its field.
 */
@Controller
class EmployerAdminPageController {

    /** The form as typed. */
    record GrantForm(
            @Nullable String username,
            @Nullable String displayName,
            @Nullable String password,
            @Nullable String orgNumber) {

        NewGrant toGrant() {
            return new NewGrant(text(username), displayName, password, text(orgNumber));
        }

        /** The values to show again; never the password. */
        Map<String, String> shown() {
            Map<String, String> values = new HashMap<>();
            values.put("username", text(username));
            values.put("displayName", text(displayName));
            values.put("orgNumber", text(orgNumber));
            return values;
        }

        private static String text(@Nullable String value) {
            return value == null ? "" : value;
        }
    }

    private final EmployerGrants grants;

    EmployerAdminPageController(EmployerGrants grants) {
        this.grants = grants;
    }

    @GetMapping("/admin/arbeidsgivere")
    String page(Model model) {
        return render(new GrantForm(null, null, null, null), Map.of(), model);
    }

    @PostMapping("/admin/arbeidsgivere")
    String grant(GrantForm form, CurrentUser admin, Model model, RedirectAttributes redirect) {
        try {
            var granted = grants.grant(form.toGrant(), admin);
            redirect.addFlashAttribute("granted", granted);
            return "redirect:/admin/arbeidsgivere";
        } catch (InvalidFieldsException e) {
            return render(form, e.errors(), model);
        }
    }

    @PostMapping("/admin/arbeidsgivere/{id}/tilbakekall")
    String revoke(@PathVariable long id, CurrentUser admin, RedirectAttributes redirect) {
        grants.revoke(id, admin);
        redirect.addFlashAttribute("revoked", id);
        return "redirect:/admin/arbeidsgivere";
    }

    private String render(GrantForm form, Map<String, String> errors, Model model) {
        model.addAttribute("values", form.shown());
        model.addAttribute("errors", errors);
        model.addAttribute("grants", grants.active());
        model.addAttribute("passwordOptional", grants.passwordOptional());
        return "employer/admin";
    }
}
