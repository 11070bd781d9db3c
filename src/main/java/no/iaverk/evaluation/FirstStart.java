package no.iaverk.evaluation;

/**
 * A workplace's first collaboration ever: it counts once, from this start. {@code quarter} is the panel index of the
 * start quarter (relative quarter 0); {@code collaboration} is the cluster the bootstrap resamples, because the
 * sub-units of one collaboration share shocks.
 */
public record FirstStart(String orgNumber, String collaboration, int quarter) {}
