package no.iaverk.evaluation;

import java.lang.ref.SoftReference;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import no.iaverk.evaluation.internal.EvaluationData;
import no.iaverk.evaluation.internal.EvaluationData.FirstCollaboration;
import no.iaverk.evaluation.internal.EvaluationData.PublishedRange;
import org.jspecify.annotations.Nullable;

/**
 * What every estimate reads, loaded once per state of the data and kept, with the estimates made from it. The
 * collaborations are read on every call (a cheap query) and are part of the state, so a new or changed collaboration
 * takes effect at once, on any instance; the workplaces' series (the expensive part) are read again when a quarter is
 * published (the published range or its latest publication changes) or after {@code maxAge}, which bounds how long a
 * register change can go unseen. Nothing here holds a connection while it computes.
 */
final class EvaluationSnapshots {

    /** The data one estimate rests on; {@code version} names it in the estimates' cache. */
    record Snapshot(
            long version,
            PublishedRange range,
            List<FirstCollaboration> collaborations,
            List<WorkplaceSeries> workplaces,
            Panel panel) {}

    private record Series(PublishedRange range, Instant readAt, SoftReference<List<WorkplaceSeries>> workplaces) {}

    private record EstimateKey(long version, Object question) {}

    private static final int ESTIMATES_KEPT = 256;

    private final EvaluationData data;
    private final Duration maxAge;
    private final Clock clock;
    private @Nullable Series series;
    private @Nullable Snapshot snapshot;
    private long versions;
    private final Map<EstimateKey, Object> estimates = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<EstimateKey, Object> eldest) {
            return size() > ESTIMATES_KEPT;
        }
    };

    EvaluationSnapshots(EvaluationData data, Duration maxAge, Clock clock) {
        this.data = data;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** The current data, or null while nothing is published. */
    synchronized @Nullable Snapshot current() {
        var range = data.publishedRange();
        if (range.isEmpty()) return null;
        List<FirstCollaboration> collaborations = data.firstCollaborations();
        List<WorkplaceSeries> workplaces = workplaces(range.get());
        if (snapshot == null
                || !snapshot.range().equals(range.get())
                || !snapshot.collaborations().equals(collaborations)
                || snapshot.workplaces() != workplaces) {
            List<FirstStart> everyone = collaborations.stream()
                    .map(c -> FirstStart.of(c, range.get().first()))
                    .toList();
            snapshot =
                    new Snapshot(++versions, range.get(), collaborations, workplaces, new Panel(workplaces, everyone));
        }
        return snapshot;
    }

    /**
     * The answer to {@code question} (a filter, a collaboration) on {@code snapshot}: computed once, then kept while
     * the data stay the same. Computed outside the lock, so one slow estimate does not hold up the others.
     */
    @SuppressWarnings("unchecked")
    <T> T estimate(Snapshot snapshot, Object question, Supplier<T> compute) {
        EstimateKey key = new EstimateKey(snapshot.version(), question);
        synchronized (this) {
            Object kept = estimates.get(key);
            if (kept != null) return (T) kept;
        }
        T computed = Objects.requireNonNull(compute.get());
        synchronized (this) {
            estimates.put(key, computed);
        }
        return computed;
    }

    private List<WorkplaceSeries> workplaces(PublishedRange range) {
        Instant now = clock.instant();
        List<WorkplaceSeries> kept = series == null ? null : series.workplaces().get();
        if (kept != null
                && series.range().equals(range)
                && series.readAt().plus(maxAge).isAfter(now)) {
            return kept;
        }
        List<WorkplaceSeries> read = data.workplaces(range.first(), range.last());
        series = new Series(range, now, new SoftReference<>(read));
        return read;
    }
}
