package no.iaverk.knowledge.followup;

/** Who a duty of the follow-up belongs to; the order is the order duties of one day are listed in. */
public enum Actor {
    EMPLOYER,
    EMPLOYEE,
    DOCTOR,
    NAV
}
