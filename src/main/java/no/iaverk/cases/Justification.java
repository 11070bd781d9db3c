package no.iaverk.cases;

/** The coded justifications for closing a case as not relevant, each under the reason it fits. */
public enum Justification {
    NO_PARTY_DIALOGUE(ClosingReason.NAV_DECLINES),
    TOO_FEW_LOST_WORKDAYS(ClosingReason.NAV_DECLINES),
    REGISTERED_IN_ERROR(ClosingReason.NAV_DECLINES),
    NO_BINDING_COLLABORATION_WANTED(ClosingReason.ENTERPRISE_DECLINES),
    NO_ANSWER(ClosingReason.ENTERPRISE_DECLINES),
    WORKS_WITH_OTHERS_OR_ALONE(ClosingReason.ENTERPRISE_DECLINES),
    UNTOUCHED_SIX_MONTHS(ClosingReason.SYSTEM);

    private final ClosingReason reason;

    Justification(ClosingReason reason) {
        this.reason = reason;
    }

    public ClosingReason reason() {
        return reason;
    }
}
