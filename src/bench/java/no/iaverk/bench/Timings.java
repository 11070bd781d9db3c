package no.iaverk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** Runs an action repeatedly and reports percentiles of its wall-clock time in milliseconds. */
final class Timings {

    record Result(String name, int runs, double p50, double p95, double max) {
        @Override
        public String toString() {
            return "%-48s runs=%4d  p50=%8.2f ms  p95=%8.2f ms  max=%8.2f ms".formatted(name, runs, p50, p95, max);
        }
    }

    private Timings() {}

    static <T> Result measure(String name, int warmup, int runs, Supplier<T> action) {
        for (int i = 0; i < warmup; i++) {
            action.get();
        }
        List<Double> millis = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.get();
            millis.add((System.nanoTime() - start) / 1_000_000.0);
        }
        Collections.sort(millis);
        return new Result(name, runs, percentile(millis, 50), percentile(millis, 95), millis.get(millis.size() - 1));
    }

    static double percentile(List<Double> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
