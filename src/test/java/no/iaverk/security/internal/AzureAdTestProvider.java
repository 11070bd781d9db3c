package no.iaverk.security.internal;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID Connect provider for the advisers' login test: Spring Authorization Server in its own small Spring
 * context on a random port (Tomcat, Spring MVC, Spring Security; nothing of iaverk's). Its people log in on its own
 * login form with password {@value #PASSWORD}, and their ID tokens carry Azure AD's claims as NAV configures them:
 * {@code groups} (group ids), {@code NAVident}, {@code name} and the unit claim {@code nav_unit}.
 */
final class AzureAdTestProvider implements AutoCloseable {

    static final String CLIENT_ID = "iaverk-adviser-test";
    static final String CLIENT_SECRET = "adviser-secret";
    static final String PASSWORD = "passord";

    static final String CASEWORKER_GROUP = "6b1f1c4e-0000-4000-8000-000000000001";
    static final String READER_GROUP = "6b1f1c4e-0000-4000-8000-000000000002";
    static final String UNKNOWN_GROUP = "6b1f1c4e-0000-4000-8000-00000000dead";

    /** The people at the provider: user name → the claims their ID token gets besides the standard ones. */
    static final Map<String, Map<String, Object>> PEOPLE = Map.of(
            "kari",
            Map.of(
                    "NAVident", "K123456",
                    "name", "Kari Vestlending",
                    "nav_unit", "VESTLAND",
                    "groups", List.of(READER_GROUP, CASEWORKER_GROUP, UNKNOWN_GROUP)),
            "ukjent",
            Map.of(
                    "NAVident",
                    "U654321",
                    "name",
                    "Una Ukjent",
                    "nav_unit",
                    "VESTLAND",
                    "groups",
                    List.of(UNKNOWN_GROUP)),
            // A token that claims the employer's role in every way it could: it must still give no more than groups do.
            "arbeidsgiverlik",
            Map.of(
                    "NAVident", "E111111",
                    "name", "Ella Etterligner",
                    "nav_unit", "VESTLAND",
                    "pid", "01017012345",
                    "roles", List.of("EMPLOYER"),
                    "groups", List.of("EMPLOYER", "ROLE_EMPLOYER", UNKNOWN_GROUP)),
            "utenenhet",
            Map.of(
                    "NAVident", "X999999",
                    "name", "Ulf Utenenhet",
                    "nav_unit", "FINNES_IKKE",
                    "groups", List.of(CASEWORKER_GROUP)));

    private final ConfigurableApplicationContext context;

    AzureAdTestProvider() {
        context = new SpringApplicationBuilder(ProviderConfiguration.class)
                .web(WebApplicationType.SERVLET)
                .properties(
                        "server.port=0",
                        // Its own cookie name: both servers are on localhost, and cookies do not tell ports apart.
                        "server.servlet.session.cookie.name=AZUREADTEST",
                        "spring.config.name=azure-ad-test-provider", // not iaverk's application.yml
                        "iaverk.embedded.enabled=false", // nor iaverk's embedded PostgreSQL
                        "spring.main.banner-mode=off")
                .run();
    }

    String issuer() {
        return "http://localhost:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** iaverk's client, with the redirect and post-logout addresses of the instance on {@code appBase}. */
    void registerClient(String appBase) {
        context.getBean(InMemoryRegisteredClientRepository.class).save(client(appBase));
    }

    @Override
    public void close() {
        context.close();
    }

    private static RegisteredClient client(String appBase) {
        return RegisteredClient.withId("iaverk")
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(appBase + "/login/oauth2/code/" + AdviserOidcProperties.REGISTRATION_ID)
                .postLogoutRedirectUri(appBase + "/login?logout")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireAuthorizationConsent(false)
                        .build())
                .build();
    }

    // No @Configuration: iaverk's own test contexts scan this package and must not pick the provider up.
    @EnableWebSecurity
    @ImportAutoConfiguration({
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class
    })
    static class ProviderConfiguration {

        /** The provider's endpoints: discovery, authorize, token, JWKS, user info, logout. */
        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    // The user info endpoint takes the access token.
                    .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                    // Not yet logged in at the provider: its login form (the test's client sends no Accept header).
                    .exceptionHandling(
                            errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
            return http.build();
        }

        /** The provider's own login form. */
        @Bean
        @Order(2)
        SecurityFilterChain login(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(PEOPLE.keySet().stream()
                    .map(name -> User.withUsername(name)
                            .password("{noop}" + PASSWORD)
                            .roles("USER")
                            .build())
                    .toList());
        }

        @Bean
        InMemoryRegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(client("http://127.0.0.1"));
        }

        /** Azure AD's claims in the ID token. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> azureAdClaims() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    PEOPLE.getOrDefault(context.getPrincipal().getName(), Map.of())
                            .forEach((claim, value) -> context.getClaims().claim(claim, value));
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws Exception {
            RSAKey key = new RSAKeyGenerator(2048).keyID("azure-ad-test").generate();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
