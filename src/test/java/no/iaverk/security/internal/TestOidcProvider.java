package no.iaverk.security.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * A small OpenID Connect provider on a random port for the tests, speaking the protocol as ID-porten does: discovery,
 * the authorization-code flow, RS256-signed ID tokens with a {@code pid} claim, its keys, and logout. Who is "logged in
 * at the provider" is set by the test ({@link #signIn}), as if the person had already passed ID-porten's own login;
 * any further claims given there (NAV-looking roles, groups) go into the ID token as they are.
 */
final class TestOidcProvider implements AutoCloseable {

    static final String CLIENT_ID = "iaverk-test";
    static final String CLIENT_SECRET = "test-secret";

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Map<String, Object>> codes = new ConcurrentHashMap<>();
    private final List<String> logouts = new CopyOnWriteArrayList<>();
    private volatile Map<String, Object> person = Map.of();

    TestOidcProvider() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("test-key").generate();
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, discovery()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", exchange -> json(exchange, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/logout", this::logout);
        server.start();
    }

    String issuer() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The person the next authorization request is answered for: their claims, e.g. pid and name. */
    void signIn(Map<String, Object> claims) {
        person = Map.copyOf(claims);
    }

    /** The ID token hints the provider's logout was called with. */
    List<String> logouts() {
        return logouts;
    }

    private String discovery() {
        String issuer = issuer();
        return """
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
                 "jwks_uri": "%1$s/jwks", "end_session_endpoint": "%1$s/logout",
                 "response_types_supported": ["code"], "subject_types_supported": ["public"],
                 "id_token_signing_alg_values_supported": ["RS256"], "scopes_supported": ["openid", "profile"],
                 "grant_types_supported": ["authorization_code"],
                 "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"]}
                """.formatted(issuer);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        Map<String, Object> claims = new HashMap<>(person);
        if (query.get("nonce") != null) {
            claims.put("nonce", query.get("nonce"));
        }
        codes.put(code, claims);
        redirect(
                exchange,
                query.get("redirect_uri") + "?code=" + code + "&state="
                        + URLEncoder.encode(String.valueOf(query.get("state")), StandardCharsets.UTF_8));
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Map<String, Object> claims = codes.remove(String.valueOf(form.get("code")));
        if (claims == null) {
            send(exchange, 400, "application/json", "{\"error\": \"invalid_grant\"}");
            return;
        }
        json(exchange, """
                {"access_token": "%s", "token_type": "Bearer", "expires_in": 300, "scope": "openid profile",
                 "id_token": "%s"}
                """.formatted(UUID.randomUUID(), idToken(claims)));
    }

    private String idToken(Map<String, Object> claims) {
        Instant now = Instant.now();
        var builder = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject("sub-" + claims.getOrDefault("pid", "nobody"))
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)));
        claims.forEach(builder::claim);
        try {
            var jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    builder.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void logout(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        logouts.add(String.valueOf(query.get("id_token_hint")));
        redirect(exchange, String.valueOf(query.get("post_logout_redirect_uri")));
    }

    private static Map<String, String> parse(@Nullable String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.put(
                    URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        send(exchange, 200, "application/json;charset=UTF-8", body);
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
