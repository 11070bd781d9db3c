package no.iaverk.statistics.web;

import no.iaverk.security.Role;
import no.iaverk.security.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The statistics' URL rules: admins import and publish quarters; everyone logged in reads. */
@Component
class StatisticsUrlRules implements UrlRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/statistics/imports/**")
                .hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/statistics/quarters/*/*/publish")
                .hasRole(Role.ADMIN.name());
    }
}
