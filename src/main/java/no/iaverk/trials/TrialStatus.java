package no.iaverk.trials;

/** DRAFT → RUNNING → CLOSED; only a draft is ever changed, and the allocation is revealed at CLOSED. */
public enum TrialStatus {
    DRAFT,
    RUNNING,
    CLOSED
}
