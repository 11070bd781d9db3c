package no.iaverk.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The enterprises one request showed, for its audit row. A controller that shows enterprises by list (a search, a call
 * list, an export) names them here; an enterprise in the path ({@code {orgNumber}}) is named without it.
 */
public final class AuditedEnterprises {

    static final String ATTRIBUTE = AuditedEnterprises.class.getName();

    private AuditedEnterprises() {}

    public static void read(Collection<String> orgNumbers) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            of(request).addAll(orgNumbers);
        }
    }

    /** What the current request has named so far. */
    public static Set<String> named(RequestAttributes request) {
        return Set.copyOf(of(request));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> of(RequestAttributes request) {
        Object noted = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (noted instanceof Set<?> set) {
            return (Set<String>) set;
        }
        Set<String> created = new LinkedHashSet<>();
        request.setAttribute(ATTRIBUTE, created, RequestAttributes.SCOPE_REQUEST);
        return created;
    }
}
