package no.iaverk.employer.web;

import no.iaverk.security.Role;
import no.iaverk.security.UrlRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The employer's own paths are for employer representatives only: EMPLOYER stands outside NAV's role ladder, so no NAV
 * role gets in here, and the catch-all (READER and up) keeps employers out of everything else. Which enterprise an
 * employer may see is {@code EmployerAccess}'s to decide. The admins' grants page ({@code /admin/arbeidsgivere}) is
 * ADMIN by web's rule.
 */
@Component
class EmployerUrlRules implements UrlRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/employer", "/api/employer/**").hasRole(Role.EMPLOYER.name());
    }

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/arbeidsgiver", "/arbeidsgiver/**").hasRole(Role.EMPLOYER.name());
    }
}
