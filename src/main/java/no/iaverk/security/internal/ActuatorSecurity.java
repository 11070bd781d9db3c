package no.iaverk.security.internal;

import no.iaverk.security.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The operators' endpoints under {@code /actuator}: health (with its liveness and readiness groups) for the load
 * balancer without login, showing the status only; everything else, the metrics on {@code /actuator/prometheus}
 * among them, for ADMIN over HTTP Basic (a scraper gets a configured user of its own with that role), no session.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurity {

    @Bean
    @Order(0)
    @ConditionalOnWebApplication
    SecurityFilterChain actuator(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http.securityMatcher("/actuator", "/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Basic credentials on every call and no session: nothing ambient to forge.
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
