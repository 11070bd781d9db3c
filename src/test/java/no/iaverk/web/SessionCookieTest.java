package no.iaverk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The session cookie as the real server (Tomcat) sends it, which MockMvc cannot show: SameSite=Lax and HttpOnly,
 * Secure over HTTPS (here: behind a proxy that says so, as configured in production), and the session id never in a
 * URL.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Sessions in PostgreSQL, as in production (the test configuration leaves them in the container).
        properties = {"server.forward-headers-strategy=native", "spring.autoconfigure.exclude="})
class SessionCookieTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void the_session_cookie_is_same_site_lax_and_http_only() throws Exception {
        HttpResponse<String> login = get("/login", false);

        assertThat(sessionCookie(login)).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(jdbc.sql("select count(*) from spring_session")
                        .query(Long.class)
                        .single())
                .as("sessions in PostgreSQL")
                .isPositive();
    }

    @Test
    void over_https_the_session_cookie_is_secure() throws Exception {
        HttpResponse<String> login = get("/login", true);

        assertThat(sessionCookie(login)).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void the_session_id_never_goes_into_a_url() throws Exception {
        HttpResponse<String> redirect = get("/virksomheter", false);
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location"))
                .hasValueSatisfying(
                        location -> assertThat(location).endsWith("/login").doesNotContainIgnoringCase("jsessionid"));

        // An error page is rendered outside the security filters, where links used to get ;jsessionid= appended.
        HttpResponse<String> notFound = get("/css/finnes-ikke.css", false);
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("/css/iaverk.css").doesNotContainIgnoringCase("jsessionid");

        // A survey code that finds nothing leads back to the code form (it used to be such an error page).
        HttpResponse<String> unknownCode = get("/s/FINNESIKKE", false);
        assertThat(unknownCode.statusCode()).isEqualTo(302);
        assertThat(unknownCode.headers().firstValue("Location"))
                .hasValueSatisfying(location ->
                        assertThat(location).endsWith("/s?ukjent=FINNESIKKE").doesNotContainIgnoringCase("jsessionid"));
    }

    private HttpResponse<String> get(String path, boolean https) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }
}
