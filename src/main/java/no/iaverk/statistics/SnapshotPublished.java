package no.iaverk.statistics;

import no.iaverk.shared.Quarter;

/** The snapshot of a published quarter was (re)built; published after the transaction commits. */
public record SnapshotPublished(Quarter quarter) {}
