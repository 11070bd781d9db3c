package no.iaverk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.iaverk.TestData;
import no.iaverk.cases.Background;
import no.iaverk.cases.CaseSummary;
import no.iaverk.cases.Cases;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * NAV's people log in through a real OpenID Connect provider (Spring Authorization Server on a random port, {@link
 * AzureAdTestProvider}), driven over real HTTP like a browser: iaverk's login link, the provider's login form, the
 * authorization-code flow back, the session cookie. Groups in the ID token give the role, the unit claim the unit;
 * a person in no known group is logged in with no role and refused everywhere; no token ever gives EMPLOYER.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdviserOidcLoginTest {

    static final AzureAdTestProvider PROVIDER = new AzureAdTestProvider();
    /** ID-porten beside it, as in production: its people must never reach the advisers' mapping. */
    static final TestOidcProvider IDPORTEN = idPorten();

    static final String ENTERPRISE = "910000020";
    static final CurrentUser SUPERUSER = new CurrentUser("superbruker", "Siri Superbruker", Role.SUPERUSER, "VESTLAND");

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("iaverk.security.adviser-oidc.issuer-uri", PROVIDER::issuer);
        properties.add("iaverk.security.adviser-oidc.client-id", () -> AzureAdTestProvider.CLIENT_ID);
        properties.add("iaverk.security.adviser-oidc.client-secret", () -> AzureAdTestProvider.CLIENT_SECRET);
        properties.add(
                "iaverk.security.adviser-oidc.role-groups[" + AzureAdTestProvider.CASEWORKER_GROUP + "]",
                () -> "CASEWORKER");
        properties.add(
                "iaverk.security.adviser-oidc.role-groups[" + AzureAdTestProvider.READER_GROUP + "]", () -> "READER");
        properties.add("iaverk.security.employer-oidc.issuer-uri", IDPORTEN::issuer);
        properties.add("iaverk.security.employer-oidc.client-id", () -> TestOidcProvider.CLIENT_ID);
        properties.add("iaverk.security.employer-oidc.client-secret", () -> TestOidcProvider.CLIENT_SECRET);
    }

    @AfterAll
    static void stopProviders() {
        PROVIDER.close();
        IDPORTEN.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    Cases cases;

    long vestlandCase;

    /** Each test is a new browser: its own cookies, at iaverk and at the provider. */
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @BeforeEach
    void aCaseOfVestland() {
        // The provider accepts the loopback address on any port for redirects; the post-logout address names ours.
        PROVIDER.registerClient(base());
        TestData.importKindergarten(registerImport);
        vestlandCase = cases.forEnterprise(ENTERPRISE).stream()
                .filter(c -> c.status().open())
                .map(CaseSummary::id)
                .findFirst()
                .orElseGet(() -> cases.start(ENTERPRISE, Background.CENTRE_INITIATIVE, SUPERUSER)
                        .id());
    }

    @Test
    void a_caseworker_of_vestland_lands_with_that_role_and_is_shown_by_name_and_nav_ident() throws Exception {
        HttpResponse<String> landing = logIn("kari");

        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.uri().getPath()).isEqualTo("/");
        assertThat(landing.body()).contains("Kari Vestlending", "K123456", "Saksbehandler");
        assertThat(get("/prioritering").statusCode()).isEqualTo(200);
        assertThat(get("/sak/" + vestlandCase).statusCode()).isEqualTo(200);
        // A caseworker, not more: the admin pages stay closed.
        assertThat(get("/admin").statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select role || ' ' || unit_code || ' ' || display_name from app_user"
                                + " where username = 'K123456'")
                        .query(String.class)
                        .single())
                .isEqualTo("CASEWORKER VESTLAND Kari Vestlending");
        // The case page's read is audit-logged under the NAV ident with the role.
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'K123456' and role = 'CASEWORKER'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void a_person_in_no_known_group_is_logged_in_without_any_role_and_refused_everywhere() throws Exception {
        HttpResponse<String> landing = logIn("ukjent");

        // Back at iaverk's start page after the login, refused there.
        assertThat(landing.uri().toString()).isEqualTo(base() + "/");
        assertThat(landing.statusCode()).isEqualTo(403);
        for (String page : List.of("/", "/prioritering", "/sak/" + vestlandCase, "/virksomheter", "/arbeidsgiver")) {
            assertThat(get(page).statusCode()).as(page).isEqualTo(403);
        }
        // The API takes HTTP Basic only and keeps no session: the login opens nothing there either.
        assertThat(get("/api/cases").statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from app_user where username = 'U654321'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_token_claiming_the_employers_role_in_every_way_gets_no_role_at_all() throws Exception {
        HttpResponse<String> landing = logIn("arbeidsgiverlik");

        assertThat(landing.uri().toString()).isEqualTo(base() + "/");
        assertThat(landing.statusCode()).isEqualTo(403);
        assertThat(get("/arbeidsgiver").statusCode()).isEqualTo(403);
        assertThat(get("/").statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from app_user where username in ('E111111', '01017012345')"
                                + " and role = 'EMPLOYER'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void a_person_whose_unit_is_unknown_is_refused_with_a_message_that_says_so() throws Exception {
        HttpResponse<String> refused = logIn("utenenhet");

        assertThat(refused.uri().getPath()).isEqualTo("/login");
        assertThat(refused.uri().getQuery()).isEqualTo("ukjentenhet");
        assertThat(refused.body()).contains("NAV-enheten din er ikke kjent i iaverk");
        assertThat(get("/prioritering").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void the_login_page_offers_the_nav_login_and_id_porten_beside_the_form() throws Exception {
        assertThat(get("/login").body())
                .contains(
                        "/oauth2/authorization/azuread",
                        "Logg inn med NAV-konto",
                        "/oauth2/authorization/idporten",
                        "Logg inn med ID-porten",
                        "name=\"password\"");
    }

    @Test
    void an_id_porten_login_with_the_advisers_claims_stays_an_employer() throws Exception {
        IDPORTEN.signIn(Map.of(
                "pid", "05057012345",
                "name", "Anne Arbeidsgiver",
                "NAVident", "K123456",
                "nav_unit", "VESTLAND",
                "groups", List.of(AzureAdTestProvider.CASEWORKER_GROUP)));

        HttpResponse<String> landing = get("/oauth2/authorization/idporten");

        assertThat(landing.uri().getPath()).isEqualTo("/arbeidsgiver");
        assertThat(landing.body()).contains("Anne Arbeidsgiver").doesNotContain("05057012345");
        assertThat(get("/prioritering").statusCode()).isEqualTo(403);
        assertThat(get("/sak/" + vestlandCase).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select role from app_user where username = '05057012345'")
                        .query(String.class)
                        .single())
                .isEqualTo("EMPLOYER");
    }

    @Test
    void logout_ends_the_session_here_and_at_the_provider() throws Exception {
        HttpResponse<String> landing = logIn("kari");

        HttpResponse<String> loggedOut = post("/logout", "_csrf=" + csrf(landing.body()));

        assertThat(loggedOut.uri().getPath()).isEqualTo("/login");
        assertThat(loggedOut.uri().getQuery()).isEqualTo("logout");
        assertThat(get("/prioritering").uri().getPath()).isEqualTo("/login");
        // Logged out at the provider too: the next login asks for the password again.
        HttpResponse<String> again = get("/oauth2/authorization/" + AdviserOidcProperties.REGISTRATION_ID);
        assertThat(again.uri().toString()).startsWith(PROVIDER.issuer() + "/login");
    }

    /** iaverk's login link, the provider's login form, and back, following every redirect. */
    private HttpResponse<String> logIn(String person) throws Exception {
        HttpResponse<String> providerLogin = get("/oauth2/authorization/" + AdviserOidcProperties.REGISTRATION_ID);
        assertThat(providerLogin.uri().toString()).startsWith(PROVIDER.issuer() + "/login");
        return send(HttpRequest.newBuilder(URI.create(PROVIDER.issuer() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + person + "&password="
                        + AzureAdTestProvider.PASSWORD + "&_csrf=" + providerCsrf(providerLogin.body())))
                .build());
    }

    private static TestOidcProvider idPorten() {
        try {
            return new TestOidcProvider();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The loopback address, not "localhost": the provider takes any port on it for a redirect (RFC 8252). */
    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).build());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    /** Spring Security's generated login page: a hidden input named _csrf. */
    private static String providerCsrf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find())
                .as("a CSRF token in the provider's login form: " + page)
                .isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }
}
