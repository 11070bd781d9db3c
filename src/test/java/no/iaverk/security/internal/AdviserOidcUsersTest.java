package no.iaverk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.security.NavUnits;
import no.iaverk.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The mapping from an Azure AD person to one of NAV's people, without a provider or a database. */
class AdviserOidcUsersTest {

    static final AdviserOidcProperties MAPPING = new AdviserOidcProperties(
            "https://login.example/tenant/v2.0",
            "iaverk",
            "secret",
            null,
            null,
            null,
            null,
            null,
            Map.of("g-reader", Role.READER, "g-caseworker", Role.CASEWORKER, "g-superuser", Role.SUPERUSER));

    @Test
    void the_highest_role_of_the_known_groups_wins() {
        assertThat(AdviserOidcUsers.role(List.of("g-reader", "g-superuser", "g-caseworker", "other"), MAPPING))
                .contains(Role.SUPERUSER);
        assertThat(AdviserOidcUsers.role(List.of("g-reader"), MAPPING)).contains(Role.READER);
    }

    @Test
    void no_known_group_gives_no_role_and_no_group_name_gives_employer() {
        assertThat(AdviserOidcUsers.role(List.of("other", "EMPLOYER", "ROLE_EMPLOYER", "ADMIN"), MAPPING))
                .isEmpty();
        assertThat(AdviserOidcUsers.role(List.of(), MAPPING)).isEmpty();
    }

    @Test
    void a_mapping_to_the_employers_role_is_refused_at_start() {
        assertThatThrownBy(() -> new AdviserOidcProperties(
                        "https://login.example",
                        "iaverk",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Map.of("g", Role.EMPLOYER)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EMPLOYER");
    }

    @Test
    void the_groups_claim_is_a_list_or_a_single_group() {
        assertThat(AdviserOidcUsers.groups(token(Map.of("groups", List.of("a", "b"))), "groups"))
                .containsExactly("a", "b");
        assertThat(AdviserOidcUsers.groups(token(Map.of("groups", "a")), "groups"))
                .containsExactly("a");
        assertThat(AdviserOidcUsers.groups(token(Map.of()), "groups")).isEmpty();
    }

    @Test
    void a_person_without_a_known_group_gets_a_login_without_any_authority() {
        UserAccounts accounts = mock(UserAccounts.class);
        NavUnits units = mock(NavUnits.class);
        OidcUser token = token(Map.of("NAVident", "U654321", "nav_unit", "VESTLAND", "groups", List.of("other")));
        var users = new AdviserOidcUsers(request -> token, MAPPING, accounts, units);

        OidcUser user = users.loadUser(mock(OidcUserRequest.class));

        assertThat(user.getAuthorities()).isEmpty();
        assertThat(user).isNotInstanceOf(no.iaverk.security.IaverkUser.class);
        verifyNoInteractions(accounts, units);
    }

    @Test
    void the_defaults_are_azure_ads_claims_and_off_without_an_issuer() {
        var defaults = new AdviserOidcProperties(null, null, null, null, null, null, null, null, null);

        assertThat(defaults.enabled()).isFalse();
        assertThat(defaults.scopes()).containsExactly("openid", "profile");
        assertThat(defaults.groupsClaim()).isEqualTo("groups");
        assertThat(defaults.unitClaim()).isEqualTo("nav_unit");
        assertThat(defaults.identClaim()).isEqualTo("NAVident");
        assertThat(defaults.nameClaim()).isEqualTo("name");
        assertThat(defaults.roleGroups()).isEmpty();
        assertThat(MAPPING.enabled()).isTrue();
    }

    private static OidcUser token(Map<String, Object> claims) {
        Map<String, Object> all = new HashMap<>(claims);
        all.put("sub", "subject");
        Instant now = Instant.now();
        return new DefaultOidcUser(List.of(), new OidcIdToken("token", now, now.plusSeconds(60), all));
    }
}
