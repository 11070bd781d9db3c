package no.iaverk.security.internal;

import java.util.Map;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.IaverkUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * One of iaverk's users who logged in through OpenID Connect: the same {@link IaverkUser} as after a form login (so
 * {@link CurrentUser}, the URL rules, the employer's scope and the audit work unchanged), and the provider's {@link
 * OidcUser} for Spring Security (the ID token for logout at the provider). Its only authority is the role its
 * provider's mapping gave ({@link EmployerOidcUsers}: EMPLOYER; {@link AdviserOidcUsers}: a NAV role), whatever the
 * token says.
 */
final class OidcIaverkUser extends IaverkUser implements OidcUser {

    private final OidcIdToken idToken;
    private final @Nullable OidcUserInfo userInfo;

    OidcIaverkUser(CurrentUser user, OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
        // No password: this person never logs in with one.
        super(user.username(), "", true, user);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public String getName() {
        return getUsername();
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
