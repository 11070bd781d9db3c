package no.iaverk.reports.web;

import no.iaverk.security.Role;
import no.iaverk.security.UrlRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Hours per adviser are for a centre's leaders (superusers and admins); the service checks the centre as well. The
 * other report paths fall to the catch-all (READER and up).
 */
@Component
class ReportsHoursUrlRules implements UrlRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/reports/hours/by-adviser").hasRole(Role.SUPERUSER.name());
    }
}
