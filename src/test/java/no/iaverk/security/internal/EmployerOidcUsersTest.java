package no.iaverk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The mapping from an ID-porten person to an employer representative, without a provider or a database. */
class EmployerOidcUsersTest {

    static final EmployerOidcProperties DEFAULTS =
            new EmployerOidcProperties("https://idporten.example", "iaverk", "secret", null, null, null);

    @Test
    void the_person_id_is_the_user_name_and_the_name_claim_the_display_name() {
        CurrentUser user = EmployerOidcUsers.employer(token(Map.of("pid", "01017012345", "name", "Kari")), DEFAULTS);

        assertThat(user).isEqualTo(new CurrentUser("01017012345", "Kari", Role.EMPLOYER, null));
    }

    @Test
    void no_claim_makes_a_nav_user() {
        CurrentUser user = EmployerOidcUsers.employer(
                token(Map.of("pid", "01017012345", "roles", List.of("ADMIN"), "groups", List.of("SUPERUSER"))),
                DEFAULTS);

        assertThat(user.role()).isEqualTo(Role.EMPLOYER);
        assertThat(user.unitCode()).isNull();
        OidcIaverkUser principal =
                new OidcIaverkUser(user, token(Map.of("pid", "01017012345")).getIdToken(), null);
        assertThat(principal.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_EMPLOYER");
        assertThat(principal.currentUser().has(Role.READER)).isFalse();
    }

    @Test
    void without_a_name_the_person_id_stands_for_the_name() {
        assertThat(EmployerOidcUsers.employer(token(Map.of("pid", "01017012345")), DEFAULTS)
                        .displayName())
                .isEqualTo("01017012345");
    }

    @Test
    void the_claims_are_configurable() {
        var custom = new EmployerOidcProperties(
                "https://login.example", "iaverk", null, List.of("openid"), "person_id", "full_name");

        CurrentUser user = EmployerOidcUsers.employer(
                token(Map.of("pid", "wrong", "person_id", "p-42", "full_name", "Per")), custom);

        assertThat(user.username()).isEqualTo("p-42");
        assertThat(user.displayName()).isEqualTo("Per");
        assertThat(custom.scopes()).containsExactly("openid");
    }

    @Test
    void a_token_without_the_person_claim_is_refused() {
        assertThatThrownBy(() -> EmployerOidcUsers.employer(token(Map.of("name", "Kari")), DEFAULTS))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> EmployerOidcUsers.employer(token(Map.of("pid", "  ")), DEFAULTS))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void the_defaults_are_openid_profile_pid_and_name_and_off_without_an_issuer() {
        assertThat(DEFAULTS.scopes()).containsExactly("openid", "profile");
        assertThat(DEFAULTS.personClaim()).isEqualTo("pid");
        assertThat(DEFAULTS.nameClaim()).isEqualTo("name");
        assertThat(DEFAULTS.enabled()).isTrue();
        assertThat(new EmployerOidcProperties("", null, null, null, null, null).enabled())
                .isFalse();
        assertThat(new EmployerOidcProperties(null, null, null, null, null, null).enabled())
                .isFalse();
    }

    private static OidcUser token(Map<String, Object> claims) {
        Map<String, Object> all = new HashMap<>(claims);
        all.put("sub", "subject");
        Instant now = Instant.now();
        return new DefaultOidcUser(List.of(), new OidcIdToken("token", now, now.plusSeconds(60), all));
    }
}
