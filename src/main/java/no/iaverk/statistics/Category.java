package no.iaverk.statistics;

/** The groupings NAV publishes sick leave for, besides single enterprises. */
public enum Category {
    /** Norway as a whole. */
    COUNTRY,
    /** State administration (1), municipal administration (2), business (3). */
    SECTOR,
    /** Two-digit NACE industry ("næring"). */
    INDUSTRY,
    /** Five-digit NACE code ("næringskode"), written with a dot: 88.911. */
    NACE_CODE,
    /** One of the IA industry programmes ("bransje"). */
    INDUSTRY_PROGRAMME
}
