package no.iaverk.trials;

/**
 * A started trial: how many legal units (the unit of randomisation) and workplaces were eligible, and the published
 * digest of the sealed sequence.
 */
public record TrialStarted(
        long id, TrialStatus status, int eligible, int eligibleWorkplaces, String allocationDigest) {}
