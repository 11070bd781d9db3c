package no.iaverk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Errors as a real servlet container hands them over: no handler, an exception in a page, an htmx request. MockMvc
 * does not forward to the error page, so these run against the server on a random port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTest {

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @BeforeEach
    void logIn() throws Exception {
        String loginPage = send(get("/login").build()).body();
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(token.find()).isTrue();
        String form = "username=leser&password=demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        var response = send(get("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        assertThat(response.statusCode()).isEqualTo(302);
    }

    @Test
    void an_unknown_api_path_is_a_404_problem_detail() throws Exception {
        var response = send(get("/api/nothing-here")
                .header("Authorization", basic("leser", "demo"))
                .build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404", "\"instance\":\"/api/nothing-here\"");
    }

    @Test
    void a_missing_enterprise_is_a_norwegian_404_page() throws Exception {
        var response =
                send(get("/virksomhet/974760673").header("Accept", "text/html").build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html", "Finnes ikke", "Fant ingen virksomhet med organisasjonsnummer");
    }

    @Test
    void an_htmx_request_that_fails_gets_an_error_fragment_not_a_page() throws Exception {
        var response = send(get("/virksomhet/974760673")
                .header("Accept", "text/html")
                .header("HX-Request", "true")
                .build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Fant ingen virksomhet").doesNotContain("<html");
    }

    @Test
    void an_unknown_page_is_a_404_page_without_internals() throws Exception {
        var response = send(get("/finnes/ikke").header("Accept", "text/html").build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Finnes ikke").doesNotContain("Exception", "at no.iaverk");
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
