package no.iaverk.security.internal;

import java.util.ArrayList;
import java.util.List;
import no.iaverk.security.NavUnits;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The OpenID Connect logins from configuration: NAV's people ({@code iaverk.security.adviser-oidc}, Azure AD) and
 * employers ({@code iaverk.security.employer-oidc}, ID-porten), each off while its issuer is empty. A configured provider is
 * asked for its discovery document ({@code <issuer>/.well-known/openid-configuration}) at start, so iaverk does not
 * start while its provider cannot be reached.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // commands run without a web server and need no provider
@EnableConfigurationProperties({EmployerOidcProperties.class, AdviserOidcProperties.class})
class OidcLoginConfiguration {

    @Bean
    OidcLogins oidcLogins(
            EmployerOidcProperties employer, AdviserOidcProperties adviser, UserAccounts accounts, NavUnits units) {
        List<OidcLogins.Login> logins = new ArrayList<>();
        if (adviser.enabled()) {
            logins.add(new OidcLogins.Login(
                    adviserRegistration(adviser),
                    "login.oidc.azuread",
                    new AdviserOidcUsers(adviser, accounts, units)));
        }
        if (employer.enabled()) {
            logins.add(new OidcLogins.Login(
                    employerRegistration(employer), "login.oidc.idporten", new EmployerOidcUsers(employer, accounts)));
        }
        return new OidcLogins(logins);
    }

    static ClientRegistration adviserRegistration(AdviserOidcProperties adviser) {
        return ClientRegistrations.fromIssuerLocation(String.valueOf(adviser.issuerUri()))
                .registrationId(AdviserOidcProperties.REGISTRATION_ID)
                .clientId(String.valueOf(adviser.clientId()))
                .clientSecret(adviser.clientSecret() == null ? "" : adviser.clientSecret())
                .scope(adviser.scopes())
                .build();
    }

    static ClientRegistration employerRegistration(EmployerOidcProperties employer) {
        return ClientRegistrations.fromIssuerLocation(String.valueOf(employer.issuerUri()))
                .registrationId(EmployerOidcProperties.REGISTRATION_ID)
                .clientId(String.valueOf(employer.clientId()))
                .clientSecret(employer.clientSecret() == null ? "" : employer.clientSecret())
                .scope(employer.scopes())
                // The principal's name stays the token's subject; the person claim is read by EmployerOidcUsers, which
                // refuses a token without it instead of failing inside Spring Security.
                .build();
    }
}
