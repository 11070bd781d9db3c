package no.iaverk.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import no.iaverk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in person and the page's path into every page's model, for the header and its menu. */
@ControllerAdvice
class LayoutModel {

    @ModelAttribute("currentUser")
    @Nullable
    CurrentUser currentUser() {
        return CurrentUser.current().orElse(null);
    }

    /** The path of the page, so the menu can mark where the user is ({@code aria-current}). */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
