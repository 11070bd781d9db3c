package no.iaverk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class LoginThrottleDelayTest {

    private final LoginThrottle throttle = new LoginThrottle(
            JdbcClient.create(new org.springframework.jdbc.datasource.SimpleDriverDataSource()),
            Clock.systemUTC(),
            new LoginThrottleProperties(10, Duration.ofSeconds(5), Duration.ofMinutes(15), Duration.ofHours(1)));

    @Test
    void the_wait_starts_at_the_first_delay_doubles_with_every_further_failure_and_stops_growing_at_the_maximum() {
        assertThat(throttle.delay(10)).isEqualTo(Duration.ofSeconds(5));
        assertThat(throttle.delay(11)).isEqualTo(Duration.ofSeconds(10));
        assertThat(throttle.delay(12)).isEqualTo(Duration.ofSeconds(20));
        assertThat(throttle.delay(17)).isEqualTo(Duration.ofSeconds(640));
        assertThat(throttle.delay(18)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.delay(1000)).isEqualTo(Duration.ofMinutes(15));
    }
}
