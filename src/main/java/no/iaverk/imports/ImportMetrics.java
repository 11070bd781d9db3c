package no.iaverk.imports;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The imports' meters on {@code /actuator/prometheus}: {@code iaverk.imports} (a timer per kind and outcome: how many
 * runs and how long they took) and {@code iaverk.imports.rows} (records accepted and rejected per kind).
 */
final class ImportMetrics {

    private final MeterRegistry meters;

    ImportMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void succeeded(ImportKind kind, ImportReport report, long nanos) {
        timer(kind, "succeeded").record(nanos, TimeUnit.NANOSECONDS);
        rows(kind, "accepted").increment(report.accepted());
        rows(kind, "rejected").increment(report.rejected());
    }

    void failed(ImportKind kind, long nanos) {
        timer(kind, "failed").record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer timer(ImportKind kind, String outcome) {
        return Timer.builder("iaverk.imports")
                .description("Import runs and their duration")
                .tag("kind", tag(kind))
                .tag("outcome", outcome)
                .register(meters);
    }

    private Counter rows(ImportKind kind, String result) {
        return Counter.builder("iaverk.imports.rows")
                .description("Records an import accepted or rejected")
                .tag("kind", tag(kind))
                .tag("result", result)
                .register(meters);
    }

    private static String tag(ImportKind kind) {
        return kind.code().toLowerCase(Locale.ROOT);
    }
}
