package no.iaverk.security.internal;

import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns an ID-porten login into an employer representative: the person id claim is the user name (the name {@code
 * employer_access} grants to), the name claim the display name, the role EMPLOYER and no NAV unit. No claim can give a
 * NAV role. The person is recorded as an employer login (without a password) so the admin's list names them; a user
 * name that belongs to one of NAV's people, or a login an admin has disabled, is refused.
 */
final class EmployerOidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(EmployerOidcUsers.class);

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final EmployerOidcProperties properties;
    private final UserAccounts accounts;

    EmployerOidcUsers(EmployerOidcProperties properties, UserAccounts accounts) {
        this(new OidcUserService(), properties, accounts);
    }

    EmployerOidcUsers(
            OAuth2UserService<OidcUserRequest, OidcUser> provider,
            EmployerOidcProperties properties,
            UserAccounts accounts) {
        this.provider = provider;
        this.properties = properties;
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = provider.loadUser(request);
        CurrentUser claimed = employer(oidc, properties);
        CurrentUser user = accounts.employerSignedIn(claimed.username(), nameClaim(oidc, properties))
                .orElseThrow(() -> {
                    // Not the person id itself in the log: it is a national identity number.
                    log.warn("OpenID Connect login refused: the person's user name is a NAV user or disabled");
                    return refused("not_an_employer", "Denne innloggingen kan ikke brukes som arbeidsgiver.");
                });
        return new OidcIaverkUser(user, oidc.getIdToken(), oidc.getUserInfo());
    }

    /** The employer the token names, before the user table has had its say; 401 without a person id. */
    static CurrentUser employer(OidcUser oidc, EmployerOidcProperties properties) {
        String person = claim(oidc, properties.personClaim());
        if (person == null) {
            throw refused("missing_person_claim", "The ID token has no claim " + properties.personClaim());
        }
        String name = nameClaim(oidc, properties);
        return new CurrentUser(person, name == null ? person : name, Role.EMPLOYER, null);
    }

    private static @Nullable String nameClaim(OidcUser oidc, EmployerOidcProperties properties) {
        return claim(oidc, properties.nameClaim());
    }

    private static @Nullable String claim(OidcUser oidc, String name) {
        Object value = oidc.getClaims().get(name);
        if (value == null && oidc.getUserInfo() != null) {
            value = oidc.getUserInfo().getClaims().get(name);
        }
        String text = value == null ? null : value.toString().strip();
        return text == null || text.isEmpty() ? null : text;
    }

    private static OAuth2AuthenticationException refused(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null));
    }
}
