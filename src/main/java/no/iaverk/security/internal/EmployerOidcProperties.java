package no.iaverk.security.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code iaverk.security.employer-oidc}: employers log in through an OpenID Connect provider (ID-porten in
 * production). Off while {@code issuer-uri} is empty, the default: then the login form is the only way in. The person
 * id claim ({@code pid} in ID-porten: the national identity number) becomes the employer's user name, the name that
 * {@code employer_access} grants legal units to.
 */
@ConfigurationProperties("iaverk.security.employer-oidc")
record EmployerOidcProperties(
        @Nullable String issuerUri,
        @Nullable String clientId,
        @Nullable String clientSecret,
        List<String> scopes,
        String personClaim,
        String nameClaim) {

    /** The registration id: the login link is {@code /oauth2/authorization/idporten}. */
    static final String REGISTRATION_ID = "idporten";

    EmployerOidcProperties {
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile") : List.copyOf(scopes);
        personClaim = personClaim == null || personClaim.isBlank() ? "pid" : personClaim;
        nameClaim = nameClaim == null || nameClaim.isBlank() ? "name" : nameClaim;
    }

    boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
