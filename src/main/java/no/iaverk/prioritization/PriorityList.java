package no.iaverk.prioritization;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import no.iaverk.prioritization.internal.ListExporter;
import no.iaverk.prioritization.internal.PriorityQuery;
import no.iaverk.prioritization.internal.PriorityRows;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.Publication;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Call lists: the workplaces that match a filter (and a rule set), ranked, a page at a time or exported whole. The
 * figures are the published quarter's; masked enterprises show no figures and drop out of any sick-leave condition.
 */
@Service
@Transactional(readOnly = true)
public class PriorityList {

    private final PriorityRows sql;
    private final RuleSets ruleSets;
    private final Publication publication;
    private final PriorityFilters filters;
    private final CallListText text;
    private final Clock clock;
    private final Timer queries;

    private final ExecutorService counting = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "priority-count");
        thread.setDaemon(true);
        return thread;
    });

    PriorityList(
            PriorityRows sql,
            RuleSets ruleSets,
            Publication publication,
            PriorityFilters filters,
            CallListText text,
            Clock clock,
            MeterRegistry meters) {
        this.sql = sql;
        this.ruleSets = ruleSets;
        this.publication = publication;
        this.filters = filters;
        this.text = text;
        this.clock = clock;
        this.queries = Timer.builder("iaverk.prioritization.queries")
                .description("Call-list pages read (the page and its total)")
                .register(meters);
    }

    /**
     * A page and the total. The count runs on its own connection while the page is read: both scan the same rows, and
     * side by side a list comes back in the time of the slower one. No transaction is held here: a transaction kept
     * open while waiting for another connection would hold up the candidates' swap, which the count would then wait
     * behind, and neither would ever finish.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PriorityPage page(PriorityFilter filter, CurrentUser user) {
        Timer.Sample sample = Timer.start();
        PriorityPage page = read(filter, user);
        sample.stop(queries);
        return page;
    }

    private PriorityPage read(PriorityFilter filter, CurrentUser user) {
        PriorityQuery query = query(filter, user);
        CompletableFuture<Long> total = CompletableFuture.supplyAsync(() -> sql.count(query), counting);
        // The page's enterprises first, from the index alone where it can; then their rows.
        List<String> page = sql.page(query, filter.size(), filter.offset());
        Map<String, PriorityRow> found = new HashMap<>();
        sql.rows(page).forEach(row -> found.put(row.orgNumber(), row));
        List<PriorityRow> rows =
                page.stream().map(found::get).filter(Objects::nonNull).toList();
        return new PriorityPage(
                join(total), filter.page(), filter.size(), publishedQuarter(), sql.withTrials(sql.withCases(rows)));
    }

    private static long join(CompletableFuture<Long> total) {
        try {
            return total.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @PreDestroy
    void stop() {
        counting.shutdownNow();
    }

    /**
     * Writes the whole filtered list, not just a page, streaming rows from the database to the file, with the filters
     * and the published quarter at its head. Returns the organisation numbers written, for the audit log.
     */
    public List<String> export(PriorityFilter filter, ExportFormat format, CurrentUser user, OutputStream out) {
        List<String> written = new ArrayList<>();
        RuleSet ruleSet = filter.ruleSet() == null ? null : ruleSets.get(filter.ruleSet(), user);
        PriorityQuery query = new PriorityQuery(filter, ruleSet);
        ListExporter.Layout layout = layout(filter, ruleSet, user);
        // The trials' allocations are few (running trials randomised before contact): read them whole, then stream.
        Map<String, TrialMarker> trials = sql.trialMarkers();
        try (ListExporter exporter = ListExporter.of(format, out, layout);
                var rows = sql.stream(query)) {
            rows.forEach(row -> {
                TrialMarker trial = trials.get(row.orgNumber());
                exporter.row(trial == null ? row : row.withTrial(trial));
                written.add(row.orgNumber());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /**
     * Every workplace of the whole filtered list (not a page), in the list's order: what a trial freezes as its eligible
     * workplaces at start.
     */
    public List<String> orgNumbers(PriorityFilter filter, CurrentUser user) {
        return sql.orgNumbers(query(filter, user));
    }

    /**
     * The file's words: what the list is, which quarter's figures, when it was taken out (Norwegian time, to the
     * minute), and its filters as the page names them.
     */
    private ListExporter.Layout layout(PriorityFilter filter, @Nullable RuleSet ruleSet, CurrentUser user) {
        Quarter published = publishedQuarter();
        List<String[]> head = new ArrayList<>();
        head.add(new String[] {text.get("priority.export.title")});
        head.add(new String[] {
            text.get("priority.export.quarter"),
            published == null ? text.get("priority.export.noQuarter") : text.quarter(published)
        });
        head.add(new String[] {text.get("priority.export.exported"), text.time(clock.instant())});
        filters.describe(filter, ruleSet, user).forEach((label, value) -> head.add(new String[] {label, value}));
        List<String> columns = COLUMN_KEYS.stream()
                .map(key -> text.get("priority.export." + key))
                .toList();
        return new ListExporter.Layout(
                text.get("priority.export.sheet"),
                head,
                columns,
                text.get("priority.masked"),
                text.get("priority.partlyMasked"),
                text::caseStatus,
                trial -> trial.outreach()
                        ? text.get("priority.export.trialCandidate", trial.trialName(), trial.armName())
                        : text.get("priority.export.trialControl", trial.trialName()));
    }

    /** The exported columns, in {@link ListExporter#cells} order. */
    private static final List<String> COLUMN_KEYS = List.of(
            "orgNumber",
            "name",
            "municipality",
            "employees",
            "lost",
            "possible",
            "percent",
            "benchmark",
            "potential",
            "trend",
            "masked",
            "caseStatus",
            "owner",
            "trial");

    public @Nullable Quarter publishedQuarter() {
        return publication.current().orElse(null);
    }

    private PriorityQuery query(PriorityFilter filter, CurrentUser user) {
        RuleSet ruleSet = filter.ruleSet() == null ? null : ruleSets.get(filter.ruleSet(), user);
        return new PriorityQuery(filter, ruleSet);
    }
}
