package no.iaverk.reports.web;

import no.iaverk.security.Role;
import no.iaverk.security.UrlRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * What a centre's leaders see (superusers and admins): hours per adviser and the leaders' overview. The services check
 * the role and, for a superuser, the centre as well, so every entry point enforces it. The other report paths fall to
 * the catch-all (READER and up).
 */
@Component
class ReportsUrlRules implements UrlRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/reports/hours/by-adviser", "/api/reports/leaders")
                .hasRole(Role.SUPERUSER.name());
    }

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/rapporter/leder").hasRole(Role.SUPERUSER.name());
    }
}
