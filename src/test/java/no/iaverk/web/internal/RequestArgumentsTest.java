package no.iaverk.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import no.iaverk.security.CurrentUser;
import no.iaverk.security.TestUsers;
import no.iaverk.shared.OrgNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web module's request plumbing on a real server (MockMvc does not forward to the error page): a bad org. number in
 * a path or a parameter is one Norwegian 400, a problem detail for the API and the error page for pages, and a
 * controller gets the logged-in person as a parameter. Two small controllers of this test take an org. number as a
 * request parameter, which no controller of iaverk does yet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestArgumentsTest {

    static final String NOT_NINE_DIGITS = "Organisasjonsnummer «12» er ikke ni siffer.";
    static final String WRONG_CHECK_DIGIT = "Organisasjonsnummer «974760672» har feil kontrollsiffer (MOD11).";

    /** Member classes of a test configuration are registered as beans of it. */
    @TestConfiguration
    static class ProbeControllers {

        @RestController
        static class ApiProbe {
            @GetMapping("/api/probe")
            String probe(@RequestParam OrgNumber org, CurrentUser user) {
                return org.value() + " " + user.username();
            }
        }

        @Controller
        static class PageProbe {
            @GetMapping("/probe")
            @ResponseBody
            String probe(@RequestParam OrgNumber org, CurrentUser user) {
                return org.value() + " " + user.username();
            }
        }
    }

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @AfterEach
    void forgetTheUser() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_bad_org_number_in_an_api_path_is_the_one_norwegian_400_problem() throws Exception {
        for (String path :
                new String[] {"/api/enterprises/12", "/api/enterprises/12/sick-leave", "/api/enterprises/12/cases"}) {
            var response = send(api(path));

            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).as(path).contains("\"detail\":\"" + NOT_NINE_DIGITS + "\"");
        }
    }

    @Test
    void a_bad_org_number_in_an_api_parameter_is_the_same_problem_naming_the_parameter() throws Exception {
        var response = send(api("/api/probe?org=12"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"detail\":\"" + NOT_NINE_DIGITS + "\"", "\"parameter\":\"org\"");
    }

    @Test
    void a_bad_org_number_in_a_page_path_or_parameter_is_the_error_page_with_the_same_words() throws Exception {
        logIn();
        for (String path : new String[] {
            "/virksomhet/974760672",
            "/virksomhet/974760672/sykefravaer",
            "/virksomhet/974760672/saker",
            "/probe?org=974760672"
        }) {
            var response = send(page(path).header("Accept", "text/html").build());

            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body())
                    .as(path)
                    .contains("<html", WRONG_CHECK_DIGIT)
                    .doesNotContain("Exception");
        }
    }

    @Test
    void a_good_org_number_and_the_logged_in_person_reach_the_controller() throws Exception {
        assertThat(send(api("/api/probe?org=974760673")).body()).isEqualTo("974760673 leser");
        logIn();
        assertThat(send(page("/probe?org=974760673").build()).body()).isEqualTo("974760673 leser");
    }

    @Test
    void the_resolver_gives_the_logged_in_person_and_refuses_without_one() {
        var resolver = new RequestArguments.CurrentUserResolver();
        assertThatThrownBy(() -> resolver.resolveArgument(null, null, null, null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        var principal = TestUsers.admin();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        assertThat(resolver.resolveArgument(null, null, null, null)).isEqualTo(principal.currentUser());
    }

    @Test
    void the_converter_reads_a_valid_number_and_says_what_is_wrong_with_a_bad_one() {
        var converter = new RequestArguments.OrgNumberConverter();
        assertThat(converter.convert("974760673")).isEqualTo(OrgNumber.of("974760673"));
        assertThatThrownBy(() -> converter.convert("12")).hasMessage(NOT_NINE_DIGITS);
        assertThatThrownBy(() -> converter.convert("")).hasMessage("Mangler organisasjonsnummer.");
    }

    @Test
    void the_api_description_shows_no_user_parameter_and_the_org_number_as_a_string() throws Exception {
        String description = send(api("/v3/api-docs")).body();

        assertThat(description)
                .contains("/api/enterprises/{orgNumber}")
                .doesNotContain("CurrentUser", "displayName", "\"name\":\"user\"");
        assertThat(description)
                .contains(
                        "{\"name\":\"orgNumber\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}");
    }

    private void logIn() throws Exception {
        String loginPage = send(page("/login").build()).body();
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(token.find()).isTrue();
        String form = "username=leser&password=demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        var response = send(page("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        assertThat(response.statusCode()).isEqualTo(302);
    }

    private HttpRequest api(String path) {
        return page(path)
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("leser:demo".getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
