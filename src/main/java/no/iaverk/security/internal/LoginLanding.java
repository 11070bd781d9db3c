package no.iaverk.security.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import no.iaverk.security.IaverkUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where a login lands: NAV's people where they were going (else the start page); an employer representative on the
 * employer's start page {@value #EMPLOYER_START}, or where they were going only when that is one of the employer's own
 * pages, since every other page would refuse them.
 */
final class LoginLanding implements AuthenticationSuccessHandler {

    static final String EMPLOYER_START = "/arbeidsgiver";

    private final RequestCache requests = new HttpSessionRequestCache();
    private final SavedRequestAwareAuthenticationSuccessHandler nav =
            new SavedRequestAwareAuthenticationSuccessHandler();

    LoginLanding() {
        nav.setDefaultTargetUrl("/");
        nav.setRequestCache(requests);
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (!(authentication.getPrincipal() instanceof IaverkUser user
                && user.currentUser().employer())) {
            nav.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        SavedRequest saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        String start = request.getContextPath() + EMPLOYER_START;
        String target = saved != null && employerPage(saved.getRedirectUrl(), start) ? saved.getRedirectUrl() : start;
        response.sendRedirect(target);
    }

    private static boolean employerPage(String url, String start) {
        try {
            String path = URI.create(url).getPath();
            return path != null && (path.equals(start) || path.startsWith(start + "/"));
        } catch (IllegalArgumentException notAnAddress) {
            return false; // then the start page, never a 500 after a good login
        }
    }
}
