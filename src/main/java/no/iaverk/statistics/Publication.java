package no.iaverk.statistics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import no.iaverk.shared.ConflictException;
import no.iaverk.shared.NotFoundException;
import no.iaverk.shared.Quarter;
import no.iaverk.shared.SingleRun;
import no.iaverk.statistics.internal.SnapshotBuilder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which quarter is published, and publishing one. A quarter becomes the current one at NAV's publication date (a
 * scheduled check) or when an admin publishes it; publishing computes the snapshot that prioritisation reads. Only a
 * quarter at least as new as the current one can be published: the current quarter never moves back.
 */
@Service
@Transactional
public class Publication {

    private static final Logger log = LoggerFactory.getLogger(Publication.class);

    private final JdbcClient jdbc;
    private final SnapshotBuilder snapshot;
    private final Clock clock;

    private final ApplicationEventPublisher events;
    private final Timer publications;
    private final SingleRun singleRun;

    /** The scheduled publication check's job name, also the lock every publication takes. */
    public static final String PUBLICATION_JOB = "statistics.publication-check";

    Publication(
            JdbcClient jdbc,
            SnapshotBuilder snapshot,
            Clock clock,
            ApplicationEventPublisher events,
            MeterRegistry meters,
            SingleRun singleRun) {
        this.jdbc = jdbc;
        this.singleRun = singleRun;
        this.snapshot = snapshot;
        this.clock = clock;
        this.events = events;
        this.publications = Timer.builder("iaverk.statistics.publications")
                .description("Publications of a quarter (the snapshot and what listens to it) and their duration")
                .register(meters);
    }

    /** The published quarter everything reads, if any quarter is published yet. */
    @Transactional(readOnly = true)
    public Optional<Quarter> current() {
        return jdbc.sql("""
                select year, quarter from sick_leave_quarter where published_at is not null
                order by year desc, quarter desc limit 1
                """).query(Quarter.class).optional();
    }

    /** Publishes an imported quarter now (as {@code by}) and rebuilds the snapshot. */
    public QuarterStatus publish(Quarter quarter, String by) {
        long started = System.nanoTime();
        QuarterStatus status = publishNow(quarter, by);
        publications.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        return status;
    }

    private QuarterStatus publishNow(Quarter quarter, String by) {
        // One publication at a time across instances: an admin's beside the scheduled check waits for it.
        singleRun.waitForTurn(PUBLICATION_JOB);
        if (!imported(quarter)) {
            throw new QuarterNotImported(quarter);
        }
        current().filter(current -> current.compareTo(quarter) > 0).ifPresent(current -> {
            throw new NewerQuarterPublished(quarter, current);
        });
        jdbc.sql("""
                update sick_leave_quarter set published_at = coalesce(published_at, now()),
                    published_by = coalesce(published_by, :by)
                where year = :year and quarter = :quarter
                """)
                .param("by", by)
                .param("year", quarter.year())
                .param("quarter", quarter.quarter())
                .update();
        long rows = snapshot.build(quarter);
        events.publishEvent(new SnapshotPublished(quarter));
        log.info("Published {}: snapshot of {} enterprises", quarter, rows);
        return status(quarter);
    }

    /**
     * After an import: publishes the imported quarter when its publication date has come, or refreshes the snapshot
     * when the import changed a quarter the current figures are computed from. Returns whether the quarter is
     * published now.
     */
    public boolean afterImport(Quarter imported) {
        Optional<Quarter> current = current();
        boolean due =
                dueDate(imported).filter(date -> !date.isAfter(clock.instant())).isPresent();
        if (due && current.map(c -> c.compareTo(imported) <= 0).orElse(true)) {
            publish(imported, "publiseringsdato");
            return true;
        }
        if (current.filter(c -> !imported.isAfter(c) && !imported.isBefore(c.yearBefore()))
                .isPresent()) {
            refresh();
        }
        return isPublished(imported);
    }

