package no.iaverk.trials;

/** When the randomisation happens. */
public enum TrialKind {
    /** The whole frozen list is randomised at start, before anyone contacts the enterprises. */
    BEFORE_CONTACT,
    /** Enterprises that agreed to a collaboration are randomised one by one as a caseworker enrols them. */
    AMONG_WILLING
}
