package no.iaverk.cases.web;

import no.iaverk.security.Role;
import no.iaverk.security.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The cases' URL rules: readers only read; who may do what on a case is the lifecycle's rule, asked by the services. The API rules cover everything under a case, also its collaborations' surveys. */
@Component
class CaseUrlRules implements UrlRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/cases/**")
                .hasRole(Role.CASEWORKER.name())
                .requestMatchers(HttpMethod.PUT, "/api/cases/**")
                .hasRole(Role.CASEWORKER.name())
                .requestMatchers(HttpMethod.DELETE, "/api/cases/**")
                .hasRole(Role.CASEWORKER.name());
    }

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/virksomhet/*/sak")
                .hasRole(Role.SUPERUSER.name())
                .requestMatchers(HttpMethod.POST, "/sak/**")
                .hasRole(Role.CASEWORKER.name());
    }
}
