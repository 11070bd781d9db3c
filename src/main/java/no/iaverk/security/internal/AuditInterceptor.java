package no.iaverk.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.iaverk.security.AuditLog;
import no.iaverk.security.AuditedEnterprises;
import no.iaverk.security.AuditedRead;
import no.iaverk.security.AuditedResource;
import no.iaverk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Records every successful GET by a logged-in person of a page or API resource that names an enterprise in its path
 * ({@code {orgNumber}}), a case ({@code {caseId}}) or a survey ({@code {surveyId}}), or of a handler marked {@link
 * AuditedRead} (searches and lists of many enterprises): one row per read, naming every enterprise it showed. Being
 * keyed on the path variable, it covers every present and future view of an enterprise's data without each controller
 * remembering.
 *
 * <p>The row is written once the handler has succeeded and before the page is rendered, so it is there before the
 * browser can ask for the sections the page loads. Each page gets a view id ({@value #VIEW} in its model); a section
 * or image requested with {@code ?view=} and that id, by the same person, of the same resource, is the same read.
 */
@Component
class AuditInterceptor implements HandlerInterceptor {

    static final String ENTERPRISE_VARIABLE = "orgNumber";
    static final String CASE_VARIABLE = "caseId";
    static final String SURVEY_VARIABLE = "surveyId";
    /** The model attribute and the request parameter that carry a page view's id. */
    static final String VIEW = "auditView";

    private static final String VIEW_PARAMETER = "view";
    private static final Logger log = LoggerFactory.getLogger(AuditInterceptor.class);

    private final AuditLog auditLog;
    private final List<AuditedResource> resources;

    AuditInterceptor(AuditLog auditLog, List<AuditedResource> resources) {
        this.auditLog = auditLog;
        this.resources = resources;
    }

    private record Resource(String type, String id) {}

    @Override
    public void postHandle(
            HttpServletRequest request,
            HttpServletResponse response,
            Object handler,
            @Nullable ModelAndView modelAndView) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() >= 400) {
            return;
        }
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String orgNumber = variables == null ? null : variables.get(ENTERPRISE_VARIABLE);
        Resource resource = resource(handler, variables, orgNumber, request);
        boolean page = modelAndView != null
                && !String.valueOf(modelAndView.getViewName()).startsWith("redirect:");
        if (!page && resource == null) {
            return; // JSON nobody audits (a survey participant's next question): no random id to draw
        }
        UUID view = UUID.randomUUID();
        if (page) {
            modelAndView.addObject(VIEW, view);
        }
        if (resource == null) {
            return;
        }
        Set<String> enterprises = new LinkedHashSet<>();
        if (orgNumber != null) {
            enterprises.add(orgNumber);
        }
        enterprises.addAll(AuditedEnterprises.named(new ServletRequestAttributes(request)));
        for (AuditedResource named : resources) {
            String id = variables == null ? null : variables.get(named.variable());
            if (id != null) {
                enterprises.addAll(named.enterprises(id));
            }
        }
        CurrentUser.current().ifPresent(user -> {
            try {
                if (!partOfView(request, user, resource)) {
                    String path = request.getRequestURI();
                    var channel = path.startsWith("/api/") ? AuditLog.Channel.API : AuditLog.Channel.PAGE;
                    auditLog.recordRead(user, resource.type(), resource.id(), enterprises, channel, path, view);
                }
            } catch (RuntimeException e) {
                log.error(
                        "Could not write audit event for a read of {} {} by {}",
                        resource.type(),
                        resource.id(),
                        user.username(),
                        e);
            }
        });
    }

    private static @Nullable Resource resource(
            Object handler,
            @Nullable Map<String, String> variables,
            @Nullable String orgNumber,
            HttpServletRequest request) {
        AuditedRead list =
                handler instanceof HandlerMethod method ? method.getMethodAnnotation(AuditedRead.class) : null;
        String caseId = variables == null ? null : variables.get(CASE_VARIABLE);
        String surveyId = variables == null ? null : variables.get(SURVEY_VARIABLE);
        if (orgNumber != null) {
            return new Resource("ENTERPRISE", orgNumber);
        } else if (caseId != null) {
            return new Resource("CASE", caseId);
        } else if (surveyId != null) {
            return new Resource("SURVEY", surveyId);
        } else if (list != null) {
            return new Resource(list.value(), request.getQueryString() == null ? "" : request.getQueryString());
        }
        return null;
    }

    private boolean partOfView(HttpServletRequest request, CurrentUser user, Resource resource) {
        String view = request.getParameter(VIEW_PARAMETER);
        if (view == null) {
            return false;
        }
        try {
            return auditLog.partOfView(UUID.fromString(view), user, resource.type(), resource.id());
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }
}
