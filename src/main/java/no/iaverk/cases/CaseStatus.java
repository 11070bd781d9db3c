package no.iaverk.cases;

/** Where a case stands. The first four are open; an enterprise has at most one open case. */
public enum CaseStatus {
    ASSESSING,
    CONTACTING,
    MAPPING,
    ASSISTING,
    COMPLETED,
    NOT_RELEVANT;

    public boolean open() {
        return this != COMPLETED && this != NOT_RELEVANT;
    }
}
