package no.iaverk.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import no.iaverk.security.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what, in one place. The API ({@code /api/**}) takes HTTP Basic, keeps no session and answers 401/403 as
 * problem details; pages use form login with CSRF protection; the API description ({@code /v3/api-docs}) takes either.
 * Each role includes the ones below it. Logins go through {@link ThrottledAuthentication}. Every answer carries a
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
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers("/api/register/imports/**", "/api/statistics/imports/**")
                                .hasRole(Role.ADMIN.name())
                                .requestMatchers(HttpMethod.POST, "/api/statistics/quarters/*/*/publish")
                                .hasRole(Role.ADMIN.name())
                                .requestMatchers(HttpMethod.PUT, "/api/units/**")
                                .hasRole(Role.ADMIN.name())
                                .requestMatchers(HttpMethod.POST, "/api/prioritization/rule-sets")
                                .hasRole(Role.CASEWORKER.name())
                                .requestMatchers(HttpMethod.DELETE, "/api/prioritization/rule-sets/*")
                                .hasRole(Role.CASEWORKER.name())
                                .requestMatchers(HttpMethod.PUT, "/api/enterprises/*/industry-programme")
                                .hasRole(Role.SUPERUSER.name())
                                // Who may do what on a case is the lifecycle's rule; readers only read.
                                .requestMatchers(HttpMethod.POST, "/api/cases/**")
                                .hasRole(Role.CASEWORKER.name())
                                .requestMatchers(HttpMethod.PUT, "/api/cases/**")
                                .hasRole(Role.CASEWORKER.name())
                                .anyRequest()
                                .hasRole(Role.READER.name()))
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
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/virksomhet/*/bransjeprogram")
                        .hasRole(Role.SUPERUSER.name())
                        .requestMatchers(HttpMethod.POST, "/prioritering/regelsett", "/prioritering/regelsett/*/slett")
                        .hasRole(Role.CASEWORKER.name())
                        .requestMatchers(HttpMethod.POST, "/virksomhet/*/sak")
                        .hasRole(Role.SUPERUSER.name())
                        .requestMatchers(HttpMethod.POST, "/sak/**")
                        .hasRole(Role.CASEWORKER.name())
                        .requestMatchers(HttpMethod.POST, "/undersokelse/**")
                        .hasRole(Role.CASEWORKER.name())
                        // Survey participants take part without logging in.
                        .requestMatchers("/s", "/s/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole(Role.READER.name()))
                // A survey participant's JSON calls carry no CSRF token: a cross-site form cannot send JSON.
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::participantJson))
                .formLogin(login -> login.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
                                + (failure instanceof LoginThrottled throttled
                                        ? "/login?vent=" + throttled.waitSeconds()
                                        : "/login?error"))))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(SecurityConfiguration::headers)
                .build();
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

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
