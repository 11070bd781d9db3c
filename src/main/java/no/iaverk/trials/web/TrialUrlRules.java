package no.iaverk.trials.web;

import no.iaverk.security.Role;
import no.iaverk.security.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The trials' URL rules: readers see trials; caseworkers enrol; superusers design, start and close. The services check
 * the same roles, so every entry point enforces them.
 */
@Component
class TrialUrlRules implements UrlRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/trials/*/enrolments")
                .hasRole(Role.CASEWORKER.name())
                .requestMatchers(HttpMethod.POST, "/api/trials", "/api/trials/**")
                .hasRole(Role.SUPERUSER.name())
                .requestMatchers("/api/trials", "/api/trials/**")
                .hasRole(Role.READER.name());
    }

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/forsok", "/forsok/**").hasRole(Role.READER.name());
    }
}
