package no.iaverk.register;

import org.jspecify.annotations.Nullable;

/**
 * The register changed: one enterprise (its organisation number), or, after an import, possibly any of them (null).
 * Published after the change is committed.
 */
public record RegisterChanged(@Nullable String orgNumber) {

    public static RegisterChanged all() {
        return new RegisterChanged(null);
    }
}
