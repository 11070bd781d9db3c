package no.iaverk.web.internal;

import no.iaverk.security.Role;
import no.iaverk.security.UrlRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The admin area (the index here, and the modules' admin pages under it) is for admins only. */
@Component
class AdminUrlRules implements UrlRules {

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/admin/**").hasRole(Role.ADMIN.name());
    }
}
