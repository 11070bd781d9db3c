package no.iaverk.trials;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a superuser asks for when designing a trial. Eligibility is a call list: a rule set and filters with the names
 * of {@code /api/prioritization} (a value may be a list, as for {@code county}). Fields are nullable as a request may
 * leave them out; {@link TrialDesigns} checks them and names each wrong one.
 */
public record TrialDesign(
        @Nullable String name,
        @Nullable String question,
        @Nullable TrialKind design,
        @Nullable List<Arm> arms,
        @Nullable Long ruleSetId,
        @Nullable Map<String, Object> filters,
        @Nullable List<StratumFactor> strata) {}
