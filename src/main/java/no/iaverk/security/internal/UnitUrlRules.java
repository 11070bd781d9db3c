package no.iaverk.security.internal;

import no.iaverk.security.Role;
import no.iaverk.security.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The NAV units' URL rules: admins change units (their admin page is in the admin area). */
@Component
class UnitUrlRules implements UrlRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.PUT, "/api/units/**").hasRole(Role.ADMIN.name());
    }
}
