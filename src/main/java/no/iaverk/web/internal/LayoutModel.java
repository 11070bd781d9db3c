package no.iaverk.web.internal;

import no.iaverk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in person into every page's model, for the header and for what the menu shows. */
@ControllerAdvice
class LayoutModel {

    @ModelAttribute("currentUser")
    @Nullable
    CurrentUser currentUser() {
        return CurrentUser.current().orElse(null);
    }
}
