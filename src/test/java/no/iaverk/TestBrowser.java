package no.iaverk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** One person's browser over real HTTP: its cookies go to whichever instance it calls (cookies are per host, not port). */
final class TestBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private final HttpClient noRedirects = HttpClient.newBuilder()
            .cookieHandler(http.cookieHandler().orElseThrow())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    void logIn(ConfigurableApplicationContext instance, String username) throws Exception {
        String token = csrf(instance, "/login");
        HttpResponse<String> response =
                post(instance, "/login", Map.of("username", username, "password", "demo", "_csrf", token));
        assertThat(response.statusCode()).as("login").isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }

    String csrf(ConfigurableApplicationContext instance, String path) throws Exception {
        Matcher matcher = CSRF.matcher(get(instance, path).body());
        assertThat(matcher.find()).as("a CSRF token on " + path).isTrue();
        return matcher.group(1);
    }

    HttpResponse<String> get(ConfigurableApplicationContext instance, String path) throws Exception {
        return http.send(request(instance, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(ConfigurableApplicationContext instance, String path, Map<String, String> form)
            throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return noRedirects.send(
                request(instance, path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    void json(ConfigurableApplicationContext instance, String path, String json, int expectedStatus) throws Exception {
        HttpResponse<String> response = http.send(
                request(instance, path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expectedStatus);
    }

    HttpResponse<String> basic(ConfigurableApplicationContext instance, String path, String username) throws Exception {
        return http.send(
                request(instance, path)
                        .header("Authorization", basicAuth(username))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> basicPost(ConfigurableApplicationContext instance, String path, String username)
            throws Exception {
        return http.send(
                request(instance, path)
                        .header("Authorization", basicAuth(username))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The server-sent events' data lines, as they come, in the background. */
    BlockingQueue<String> events(ConfigurableApplicationContext instance, String path) {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        http.sendAsync(
                        request(instance, path)
                                .header("Accept", "text/event-stream")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body()
                        .filter(line -> line.startsWith("data:"))
                        .map(line -> line.substring("data:".length()).trim())
                        .forEach(events::add));
        return events;
    }

    private static String basicAuth(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(ConfigurableApplicationContext instance, String path) {
        String local = path.replaceFirst("^https?://[^/]+", "");
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port(instance) + local))
                .timeout(Duration.ofMinutes(2));
    }

    private static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }
}
