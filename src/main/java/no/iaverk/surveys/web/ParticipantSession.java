package no.iaverk.surveys.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import no.iaverk.surveys.Participation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;

/**
 * The participant's anonymous session: a random id in a cookie scoped to the survey's own path, so one phone can take
 * part in two surveys and nothing else on the site ever sees it.
 */
final class ParticipantSession {

    static final String COOKIE = "iaverk_deltaker";

    private ParticipantSession() {}

    static void set(HttpServletResponse response, Participation.Joined joined) {
        long seconds = joined.openUntil() == null
                ? 0
                : Duration.between(Instant.now(), joined.openUntil()).toSeconds();
        response.addHeader(
                "Set-Cookie",
                ResponseCookie.from(COOKIE, joined.session().toString())
                        .path("/s/" + joined.joinCode())
                        .httpOnly(true)
                        .sameSite("Strict")
                        .maxAge(Math.max(seconds, 60))
                        .build()
                        .toString());
    }

    static @Nullable UUID get(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .map(ParticipantSession::uuid)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** The session, or a zero id that belongs to no participant (the service then refuses as for a stranger). */
    static UUID orNone(HttpServletRequest request) {
        UUID session = get(request);
        return session == null ? new UUID(0, 0) : session;
    }

    private static @Nullable UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
