package no.iaverk.prioritization.web;

import no.iaverk.security.Role;
import no.iaverk.security.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The call list's URL rules: caseworkers save and delete their unit's rule sets. */
@Component
class PrioritizationUrlRules implements UrlRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/prioritization/rule-sets")
                .hasRole(Role.CASEWORKER.name())
                .requestMatchers(HttpMethod.DELETE, "/api/prioritization/rule-sets/*")
                .hasRole(Role.CASEWORKER.name());
    }

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/prioritering/regelsett", "/prioritering/regelsett/*/slett")
                .hasRole(Role.CASEWORKER.name());
    }
}
