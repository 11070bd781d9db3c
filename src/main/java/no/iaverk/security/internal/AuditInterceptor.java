package no.iaverk.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import no.iaverk.security.AuditLog;
import no.iaverk.security.AuditedRead;
import no.iaverk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every successful GET by a logged-in person of a page or API resource that names an enterprise in its path
 * ({@code {orgNumber}}) a case ({@code {caseId}}) or a survey ({@code {surveyId}}), or of a handler marked {@link AuditedRead} (lists of many enterprises). Being keyed on the path
 * variable, it covers every present and future view of an enterprise's data without each controller remembering.
 */
@Component
class AuditInterceptor implements HandlerInterceptor {

    static final String ENTERPRISE_VARIABLE = "orgNumber";
    static final String CASE_VARIABLE = "caseId";
    static final String SURVEY_VARIABLE = "surveyId";
    private static final Logger log = LoggerFactory.getLogger(AuditInterceptor.class);

    private final AuditLog auditLog;

    AuditInterceptor(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception ex) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() >= 400 || ex != null) {
            return;
        }
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String orgNumber = variables == null ? null : variables.get(ENTERPRISE_VARIABLE);
        AuditedRead list =
                handler instanceof HandlerMethod method ? method.getMethodAnnotation(AuditedRead.class) : null;
        String caseId = variables == null ? null : variables.get(CASE_VARIABLE);
        if (orgNumber != null) {
            record(request, "ENTERPRISE", orgNumber);
        } else if (caseId != null) {
            record(request, "CASE", caseId);
        } else if (variables != null && variables.get(SURVEY_VARIABLE) != null) {
            record(request, "SURVEY", variables.get(SURVEY_VARIABLE));
        } else if (list != null) {
            record(request, list.value(), request.getQueryString() == null ? "" : request.getQueryString());
        }
    }

    private void record(HttpServletRequest request, String resourceType, String resourceId) {
        CurrentUser.current().ifPresent(user -> {
            String path = request.getRequestURI();
            var channel = path.startsWith("/api/") ? AuditLog.Channel.API : AuditLog.Channel.PAGE;
            try {
                auditLog.recordRead(user, resourceType, resourceId, channel, path);
            } catch (RuntimeException e) {
                log.error(
                        "Could not write audit event for a read of {} {} by {}",
                        resourceType,
                        resourceId,
                        user.username(),
                        e);
            }
        });
    }
}
