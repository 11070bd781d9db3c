package no.iaverk.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own rules for who may call its URLs, as a bean in the module's {@code web} package. The security filter
 * chains apply the public pages first, then every module's rules (in the order of the beans' class names, so the order
 * is the same at every start), then their catch-all: any other API call or page needs a logged-in person (READER and
 * up). Modules' paths do not overlap, so no module's rule depends on another's coming first. Each role includes the
 * ones below it: {@code hasRole("CASEWORKER")} also lets superusers and admins in.
 */
public interface UrlRules {

    /** Rules for the API ({@code /api/**}: HTTP Basic, no session). */
    default void api(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {}

    /** Rules for the pages (form login, CSRF). */
    default void pages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {}
}
