package no.iaverk.security;

import java.util.List;

/**
 * Names the enterprise behind a resource in a path, such as {@code {caseId}} or {@code {surveyId}}, so that the audit
 * row of a read of it names the enterprise too. The module that owns the resource provides one as a bean.
 */
public interface AuditedResource {

    /** The path variable it resolves. */
    String variable();

    /** The enterprises the resource with this id is about; empty when there is none. */
    List<String> enterprises(String id);
}
