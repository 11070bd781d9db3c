package no.iaverk.trials.analysis;

/** The follow-up periods a trial is analysed for, counted in quarters after randomisation. */
public enum Outcome {
    /** Mean sick-leave percent of quarters +1…+4. */
    FIRST_YEAR,
    /** Mean sick-leave percent of quarters +5…+8. */
    SECOND_YEAR
}
