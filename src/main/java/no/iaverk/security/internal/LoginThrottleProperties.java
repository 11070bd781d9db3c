package no.iaverk.security.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code iaverk.security.login-throttle}: after {@code maxFailures} failed logins for one user name, or from one
 * address, further attempts wait {@code firstDelay}, doubling with every further failure up to {@code maxDelay}.
 * Failures older than {@code window} are forgotten.
 */
@ConfigurationProperties("iaverk.security.login-throttle")
record LoginThrottleProperties(
        @DefaultValue("10") int maxFailures,
        @DefaultValue("5s") Duration firstDelay,
        @DefaultValue("15m") Duration maxDelay,
        @DefaultValue("1h") Duration window) {}
