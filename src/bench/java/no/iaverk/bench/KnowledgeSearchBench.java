package no.iaverk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.iaverk.knowledge.KnowledgeLibrary;
import no.iaverk.knowledge.KnowledgeQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Knowledge library search over HTTP: the search page's results (what htmx fetches as a person types, logged in with
 * a session) for words, Norwegian inflections, misspellings, phrases, facets alone and filters, over the whole shipped
 * library, and {@code GET /api/knowledge} for the same queries. Every call computes the hits, the ranking and all
 * facet counts. The API authenticates every call with HTTP Basic, so its figure includes a bcrypt check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "iaverk.demo.enabled=false")
class KnowledgeSearchBench {

    /** Query strings as a person types them; each kind is timed on its own and all together. */
    static final List<List<String>> KINDS = List.of(
            List.of("gravide", "gravid", "sykmeldte", "sykemeldt", "ledelse", "langtidsfravær", "barnehage",
                    "turnus", "arbeidsmiljø", "tilrettelegging"),
            List.of("gult kort", "dialogmøte 1", "partssamarbeid i kommunen", "psykisk helse", "muskel og skjelett",
                    "friskt arbeidsliv", "oppfølging av sykmeldte", "nærværsarbeid i sykehjem"),
            List.of("gravidde", "sykmelldte", "tilretteleging", "barnehagee", "arbeidsmilø", "ledlese", "nærvær",
                    "turnuss"),
            List.of(""),
            List.of("type=MEASURE", "type=EVIDENCE&evidence=STRONG", "industryProgramme=BARNEHAGER",
                    "scope=ORGANISATION&type=MEASURE", "theme=Langtidsfravær", "q=ledelse&type=MEASURE&page=2"));

    static final List<String> NAMES = List.of(
            "one word", "phrase", "misspelt", "no text (facets of everything)", "filters (with and without text)");

    static final String PAGE = "/kunnskap";
    static final String API = "/api/knowledge";
    static final String BASIC = Base64.getEncoder().encodeToString("leser:demo".getBytes(StandardCharsets.UTF_8));

    @Autowired
    KnowledgeLibrary library;

    @LocalServerPort
    int port;

    /** The page's session: logged in once through the login form, as a person is. */
    final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void search_latency_over_the_library() throws Exception {
        logIn();
        String all = get(API, "");
        assertThat(all).as("the library is loaded").contains("\"total\"");
        System.out.printf("%nKNOWLEDGE search over HTTP, library: %s%n", all.replaceAll("(?s).*\"total\":(\\d+).*", "$1 items"));
        List<String> every = new ArrayList<>();
        List<Timings.Result> results = new ArrayList<>();
        for (int k = 0; k < KINDS.size(); k++) {
            List<String> queries = KINDS.get(k).stream().map(KnowledgeSearchBench::parameters).toList();
            every.addAll(queries);
            results.add(measure("page: " + NAMES.get(k), PAGE, queries, 400));
        }
        results.add(measure("page: all kinds mixed", PAGE, every, 2000));
        results.add(measure("API (HTTP Basic): all kinds mixed", API, every, 400));
        int[] next = {0};
        results.add(Timings.measure("service only (the SQL): all kinds mixed", 50, 2000, () -> library.search(
                query(every.get(next[0]++ % every.size())))));
        results.forEach(r -> System.out.println("KNOWLEDGE " + r));
    }

    private Timings.Result measure(String name, String path, List<String> queries, int runs) {
        int[] next = {0};
        return Timings.measure(name, 50, runs, () -> get(path, queries.get(next[0]++ % queries.size())));
    }

    /** A bare word or phrase is the q parameter; a string with '=' is a parameter list. */
    private static String parameters(String query) {
        if (query.contains("=")) {
            return query.replace("Langtidsfravær", URLEncoder.encode("Langtidsfravær", StandardCharsets.UTF_8));
        }
        return "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** The parameters as the controllers read them. */
    private static KnowledgeQuery query(String parameters) {
        Map<String, String> values = new HashMap<>();
        for (String pair : parameters.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return KnowledgeQuery.of(
                values.get("q"),
                values.get("type"),
                values.get("industryProgramme"),
                values.get("scope"),
                values.get("theme"),
                values.get("evidence"),
                values.get("sourceKind"),
                values.get("page"));
    }

    private void logIn() throws Exception {
        String page = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the login form has a CSRF token").isTrue();
        String form = "username=leser&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private String get(String path, String parameters) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "?" + parameters));
        if (path.equals(API)) {
            request.header("Authorization", "Basic " + BASIC).header("Accept", "application/json");
        } else {
            request.header("HX-Request", "true");
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(parameters + " → " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
