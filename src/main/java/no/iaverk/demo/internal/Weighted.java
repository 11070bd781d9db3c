package no.iaverk.demo.internal;

import java.util.Arrays;

/** Draws an index with probability proportional to its weight (cumulative sums and a binary search). */
final class Weighted {

    private final double[] cumulative;

    Weighted(double[] weights) {
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += Math.max(0, weights[i]);
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("Alle vektene er null");
        }
    }

    int next(SplitMix random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        // The first index whose cumulative sum exceeds the target; a zero weight never does.
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /**
     * Splits {@code total} into whole parts proportional to the weights that sum exactly to the total (largest
     * remainder, ties to the lower index).
     */
    static int[] apportion(long total, double[] weights) {
        double sum = Arrays.stream(weights).map(w -> Math.max(0, w)).sum();
        int[] parts = new int[weights.length];
        double[] remainders = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = sum == 0 ? 0 : total * Math.max(0, weights[i]) / sum;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        Integer[] order = new Integer[weights.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(remainders[b], remainders[a]));
        for (int k = 0; given < total && k < order.length; k++, given++) {
            parts[order[k]]++;
        }
        return parts;
    }
}
