package no.iaverk.knowledge.web;

import no.iaverk.security.Role;
import no.iaverk.security.UrlRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The library's URL rules: every reader may search it and read the suggestions for a collaboration, as every reader
 * may read the collaboration page (the suggestions' section lives under the case's path, {@code /sak/**}, whose GETs
 * the catch-all gives readers). Survey results inside the suggestions are for the case's unit only, by the service.
 */
@Component
class KnowledgeUrlRules implements UrlRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/knowledge/suggestions").hasRole(Role.READER.name());
    }
}
