package no.iaverk.knowledge.web;

import no.iaverk.security.Role;
import no.iaverk.security.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Editing the library, deciding shipped-content conflicts and changing the follow-up rules is for admins (the
 * services check it too); reading it falls to the catch-all (READER and up), as do the suggestions' section on the
 * collaboration page (under {@code /sak/**}). The suggestions API is named for readers explicitly; survey results
 * inside the suggestions are for the case's unit only, by the service. The admin pages under {@code /admin/kunnskap}
 * are ADMIN by web's rule.
 */
@Component
class KnowledgeUrlRules implements UrlRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/knowledge/suggestions")
                .hasRole(Role.READER.name())
                .requestMatchers(HttpMethod.PUT, "/api/knowledge/*")
                .hasRole(Role.ADMIN.name())
                .requestMatchers("/api/knowledge/conflicts", "/api/knowledge/conflicts/**")
                .hasRole(Role.ADMIN.name())
                // The follow-up timeline's rules (knowledge.followup); the timeline and reading the rules: catch-all.
                .requestMatchers(HttpMethod.PUT, "/api/knowledge/follow-up-rules/**")
                .hasRole(Role.ADMIN.name());
    }

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/kunnskap/*/rediger").hasRole(Role.ADMIN.name());
    }
}
