package no.iaverk.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import no.iaverk.shared.ConflictException;
import no.iaverk.shared.ContentTooLargeException;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * Everything that ends in the servlet container's error handling: an API path gets a problem detail, an htmx request
 * an error fragment, and a page an error page. The message shown is our own exceptions' (written for users), never a
 * stack trace.
 */
@ConditionalOnWebApplication // commands run without a web server
@Controller
class ErrorPages implements ErrorController {

    private final ErrorAttributes errorAttributes;

    ErrorPages(ErrorAttributes errorAttributes) {
        this.errorAttributes = errorAttributes;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String detail = userMessage(request);
        if (isApi(request)) {
            return problem(request, status, detail);
        }
        boolean htmx = request.getHeader("HX-Request") != null;
        var page = new ModelAndView(htmx ? "error/page :: problem" : "error/page", status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        return page;
    }

    /** RFC 9457 fields only; the page model (such as the logged-in user) never leaks into an API error. */
    private static ModelAndView problem(HttpServletRequest request, HttpStatus status, @Nullable String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail != null ? detail : defaultDetail(status));
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            problem.put("instance", path.toString());
        }
        var view = new JacksonJsonView();
        view.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        view.setModelKeys(Set.of("problem"));
        view.setExtractValueFromSingleKeyModel(true);
        var json = new ModelAndView(view, Map.of("problem", problem));
        json.setStatus(status);
        return json;
    }

    private @Nullable String userMessage(HttpServletRequest request) {
        Throwable error = errorAttributes.getError(new ServletWebRequest(request));
        if (error instanceof TypeMismatchException mismatch) {
            // A path variable or parameter our converter refused (a bad org. number): its message, not Spring's.
            error = mismatch.getMostSpecificCause();
        }
        boolean ours = error instanceof NotFoundException
                || error instanceof ConflictException
                || error instanceof ContentTooLargeException
                || error instanceof ForbiddenException
                || error instanceof InvalidRequestException;
        return ours ? error.getMessage() : null;
    }

    private static boolean isApi(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return path != null && path.toString().startsWith("/api/");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String defaultDetail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Finnes ikke.";
            case METHOD_NOT_ALLOWED -> "Metoden er ikke tillatt her.";
            case UNAUTHORIZED -> "Du må logge inn.";
            case FORBIDDEN -> "Rollen din gir ikke tilgang til dette.";
            case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> "Forespørselen eller filen er for stor.";
            default -> status.is4xxClientError() ? "Ugyldig forespørsel." : "Noe gikk galt hos oss. Feilen er logget.";
        };
    }
}