    /** Rebuilds the current quarter's snapshot from the stored figures, and lets the call lists follow. */
    public void refresh() {
        current().ifPresent(c -> {
            snapshot.build(c);
            events.publishEvent(new SnapshotPublished(c));
        });
    }

    /**
     * Publishes the newest imported quarter whose publication date has passed, if it is newer. Every minute, on one
     * instance of several ({@code internal.PublicationCheck}).
     */
    public void publishDueQuarters() {
        dueUnpublished().stream()
                .filter(quarter ->
                        current().map(current -> current.compareTo(quarter) < 0).orElse(true))
                .reduce((first, second) -> second)
                .ifPresent(quarter -> publish(quarter, "publiseringsdato"));
    }

    @Transactional(readOnly = true)
    public List<QuarterStatus> quarters() {
        Optional<Quarter> current = current();
        return jdbc.sql("""
                select coalesce(q.year, d.year) as year, coalesce(q.quarter, d.quarter) as quarter,
                       q.year is not null as imported, q.imported_at, coalesce(q.enterprise_rows, 0) as enterprise_rows,
                       d.public_at, q.published_at, q.published_by
                from sick_leave_quarter q
                full join sick_leave_publication_date d on d.year = q.year and d.quarter = q.quarter
                order by 1 desc, 2 desc
                """)
                .query((rs, row) -> {
                    Quarter quarter = Quarter.of(rs.getInt("year"), rs.getInt("quarter"));
                    return new QuarterStatus(
                            quarter,
                            rs.getBoolean("imported"),
                            instant(rs.getTimestamp("imported_at")),
                            rs.getInt("enterprise_rows"),
                            instant(rs.getTimestamp("public_at")),
                            instant(rs.getTimestamp("published_at")),
                            rs.getString("published_by"),
                            current.map(quarter::equals).orElse(false));
                })
                .list();
    }

    @Transactional(readOnly = true)
    public QuarterStatus status(Quarter quarter) {
        return quarters().stream()
                .filter(status -> status.quarter().equals(quarter))
                .findFirst()
                .orElseThrow(() -> new QuarterNotImported(quarter));
    }

    @Transactional(readOnly = true)
    public Optional<Instant> dueDate(Quarter quarter) {
        return jdbc.sql("select public_at from sick_leave_publication_date where year = :year and quarter = :quarter")
                .param("year", quarter.year())
                .param("quarter", quarter.quarter())
                .query(Instant.class)
                .optional();
    }

    private List<Quarter> dueUnpublished() {
        return jdbc.sql("""
                select q.year, q.quarter from sick_leave_quarter q
                join sick_leave_publication_date d on d.year = q.year and d.quarter = q.quarter
                where q.published_at is null and d.public_at <= :now
                order by q.year, q.quarter
                """)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .query(Quarter.class)
                .list();
    }

    private boolean imported(Quarter quarter) {
        return jdbc.sql("select exists (select 1 from sick_leave_quarter where year = :year and quarter = :quarter)")
                .param("year", quarter.year())
                .param("quarter", quarter.quarter())
                .query(Boolean.class)
                .single();
    }

    private boolean isPublished(Quarter quarter) {
        return jdbc.sql("select exists (select 1 from sick_leave_quarter where year = :year and quarter = :quarter"
                        + " and published_at is not null)")
                .param("year", quarter.year())
                .param("quarter", quarter.quarter())
                .query(Boolean.class)
                .single();
    }

    private static @Nullable Instant instant(java.sql.@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static class QuarterNotImported extends NotFoundException {
        QuarterNotImported(Quarter quarter) {
            super("Kvartalet " + quarter + " er ikke importert.");
        }
    }

    static class NewerQuarterPublished extends ConflictException {
        NewerQuarterPublished(Quarter quarter, Quarter current) {
            super("Kan ikke publisere %s: %s er allerede publisert, og gjeldende kvartal går ikke bakover."
                    .formatted(quarter, current));
        }
    }
}
