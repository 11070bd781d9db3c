package no.iaverk.prioritization;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.Publication;
import no.iaverk.statistics.SickLeave;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private static final String COLUMNS = """
            select c.org_number, c.name, c.municipality_name, c.municipality_number, c.employees, c.lost, c.possible,
                   c.percent, c.benchmark_percent, c.potential, c.trend, c.masked, c.partly_masked
            """;

    private static final String CASE_COLUMNS = ", k.case_id, k.status as case_status, k.owner, k.owner_name";

    private final JdbcClient jdbc;
    private final RuleSets ruleSets;
    private final Publication publication;
    private final PriorityFilters filters;
    private final CallListText text;
    private final Clock clock;

    private final ExecutorService counting = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "priority-count");
        thread.setDaemon(true);
        return thread;
    });

    PriorityList(
            JdbcClient jdbc,
            RuleSets ruleSets,
            Publication publication,
            PriorityFilters filters,
            CallListText text,
            Clock clock) {
        this.jdbc = jdbc;
        this.ruleSets = ruleSets;
        this.publication = publication;
        this.filters = filters;
        this.text = text;
        this.clock = clock;
    }

    /**
     * A page and the total. The count runs on its own connection while the page is read: both scan the same rows, and
     * side by side a list comes back in the time of the slower one. No transaction is held here: a transaction kept
     * open while waiting for another connection would hold up the candidates' swap, which the count would then wait
     * behind, and neither would ever finish.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PriorityPage page(PriorityFilter filter, CurrentUser user) {
        PriorityQuery query = query(filter, user);
        CompletableFuture<Long> total = CompletableFuture.supplyAsync(
                () -> jdbc.sql("select count(*) from " + query.from(false) + " where " + query.where())
                        .params(query.parameters())
                        .query(Long.class)
                        .single(),
                counting);
        // The page's enterprises first, from the index alone where it can; then their rows.
        List<String> page = jdbc.sql("select c.org_number from " + query.from(false) + " where " + query.where()
                        + " order by " + query.orderBy() + " limit :limit offset :offset")
                .params(query.parameters())
                .param("limit", filter.size())
                .param("offset", filter.offset())
                .query(String.class)
                .list();
        Map<String, PriorityRow> found = new HashMap<>();
        if (!page.isEmpty()) {
            jdbc.sql(COLUMNS + " from priority_candidate c where c.org_number in (:orgs)")
                    .param("orgs", page)
                    .query((rs, row) -> row(rs, false))
                    .list()
                    .forEach(row -> found.put(row.orgNumber(), row));
        }
        List<PriorityRow> rows =
                page.stream().map(found::get).filter(Objects::nonNull).toList();
        return new PriorityPage(join(total), filter.page(), filter.size(), publishedQuarter(), withCases(rows));
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

    /** The page's rows with their enterprises' open cases, looked up for just these rows. */
    private List<PriorityRow> withCases(List<PriorityRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, OpenCase> cases = new HashMap<>();
        jdbc.sql("select org_number, case_id, status as case_status, owner, owner_name from case_enterprise"
                        + " where org_number in (:orgs) and status is not null")
                .param("orgs", rows.stream().map(PriorityRow::orgNumber).toList())
                .query(rs -> {
                    cases.put(rs.getString("org_number"), caseOf(rs));
                });
        return rows.stream()
                .map(row -> {
                    OpenCase found = cases.get(row.orgNumber());
                    return found == null ? row : found.on(row);
                })
                .toList();
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
        try (ListExporter exporter = ListExporter.of(format, out, layout);
                var rows = jdbc
                        .sql(COLUMNS + CASE_COLUMNS + " from " + query.from(true) + " where " + query.where()
                                + " order by " + query.orderBy())
                        .params(query.parameters())
                        .withFetchSize(5_000)
                        .query((rs, row) -> row(rs, true))
                        .stream()) {
            rows.forEach(row -> {
                exporter.row(row);
                written.add(row.orgNumber());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
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
                head, columns, text.get("priority.masked"), text.get("priority.partlyMasked"), text::caseStatus);
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
            "owner");

    public @Nullable Quarter publishedQuarter() {
        return publication.current().orElse(null);
    }

    private PriorityQuery query(PriorityFilter filter, CurrentUser user) {
        RuleSet ruleSet = filter.ruleSet() == null ? null : ruleSets.get(filter.ruleSet(), user);
        return new PriorityQuery(filter, ruleSet);
    }

    private static PriorityRow row(ResultSet rs, boolean withCase) throws SQLException {
        var row = new PriorityRow(
                rs.getString("org_number"),
                rs.getString("name"),
                rs.getString("municipality_name"),
                rs.getString("municipality_number"),
                (Integer) rs.getObject("employees"),
                rs.getBigDecimal("lost"),
                rs.getBigDecimal("possible"),
                SickLeave.display(rs.getBigDecimal("percent")),
                SickLeave.display(rs.getBigDecimal("benchmark_percent")),
                rounded(rs.getBigDecimal("potential")),
                SickLeave.display(rs.getBigDecimal("trend")),
                rs.getBoolean("masked"),
                rs.getBoolean("partly_masked"),
                null,
                null,
                null,
                null);
        if (!withCase || rs.getString("case_status") == null) {
            return row;
        }
        return caseOf(rs).on(row);
    }

    /** An enterprise's open case as the list shows it. */
    private record OpenCase(
            long id,
            String status,
            @Nullable String owner,
            @Nullable String ownerName) {
        PriorityRow on(PriorityRow row) {
            return row.withCase(status, owner, ownerName, id);
        }
    }

    private static OpenCase caseOf(ResultSet rs) throws SQLException {
        return new OpenCase(
                rs.getLong("case_id"), rs.getString("case_status"), rs.getString("owner"), rs.getString("owner_name"));
    }

    private static @Nullable BigDecimal rounded(@Nullable BigDecimal workdays) {
        return workdays == null ? null : workdays.setScale(1, java.math.RoundingMode.HALF_UP);
    }
}
