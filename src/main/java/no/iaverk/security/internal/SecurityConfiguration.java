package no.iaverk.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.iaverk.security.Role;
import no.iaverk.security.UrlRules;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security filter chains. Each module says who may call its URLs ({@link UrlRules}, a bean in its {@code web}
 * package); here are the public pages, the catch-all (any other request needs a logged-in person) and how people log
 * in. The API ({@code /api/**}) takes HTTP Basic, keeps no session and answers 401/403 as
 * problem details; pages use form login with CSRF protection, and an OpenID Connect login beside it when one is
 * configured ({@link OidcLogins}: advisers through Azure AD, employers through ID-porten); the API description ({@code /v3/api-docs}) takes either.
 * Each NAV role includes the ones below it; the employer representative (EMPLOYER) stands outside that ladder, so the
 * catch-all (READER and up) refuses them everywhere but their own paths (employer's rules) and the start page, which
 * sends them on to {@code /arbeidsgiver}, as does their login. Logins go through {@link ThrottledAuthentication}. Every answer carries a
 * Content-Security-Policy that allows scripts and styles from iaverk itself only: no inline script, style attribute or
 * event handler runs, so injected markup cannot either.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] PUBLIC_PAGES = {
        "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health/**"
    };

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; frame-ancestors 'none';"
            + " base-uri 'self'; form-action 'self'";

    /** Swagger UI sets a few inline styles from its script; it gets those, nothing else more than the rest. */
    static final String SWAGGER_UI_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=()";

    @Bean
    @Order(1)
    @ConditionalOnWebApplication // commands run without a web server
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, List<UrlRules> modules) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> {
                    inOrder(modules).forEach(rules -> rules.api(requests));
                    requests.anyRequest().hasRole(Role.READER.name());
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Basic credentials are sent deliberately on every call, so there is no ambient session to forge.
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::headers)
                .build();
    }

    /** The API description, for logged-in people only: Swagger UI reads it with the page session, scripts with Basic. */
    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain apiDocs(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.READER.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(SecurityConfiguration::headers)
                .build();
    }

    @Bean
    @Order(3)
    @ConditionalOnWebApplication
    SecurityFilterChain pages(HttpSecurity http, List<UrlRules> modules, OidcLogins oidc) throws Exception {
        if (oidc.any()) {
            oidcLogin(http, oidc);
        }
        return http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers(PUBLIC_PAGES).permitAll();
                    // The start page sends an employer on to theirs; every other NAV page refuses them (catch-all).
                    requests.requestMatchers("/").hasAnyRole(Role.READER.name(), Role.EMPLOYER.name());
                    inOrder(modules).forEach(rules -> rules.pages(requests));
                    requests.anyRequest().hasRole(Role.READER.name());
                })
                // A survey participant's JSON calls carry no CSRF token: a cross-site form cannot send JSON.
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::participantJson))
                .formLogin(login -> login.loginPage("/login")
                        .successHandler(new LoginLanding())
                        .failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
                                + (failure instanceof LoginThrottled throttled
                                        ? "/login?vent=" + throttled.waitSeconds()
                                        : "/login?error"))))
                .logout(logout -> logout.logoutSuccessHandler(logoutLanding(oidc)))
                .headers(SecurityConfiguration::headers)
                .build();
    }

    /**
     * Login at an OpenID Connect provider, beside the form: each configured provider's people through its own mapping
     * ({@link OidcLogins}). The authorities are the mapping's and nothing else: no mapper bean elsewhere may widen them.
     */
    private static void oidcLogin(HttpSecurity http, OidcLogins oidc) throws Exception {
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(oidc.registrations())
                .userInfoEndpoint(userInfo ->
                        userInfo.oidcUserService(oidc.users()).userAuthoritiesMapper(authorities -> authorities))
                .successHandler(new LoginLanding())
                // A known person from an unknown NAV unit is told so: an admin can add the unit (/admin/enheter).
                .failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
                        + (failure instanceof OAuth2AuthenticationException refused
                                        && AdviserOidcUsers.UNKNOWN_UNIT.equals(
                                                refused.getError().getErrorCode())
                                ? "/login?ukjentenhet"
                                : "/login?oidcfeil"))));
    }

    /** After logout the login page; after an OpenID Connect login also the provider's logout, when it offers one. */
    private static LogoutSuccessHandler logoutLanding(OidcLogins oidc) {
        if (!oidc.any()) {
            var landing = new SimpleUrlLogoutSuccessHandler();
            landing.setDefaultTargetUrl("/login?logout");
            return landing;
        }
        var landing = new OidcClientInitiatedLogoutSuccessHandler(oidc.registrations());
        landing.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        landing.setDefaultTargetUrl("/login?logout");
        return landing;
    }

    /** The modules' rules in the order of their class names: the same at every start, whatever the scan found first. */
    private static List<UrlRules> inOrder(List<UrlRules> modules) {
        return modules.stream()
                .sorted(Comparator.comparing(rules -> rules.getClass().getName()))
                .toList();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.addHeaderWriter((request, response) -> response.setHeader(
                        "Content-Security-Policy",
                        request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui/")
                                ? SWAGGER_UI_POLICY
                                : CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    static boolean participantJson(HttpServletRequest request) {
        String contentType = request.getContentType();
        return "POST".equals(request.getMethod())
                && request.getRequestURI().matches("/s/[^/]+/(join|answers)")
                && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name())
                .implies(Role.SUPERUSER.name())
                .role(Role.SUPERUSER.name())
                .implies(Role.CASEWORKER.name())
                .role(Role.CASEWORKER.name())
                .implies(Role.READER.name())
                .build();
    }

    /**
     * Logins are observed (metrics and traces); each request's walk through the filters and its authorization are not:
     * that made a meter event per filter per request, a large share of a survey answer's cost. Requests are still
     * measured as a whole ({@code http.server.requests}).
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
