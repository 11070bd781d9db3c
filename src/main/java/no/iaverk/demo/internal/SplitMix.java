package no.iaverk.demo.internal;

/**
 * SplitMix64, written out here so that a seed gives the same sequence on every JVM and version: the generated files
 * must be byte-identical for the same seed. Uses {@link StrictMath}, because {@link Math} may differ in the last bit
 * between the interpreter and JIT intrinsics.
 */
final class SplitMix {

    private long state;

    SplitMix(long seed) {
        this.state = mix(seed);
    }

    /** A well-mixed 64-bit hash, also used to derive values from an index without consuming the sequence. */
    static long mix(long value) {
        long z = value + 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A non-negative int below {@code bound} from a hash, for choices that must not depend on order. */
    static int pick(long hash, int bound) {
        return (int) (((hash >>> 33) * bound) >>> 31);
    }

    long nextLong() {
        state += 0x9e3779b97f4a7c15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound); bound must be positive. */
    int nextInt(int bound) {
        return pick(nextLong(), bound);
    }

    /** Uniform in [from, to]. */
    int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /** Standard normal by Box–Muller. */
    double gaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    /** Lognormal with median 1. */
    double lognormal(double sigma) {
        return StrictMath.exp(sigma * gaussian());
    }

    /** Pareto with minimum 1 and tail index alpha: heavy-tailed sizes. */
    double pareto(double alpha) {
        return StrictMath.pow(1.0 - nextDouble(), -1.0 / alpha);
    }

    /** Shuffles the first {@code length} positions of the given parallel arrays the same way (Fisher–Yates). */
    void shuffle(int length, int[]... arrays) {
        for (int i = length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            for (int[] array : arrays) {
                int swap = array[i];
                array[i] = array[j];
                array[j] = swap;
            }
        }
    }
}
