package no.iaverk.employer;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An active grant: the person represents the legal unit, since an admin granted it. */
public record EmployerGrant(
        long id,
        String username,
        @Nullable String displayName,
        String orgNumber,
        @Nullable String enterpriseName,
        String grantedBy,
        Instant grantedAt) {}
