package no.iaverk.knowledge;

/** Whom a measure is aimed at ("scope", not "level": level means TOP/UNIT for collaborations). */
public enum KnowledgeScope {
    ORGANISATION,
    GROUP,
    INDIVIDUAL
}
