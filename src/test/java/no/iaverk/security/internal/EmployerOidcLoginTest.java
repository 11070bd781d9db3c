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
import no.iaverk.employer.EmployerGrants;
import no.iaverk.employer.NewGrant;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.EmployerLogins;
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
 * An employer logs in through an OpenID Connect provider (a small one on a random port, {@link TestOidcProvider}),
 * driven over real HTTP: the authorization-code flow with its redirects and the session cookie. The person id claim
 * ({@code pid}) is the name {@code employer_access} grants to; the login is an employer's and nothing more, whatever
 * roles the token claims.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmployerOidcLoginTest {

    static final TestOidcProvider PROVIDER = start();
    static final String GRANTED_PID = "01017012345";
    static final String UNGRANTED_PID = "02027012345";
    static final CurrentUser ADMIN = new CurrentUser("admin", "Anders Admin", Role.ADMIN, "VESTLAND");

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("iaverk.security.employer-oidc.issuer-uri", PROVIDER::issuer);
        properties.add("iaverk.security.employer-oidc.client-id", () -> TestOidcProvider.CLIENT_ID);
        properties.add("iaverk.security.employer-oidc.client-secret", () -> TestOidcProvider.CLIENT_SECRET);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    EmployerGrants grants;

    @Autowired
    UserAccounts accounts;

    String ours;

    /** Each test is a new browser: its own cookies. */
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @BeforeEach
    void personGrantedOneLegalUnit() {
        TestData.ensureExampleRegister(jdbc, registerImport);
        ours = jdbc.sql("""
                        select l.org_number from enterprise l
                        where not l.sub_unit and l.deleted_on is null
                          and exists (select 1 from enterprise s where s.parent_org_number = l.org_number
                                      and s.sub_unit and s.deleted_on is null)
                        order by l.org_number limit 1
                        """).query(String.class).single();
        jdbc.sql("delete from employer_access where username in (:granted, :ungranted)")
                .param("granted", GRANTED_PID)
                .param("ungranted", UNGRANTED_PID)
                .update();
        grants.grant(new NewGrant(GRANTED_PID, "Kari Nordmann", "et-langt-passord", ours), ADMIN);
    }

    @Test
    void a_granted_person_lands_on_the_employer_page_and_sees_the_enterprise_but_no_nav_page() throws Exception {
        // The token claims NAV roles and groups too: they must count for nothing.
        PROVIDER.signIn(Map.of(
                "pid", GRANTED_PID, "name", "Kari Nordmann", "roles", List.of("ADMIN"), "groups", List.of("ADMIN")));

        HttpResponse<String> landing = logIn();

        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.uri().getPath()).isEqualTo("/arbeidsgiver");
        assertThat(landing.body()).contains(ours, "Kari Nordmann");
        assertThat(jdbc.sql("select count(*) from audit_event where username = :pid and role = 'EMPLOYER'"
                                + " and :org = any(enterprises)")
                        .param("pid", GRANTED_PID)
                        .param("org", ours)
                        .query(Long.class)
                        .single())
                .isPositive();

        assertThat(get("/arbeidsgiver/virksomhet/" + ours).statusCode()).isEqualTo(200);
        for (String navPage : List.of("/virksomheter", "/sak", "/admin/arbeidsgivere", "/prioritering")) {
            assertThat(get(navPage).statusCode()).as(navPage).isEqualTo(403);
        }
        // The API takes HTTP Basic only and keeps no session, so the login's cookie opens nothing there.
        assertThat(get("/api/cases").statusCode()).isIn(401, 403);
        assertThat(get("/api/prioritization").statusCode()).isIn(401, 403);
    }

    @Test
    void a_person_without_a_grant_logs_in_and_sees_no_enterprise() throws Exception {
        PROVIDER.signIn(Map.of("pid", UNGRANTED_PID, "name", "Ola Nordmann"));

        HttpResponse<String> landing = logIn();

        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.uri().getPath()).isEqualTo("/arbeidsgiver");
        assertThat(landing.body())
                .contains("Du har ikke tilgang til noen virksomheter")
                .doesNotContain(ours);
        assertThat(get("/arbeidsgiver/virksomhet/" + ours).statusCode()).isEqualTo(403);
        assertThat(get("/virksomheter").statusCode()).isEqualTo(403);
    }

    @Test
    void the_person_is_recorded_as_an_employer_without_a_password_that_could_ever_match() throws Exception {
        PROVIDER.signIn(Map.of("pid", UNGRANTED_PID, "name", "Ola Nordmann"));

        logIn();

        assertThat(jdbc.sql("select role || ' ' || display_name || ' ' || password_hash from app_user"
                                + " where username = :pid")
                        .param("pid", UNGRANTED_PID)
                        .query(String.class)
                        .single())
                .isEqualTo("EMPLOYER Ola Nordmann " + EmployerLogins.NO_PASSWORD);
        HttpResponse<String> formLogin = post(
                "/login",
                "username=" + UNGRANTED_PID + "&password=" + EmployerLogins.NO_PASSWORD + "&_csrf="
                        + csrf(get("/login").body()));
        assertThat(formLogin.uri().getQuery()).isEqualTo("error");
    }

    @Test
    void an_admin_grants_a_person_id_without_a_password_and_that_person_logs_in_at_the_provider() throws Exception {
        String pid = "03037012345";
        jdbc.sql("delete from employer_access where username = :pid")
                .param("pid", pid)
                .update();
        jdbc.sql("delete from app_user where username = :pid").param("pid", pid).update();

        grants.grant(new NewGrant(pid, "Per Nordmann", null, ours), ADMIN);

        assertThat(jdbc.sql("select password_hash from app_user where username = :pid")
                        .param("pid", pid)
                        .query(String.class)
                        .single())
                .isEqualTo(EmployerLogins.NO_PASSWORD);
        PROVIDER.signIn(Map.of("pid", pid, "name", "Per Nordmann"));
        assertThat(logIn().body()).contains(ours, "Per Nordmann");
    }

    @Test
    void the_admins_form_says_that_a_new_person_id_needs_no_password() throws Exception {
        accounts.save("oidc-test-admin", "{noop}admin-passord", "Anne Admin", Role.ADMIN, "VESTLAND");
        HttpResponse<String> loggedIn = post(
                "/login",
                "username=oidc-test-admin&password=admin-passord&_csrf="
                        + csrf(get("/login").body()));
        assertThat(loggedIn.statusCode()).isEqualTo(200);

        assertThat(get("/admin/arbeidsgivere").body())
                .contains("Arbeidsgivere logger inn med ID-porten", "trenger ikke passord");
    }

    @Test
    void the_user_name_of_a_nav_user_cannot_log_in_through_id_porten() throws Exception {
        accounts.save("nav-ident-a123456", "{noop}x", "Nina NAV", Role.CASEWORKER, "VESTLAND");
        PROVIDER.signIn(Map.of("pid", "nav-ident-a123456", "name", "Nina NAV"));

        HttpResponse<String> refused = logIn();

        assertThat(refused.uri().getPath()).isEqualTo("/login");
        assertThat(refused.uri().getQuery()).isEqualTo("oidcfeil");
        assertThat(refused.body()).contains("Innloggingen mislyktes");
        assertThat(get("/virksomheter").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void a_token_without_the_person_claim_is_refused() throws Exception {
        PROVIDER.signIn(Map.of("name", "Uten Fødselsnummer"));

        assertThat(logIn().uri().getQuery()).isEqualTo("oidcfeil");
    }

    @Test
    void the_login_page_offers_id_porten_beside_the_form() throws Exception {
        String page = get("/login").body();

        assertThat(page).contains("/oauth2/authorization/idporten", "Logg inn med ID-porten", "name=\"password\"");
    }

    @Test
    void logout_ends_the_session_here_and_at_the_provider() throws Exception {
        PROVIDER.signIn(Map.of("pid", GRANTED_PID, "name", "Kari Nordmann"));
        HttpResponse<String> landing = logIn();
        int logoutsBefore = PROVIDER.logouts().size();

        HttpResponse<String> loggedOut = post("/logout", "_csrf=" + csrf(landing.body()));

        assertThat(loggedOut.uri().getPath()).isEqualTo("/login");
        assertThat(loggedOut.uri().getQuery()).isEqualTo("logout");
        assertThat(PROVIDER.logouts()).hasSize(logoutsBefore + 1);
        assertThat(get("/arbeidsgiver").uri().getPath()).isEqualTo("/login");
    }

    /** The link on the login page, then the provider and back, following every redirect. */
    private HttpResponse<String> logIn() throws Exception {
        return get("/oauth2/authorization/idporten");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    private static TestOidcProvider start() {
        try {
            return new TestOidcProvider();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
