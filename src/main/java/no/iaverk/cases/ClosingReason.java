package no.iaverk.cases;

/** Why a case is not relevant. SYSTEM is the automatic closing of untouched assessments; people cannot choose it. */
public enum ClosingReason {
    NAV_DECLINES,
    ENTERPRISE_DECLINES,
    SYSTEM
}
