package no.iaverk.security.internal;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password (for the login form and for HTTP Basic alike) through {@link LoginThrottle}: while the
 * user name or the address must wait, the attempt is refused without looking at the password, so waiting cannot be
 * used to keep guessing. Every refusal and every failure that starts a wait is logged, never with a password.
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthentication.class);

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthentication(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = address(authentication);
        var wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            var refused = new LoginThrottled(wait.get());
            log.warn("Login throttled: user {} from {} must wait {} s more", username, address, refused.waitSeconds());
            throw refused;
        }
        try {
            Authentication authenticated = passwords.authenticate(authentication);
            throttle.succeeded(username);
            return authenticated;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throttle.waitFor(username, address)
                    .ifPresent(next -> log.warn(
                            "Login throttled: failed logins for user {} or from {} reached the limit; next attempt in {} s",
                            username,
                            address,
                            Math.max(1, next.toSeconds())));
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private static @Nullable String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
