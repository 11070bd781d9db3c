package no.iaverk.demo.internal;

import no.iaverk.shared.OrgNumber;

/**
 * Valid (MOD11), increasing and unique organisation numbers from a seed-dependent start, with small random gaps.
 * Legal units and sub-units walk separate ranges (9xx xxx xxx and 8xx xxx xxx), so they never meet: a range holds
 * some eight million numbers and a walk of four million units needs at most 6.6 million of them.
 */
final class OrgNumberWalk {

    /** The first eight digits where the walks start, before the seed-dependent offset of up to two million. */
    static final int LEGAL_UNITS = 90_000_000;

    static final int SUB_UNITS = 80_000_000;

    private final SplitMix gaps;
    private int firstEight;

    OrgNumberWalk(long seed, int base) {
        this.gaps = new SplitMix(seed ^ base);
        this.firstEight = base + SplitMix.pick(SplitMix.mix(seed ^ base), 20) * 100_000;
    }

    /** The next number as an int (nine digits always fit). */
    int next() {
        firstEight += 1 + gaps.nextInt(2);
        Integer check;
        // Some eight digits have no valid check digit (MOD11 gives 10); such numbers are never issued.
        while ((check = OrgNumber.checkDigit(Integer.toString(firstEight))) == null) {
            firstEight++;
        }
        return firstEight * 10 + check;
    }
}
