package no.iaverk.security.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.NavUnits;
import no.iaverk.security.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns an Azure AD login into one of NAV's people: the NAV ident claim is the user name, the name claim the display
 * name, the role the highest that {@code role-groups} gives the person's groups, the unit the unit claim. A person in
 * no known group is logged in without any role (every adviser page and API then answers 403); a person with a role but
 * no known unit is refused. No group can give EMPLOYER ({@link AdviserOidcProperties} refuses such a mapping at start),
 * and a user name that is an employer's login, or disabled, is refused.
 */
final class AdviserOidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code a login without a known unit fails with; the login page says so in words. */
    static final String UNKNOWN_UNIT = "unknown_unit";

    private static final Logger log = LoggerFactory.getLogger(AdviserOidcUsers.class);

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final AdviserOidcProperties properties;
    private final UserAccounts accounts;
    private final NavUnits units;

    AdviserOidcUsers(AdviserOidcProperties properties, UserAccounts accounts, NavUnits units) {
        this(new OidcUserService(), properties, accounts, units);
    }

    AdviserOidcUsers(
            OAuth2UserService<OidcUserRequest, OidcUser> provider,
            AdviserOidcProperties properties,
            UserAccounts accounts,
            NavUnits units) {
        this.provider = provider;
        this.properties = properties;
        this.accounts = accounts;
        this.units = units;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = provider.loadUser(request);
        String ident = claim(oidc, properties.identClaim());
        if (ident == null) {
            throw refused("missing_ident_claim", "The ID token has no claim " + properties.identClaim());
        }
        Optional<Role> role = role(groups(oidc, properties.groupsClaim()), properties);
        if (role.isEmpty()) {
            // Logged in, but no authority at all: the URL rules refuse them everywhere (403), the login page excepted.
            log.info("OpenID Connect login of {} without a known group: no role", ident);
            return new DefaultOidcUser(Set.of(), oidc.getIdToken(), oidc.getUserInfo());
        }
        String unit = claim(oidc, properties.unitClaim());
        if (unit == null || units.find(unit).isEmpty()) {
            log.warn("OpenID Connect login of {} refused: unit {} is not a NAV unit here", ident, unit);
            throw refused(UNKNOWN_UNIT, "NAV unit " + unit + " (claim " + properties.unitClaim() + ") is unknown");
        }
        String name = claim(oidc, properties.nameClaim());
        CurrentUser user = accounts.navSignedIn(ident, name == null ? ident : name, role.get(), unit)
                .orElseThrow(() -> {
                    log.warn("OpenID Connect login of {} refused: an employer's login or disabled", ident);
                    return refused("not_a_nav_user", "Denne innloggingen kan ikke brukes av NAV-ansatte.");
                });
        return new OidcIaverkUser(user, oidc.getIdToken(), oidc.getUserInfo());
    }

    /** The highest NAV role of the groups the mapping knows; empty when it knows none of them. */
    static Optional<Role> role(Collection<String> groups, AdviserOidcProperties properties) {
        return groups.stream()
                .map(properties.roleGroups()::get)
                .filter(role -> role != null && role.nav())
                .max(Role::compareTo);
    }

    /** The groups claim as a list: a JSON array in Azure AD, a single string tolerated. */
    static List<String> groups(OidcUser oidc, String claimName) {
        Object value = rawClaim(oidc, claimName);
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    private static @Nullable String claim(OidcUser oidc, String name) {
        Object value = rawClaim(oidc, name);
        String text = value == null ? null : value.toString().strip();
        return text == null || text.isEmpty() ? null : text;
    }

    private static @Nullable Object rawClaim(OidcUser oidc, String name) {
        Object value = oidc.getClaims().get(name);
        if (value == null && oidc.getUserInfo() != null) {
            value = oidc.getUserInfo().getClaims().get(name);
        }
        return value;
    }

    private static OAuth2AuthenticationException refused(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null));
    }
}
