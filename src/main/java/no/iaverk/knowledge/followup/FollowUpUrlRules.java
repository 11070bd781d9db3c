package no.iaverk.knowledge.followup;

import no.iaverk.security.Role;
import no.iaverk.security.UrlRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Only admins change the follow-up rules (the service checks it too). Reading the rules and the timeline falls to the
 * catch-all: any logged-in NAV user. The admin page is under {@code /admin/**}, which is admins' only.
 */
@Component
class FollowUpUrlRules implements UrlRules {

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.PUT, "/api/knowledge/follow-up-rules/**")
                .hasRole(Role.ADMIN.name());
    }
}
