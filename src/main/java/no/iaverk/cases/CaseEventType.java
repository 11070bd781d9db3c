package no.iaverk.cases;

/**
 * What can happen to a case. STARTED is written when a case is created and TRANSFERRED when a superuser of another unit
 * takes it over; the rest are commands a person sends.
 */
public enum CaseEventType {
    STARTED,
    TAKE_OWNERSHIP,
    TO_CONTACTING,
    TO_MAPPING,
    TO_ASSISTING,
    COMPLETE,
    NOT_RELEVANT,
    BACK,
    FOLLOW,
    UNFOLLOW,
    TRANSFERRED;

    /** The events that move the status forward, and the status each moves to. */
    CaseStatus target() {
        return switch (this) {
            case TO_CONTACTING -> CaseStatus.CONTACTING;
            case TO_MAPPING -> CaseStatus.MAPPING;
            case TO_ASSISTING -> CaseStatus.ASSISTING;
            case COMPLETE -> CaseStatus.COMPLETED;
            case NOT_RELEVANT -> CaseStatus.NOT_RELEVANT;
            default -> throw new IllegalStateException(this + " moves no status forward");
        };
    }

    /** The status a forward move must start from; null when any open status will do. */
    CaseStatus source() {
        return switch (this) {
            case TO_CONTACTING -> CaseStatus.ASSESSING;
            case TO_MAPPING -> CaseStatus.CONTACTING;
            case TO_ASSISTING -> CaseStatus.MAPPING;
            case COMPLETE -> CaseStatus.ASSISTING;
            default -> null;
        };
    }

    boolean movesStatus() {
        return this == TO_CONTACTING
                || this == TO_MAPPING
                || this == TO_ASSISTING
                || this == COMPLETE
                || this == NOT_RELEVANT
                || this == BACK;
    }
}
