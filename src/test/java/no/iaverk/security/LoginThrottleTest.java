package no.iaverk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import no.iaverk.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** After 10 failed logins for a user name or from an address, further attempts wait, growing; all of it logged. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleTest {

    static final String WRONG = "Gjett-123";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void forget() {
        jdbc.sql("truncate login_failure").update();
    }

    @Test
    void after_ten_failures_the_api_answers_429_until_the_wait_is_over_and_then_a_right_password_works(
            CapturedOutput output) {
        for (int i = 0; i < 10; i++) {
            assertThat(basic("leser", WRONG, "10.0.0.1")).hasStatus(HttpStatus.UNAUTHORIZED);
        }

        // Even the right password is refused while the user must wait: the password is not even checked.
        justFailed();
        var refused = basic("leser", "demo", "10.0.0.1");
        assertThat(refused)
                .hasStatus(HttpStatus.TOO_MANY_REQUESTS)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        String retryAfter = refused.getResponse().getHeader("Retry-After");
        assertThat(retryAfter).matches("[1-9][0-9]*");
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("For mange mislykkede innlogginger. Vent " + retryAfter + " sekunder og prøv igjen.");
        // Per user name: from another address too. Per address: another user from there too.
        assertThat(basic("leser", "demo", "10.0.0.2")).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(basic("saksbehandler", "demo", "10.0.0.1")).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        // Another user from another address is not held up.
        assertThat(basic("saksbehandler", "demo", "10.0.0.3")).hasStatusOk();

        waitIsOver();
        assertThat(basic("leser", "demo", "10.0.0.2")).hasStatusOk();
        assertThat(jdbc.sql("select count(*) from login_failure where key = 'user:leser'")
                        .query(Long.class)
                        .single())
                .as("a successful login forgets the user's failures")
                .isZero();

        assertThat(output).contains("Login throttled", "leser", "10.0.0.1").doesNotContain(WRONG);
    }

    @Test
    void nine_failures_do_not_hold_anyone_up() {
        for (int i = 0; i < 9; i++) {
            assertThat(basic("leser", WRONG, "10.0.1.1")).hasStatus(HttpStatus.UNAUTHORIZED);
        }
        justFailed();

        assertThat(basic("leser", "demo", "10.0.1.1")).hasStatusOk();
    }

    @Test
    void the_login_form_says_how_long_to_wait() {
        for (int i = 0; i < 10; i++) {
            assertThat(form("superbruker", WRONG, "10.0.2.1"))
                    .hasStatus(HttpStatus.FOUND)
                    .redirectedUrl()
                    .isEqualTo("/login?error");
        }

        justFailed();
        assertThat(form("superbruker", "demo", "10.0.2.1"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .startsWith("/login?vent=");
        assertThat(mvc.get().uri("/login?vent=5"))
                .bodyText()
                .contains("For mange mislykkede innlogginger. Vent 5 sekunder og prøv igjen.");

        waitIsOver();
        assertThat(form("superbruker", "demo", "10.0.2.1"))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/");
    }

    /**
     * The throttle counts from the last failure. Setting it a little into the future makes "the next attempt comes
     * right after the last failure" true however slow the machine; setting it a minute back is the wait being over.
     */
    private void justFailed() {
        jdbc.sql("update login_failure set last_failure = now() + interval '1 minute'")
                .update();
    }

    private void waitIsOver() {
        jdbc.sql("update login_failure set last_failure = now() - interval '1 minute'")
                .update();
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult basic(
            String username, String password, String address) {
        return mvc.get()
                .uri("/api/units")
                .with(httpBasic(username, password))
                .with(from(address))
                .exchange();
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult form(
            String username, String password, String address) {
        return mvc.post()
                .uri("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from(address))
                .exchange();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
