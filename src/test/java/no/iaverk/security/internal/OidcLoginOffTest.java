package no.iaverk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import no.iaverk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Without {@code iaverk.security.employer-oidc.issuer-uri} (the default) the login form is the only way in. */
@IntegrationTest
class OidcLoginOffTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OidcLogins oidc;

    @Test
    void without_an_issuer_there_is_no_openid_connect_login() {
        assertThat(oidc.any()).isFalse();
        assertThat(mvc.get().uri("/login"))
                .hasStatusOk()
                .bodyText()
                .contains("name=\"password\"")
                .doesNotContain("/oauth2/authorization", "ID-porten");
        // Not a provider's address: the path is one more page that needs a login.
        assertThat(mvc.get().uri("/oauth2/authorization/idporten"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login");
    }
}
