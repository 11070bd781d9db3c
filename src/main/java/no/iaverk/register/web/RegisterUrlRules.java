package no.iaverk.register.web;

import no.iaverk.security.Role;
import no.iaverk.security.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The register's URL rules: admins import, superusers assign an industry programme. */
@Component
class RegisterUrlRules implements UrlRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/register/imports/**")
                .hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.PUT, "/api/enterprises/*/industry-programme")
                .hasRole(Role.SUPERUSER.name());
    }

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/virksomhet/*/bransjeprogram")
                .hasRole(Role.SUPERUSER.name());
    }
}
