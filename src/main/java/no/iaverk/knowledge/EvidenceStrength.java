package no.iaverk.knowledge;

/** The strength of evidence a source gives for an item. */
public enum EvidenceStrength {
    STRONG,
    MODERATE,
    LIMITED,
    INCONCLUSIVE,
    NONE
}
