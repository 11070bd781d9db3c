package no.iaverk.surveys.web;

import no.iaverk.security.Role;
import no.iaverk.security.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The surveys' URL rules: caseworkers host surveys; participants take part without logging in. */
@Component
class SurveyUrlRules implements UrlRules {

    @Override
    public void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/undersokelse/**")
                .hasRole(Role.CASEWORKER.name())
                // Survey participants take part without logging in.
                .requestMatchers("/s", "/s/**")
                .permitAll();
    }
}
