package no.iaverk.security.internal;

import java.util.List;
import java.util.Map;
import no.iaverk.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code iaverk.security.adviser-oidc}: NAV's own people log in through an OpenID Connect provider (Azure AD in
 * production). Off while {@code issuer-uri} is empty, the default. The NAV ident claim becomes the user name, the
 * groups claim gives the role through {@code role-groups} (group id → NAV role; the highest of the person's known
 * groups wins; no known group: logged in without any role, so every page and API refuses them), and the unit claim
 * names the NAV unit, which must be one iaverk knows.
 */
@ConfigurationProperties("iaverk.security.adviser-oidc")
record AdviserOidcProperties(
        @Nullable String issuerUri,
        @Nullable String clientId,
        @Nullable String clientSecret,
        List<String> scopes,
        String groupsClaim,
        String unitClaim,
        String identClaim,
        String nameClaim,
        Map<String, Role> roleGroups) {

    /** The registration id: the login link is {@code /oauth2/authorization/azuread}. */
    static final String REGISTRATION_ID = "azuread";

    AdviserOidcProperties {
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile") : List.copyOf(scopes);
        groupsClaim = orDefault(groupsClaim, "groups");
        unitClaim = orDefault(unitClaim, "nav_unit");
        identClaim = orDefault(identClaim, "NAVident");
        nameClaim = orDefault(nameClaim, "name");
        roleGroups = roleGroups == null ? Map.of() : Map.copyOf(roleGroups);
        // A group can make a NAV role only: the employer's role comes from ID-porten and an admin's grant, never here.
        roleGroups.forEach((group, role) -> {
            if (!role.nav()) {
                throw new IllegalArgumentException("iaverk.security.adviser-oidc.role-groups maps group " + group
                        + " to " + role + "; only READER, CASEWORKER, SUPERUSER or ADMIN are allowed");
            }
        });
    }

    boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    private static String orDefault(@Nullable String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
