package no.iaverk.employer;

import org.jspecify.annotations.Nullable;

/**
 * An admin's grant: a user (an existing employer login, or a new one with a display name and a password) represents
 * the legal unit with this org. number.
 */
public record NewGrant(
        String username,
        @Nullable String displayName,
        @Nullable String password,
        String orgNumber) {}
