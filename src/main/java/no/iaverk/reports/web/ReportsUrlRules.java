package no.iaverk.reports.web;

import no.iaverk.security.Role;
import no.iaverk.security.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * What a centre's leaders see (superusers and admins): hours per adviser and the leaders' overview; the lists behind
 * the report's figures name enterprises, so advisers only (CASEWORKER and up). The services check the role too, so
 * every entry point enforces it. The other report paths fall to the catch-all (READER and up).
 */
@Component
class ReportsUrlRules implements UrlRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/reports/hours/by-adviser", "/api/reports/leaders")
                .hasRole(Role.SUPERUSER.name())
                .requestMatchers(HttpMethod.GET, "/api/reports/assistance/collaborations")
                .hasRole(Role.CASEWORKER.name());
    }

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/rapporter/leder")
                .hasRole(Role.SUPERUSER.name())
                .requestMatchers(HttpMethod.GET, "/rapporter/samarbeid")
                .hasRole(Role.CASEWORKER.name());
    }
}
