package no.iaverk.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that reads data about many enterprises at once (a call list, an export): every successful call by a
 * person is written to the audit log with this resource type and the request's query as the resource.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditedRead {

    /** The resource type in the audit log, e.g. PRIORITIZATION_LIST. */
    String value();
}
