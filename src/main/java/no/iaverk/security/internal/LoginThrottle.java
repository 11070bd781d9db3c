package no.iaverk.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per user name and per client address in the database, so the count holds on every instance,
 * and says how long the next attempt must wait: nothing up to {@code maxFailures}, then a delay that doubles with every
 * further failure. Guessing passwords for one user, or for many users from one address, slows to a crawl; a person who
 * mistyped waits seconds.
 */
@Component
@EnableConfigurationProperties(LoginThrottleProperties.class)
class LoginThrottle {

    private static final int MAX_KEY = 200;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LoginThrottleProperties settings;

    LoginThrottle(JdbcClient jdbc, Clock clock, LoginThrottleProperties settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** How long an attempt for this user from this address must still wait, if at all. */
    Optional<Duration> waitFor(String username, @Nullable String address) {
        Instant now = clock.instant();
        return jdbc
                .sql("select failures, last_failure from login_failure where key in (:keys)")
                .param("keys", keys(username, address))
                .query((row, n) -> waitAfter(
                        row.getInt("failures"),
                        row.getObject("last_failure", OffsetDateTime.class).toInstant(),
                        now))
                .list()
                .stream()
                .flatMap(Optional::stream)
                .max(Duration::compareTo);
    }

    /** Counts a failure for both keys; a count whose last failure is older than the window starts over. */
    void failed(String username, @Nullable String address) {
        Instant now = clock.instant();
        Instant forgotten = now.minus(settings.window());
        jdbc.sql("delete from login_failure where last_failure < :forgotten")
                .param("forgotten", OffsetDateTime.ofInstant(forgotten, clock.getZone()))
                .update();
        for (String key : keys(username, address)) {
            jdbc.sql("""
                    insert into login_failure (key, failures, last_failure) values (:key, 1, :now)
                    on conflict (key) do update set last_failure = :now,
                        failures = case when login_failure.last_failure < :forgotten then 1
                                        else login_failure.failures + 1 end
                    """)
                    .param("key", key)
                    .param("now", OffsetDateTime.ofInstant(now, clock.getZone()))
                    .param("forgotten", OffsetDateTime.ofInstant(forgotten, clock.getZone()))
                    .update();
        }
    }

    /** The user got in: their count is forgotten. The address keeps its count, or one account would unlock it. */
    void succeeded(String username) {
        jdbc.sql("delete from login_failure where key = :key")
                .param("key", userKey(username))
                .update();
    }

    private Optional<Duration> waitAfter(int failures, Instant lastFailure, Instant now) {
        if (failures < settings.maxFailures() || lastFailure.isBefore(now.minus(settings.window()))) {
            return Optional.empty();
        }
        Instant until = lastFailure.plus(delay(failures));
        return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** firstDelay after maxFailures failures, twice that after one more, ..., at most maxDelay. */
    Duration delay(int failures) {
        int doublings = Math.min(failures - settings.maxFailures(), 30);
        Duration delay = settings.firstDelay().multipliedBy(1L << Math.max(doublings, 0));
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    private static List<String> keys(String username, @Nullable String address) {
        return address == null ? List.of(userKey(username)) : List.of(userKey(username), limit("address:" + address));
    }

    private static String userKey(String username) {
        return limit("user:" + username);
    }

    private static String limit(String key) {
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }
}
