package no.iaverk.trials;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A trial as anyone with read access sees it. It never holds the allocation before CLOSED: not the sequence, not the
 * secret, not which legal unit got which arm, not even the number enrolled per arm (which would tell what is left of a
 * block). {@code strata} is the number of eligible legal units per stratum, once started.
 */
public record Trial(
        long id,
        String name,
        String question,
        TrialKind design,
        TrialStatus status,
        List<Arm> arms,
        @Nullable Long ruleSetId,
        Map<String, String> filters,
        List<StratumFactor> strata,
        String createdBy,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable List<String> baselineQuarters,
        @Nullable Integer eligibleWorkplaces,
        @Nullable Integer eligible,
        Map<String, Integer> strataSizes,
        @Nullable String allocationDigest,
        int allocated,
        @Nullable Instant closedAt) {}
