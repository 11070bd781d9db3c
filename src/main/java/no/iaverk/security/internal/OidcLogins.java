package no.iaverk.security.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The OpenID Connect logins that are configured, each a client registration with its own mapping from the provider's
 * person to an iaverk user: NAV's advisers through Azure AD ({@link AdviserOidcUsers}: groups to NAV roles, a claim to
 * the unit) and employers through ID-porten ({@link EmployerOidcUsers}: EMPLOYER only). None by default: then only the
 * login form.
 */
final class OidcLogins {

    /** One provider: its registration, the login link's message key, and who its people become here. */
    record Login(ClientRegistration registration, String labelKey, OAuth2UserService<OidcUserRequest, OidcUser> users) {

        String registrationId() {
            return registration.getRegistrationId();
        }

        /** Spring Security's start of the login at the provider. */
        String path() {
            return "/oauth2/authorization/" + registrationId();
        }
    }

    private final List<Login> logins;
    private final @Nullable ClientRegistrationRepository registrations;

    OidcLogins(List<Login> logins) {
        this.logins = List.copyOf(logins);
        this.registrations = logins.isEmpty()
                ? null
                : new InMemoryClientRegistrationRepository(
                        logins.stream().map(Login::registration).toList());
    }

    boolean any() {
        return !logins.isEmpty();
    }

    List<Login> all() {
        return logins;
    }

    /** Only when {@link #any()}. */
    ClientRegistrationRepository registrations() {
        if (registrations == null) {
            throw new IllegalStateException("No OpenID Connect login is configured");
        }
        return registrations;
    }

    /** Each login's people through its own mapping: an employer's provider can never make a NAV user. */
    OAuth2UserService<OidcUserRequest, OidcUser> users() {
        return request -> logins.stream()
                .filter(login -> login.registrationId()
                        .equals(request.getClientRegistration().getRegistrationId()))
                .findFirst()
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("unknown_registration")))
                .users()
                .loadUser(request);
    }
}
