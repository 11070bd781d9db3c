package no.iaverk.evaluation;

/**
 * One workplace's published quarterly figures as the estimator sees them: index {@code q} is the panel's quarter
 * {@code q}. A quarter with fewer than five persons (masked, or no figures) is missing: never used, never shown.
 *
 * @param legalUnit the enterprise it belongs to: its workplaces share shocks, so a comparison's enterprise is the
 *     unit the bootstrap resamples
 * @param cell the matching cell: the industry programme, or the 2-digit industry when the workplace is in none
 */
public record WorkplaceSeries(
        String orgNumber, String legalUnit, String cell, int[] persons, double[] lost, double[] possible) {

    static final int MIN_PERSONS = 5;

    public WorkplaceSeries {
        if (persons.length != lost.length || lost.length != possible.length) {
            throw new IllegalArgumentException("persons, lost and possible must cover the same quarters");
        }
    }

    public int quarters() {
        return persons.length;
    }

    /** Whether quarter {@code q} has a figure the estimator may use. */
    boolean observed(int q) {
        return q >= 0 && q < persons.length && persons[q] >= MIN_PERSONS && possible[q] > 0;
    }

    /** Sick-leave percent of quarter {@code q}; only for an observed quarter. */
    double percent(int q) {
        return lost[q] / possible[q] * 100;
    }
}
