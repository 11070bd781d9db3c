package no.iaverk.trials;

/** What a trial may stratify by, at most two of them. */
public enum StratumFactor {
    INDUSTRY_PROGRAMME,
    /** The legal unit's employees over its eligible workplaces: under 20 (5–19), 20–49, 50–99, 100–249, 250+. */
    SIZE_BAND,
    COUNTY,
    /** The tertile of the legal unit's baseline percent among the eligible; NONE without a baseline. */
    BASELINE_TERTILE
}
