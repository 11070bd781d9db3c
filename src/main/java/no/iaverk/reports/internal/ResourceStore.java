package no.iaverk.reports.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import no.iaverk.reports.ResourceFigures;
import no.iaverk.reports.ResourceSource;
import no.iaverk.reports.ResourcesReport.PrintedTotal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL over {@code report_unit_resources} and {@code report_resources_printed_total}. */
@Repository
public class ResourceStore {

    /** One stored row, before the centre's name is added. */
    public record Row(
            String unitCode,
            int year,
            ResourceFigures figures,
            ResourceSource source,
            @Nullable String sourceReference,
            String enteredBy,
            java.time.Instant enteredAt) {}

    private static final String COLUMNS = """
            unit_code, year, budget_mnok, county_budget_share, headcount, fte, source, source_reference,
            entered_by, entered_at""";

    private final JdbcClient jdbc;

    ResourceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> forYear(int year) {
        return jdbc.sql("select " + COLUMNS + " from report_unit_resources where year = :year")
                .param("year", year)
                .query(ResourceStore::row)
                .list();
    }

    public List<Row> forUnit(String unitCode) {
        return jdbc.sql("select " + COLUMNS + " from report_unit_resources where unit_code = :unit order by year")
                .param("unit", unitCode)
                .query(ResourceStore::row)
                .list();
    }

    public Optional<Row> find(String unitCode, int year) {
        return jdbc.sql("select " + COLUMNS + " from report_unit_resources where unit_code = :unit and year = :year")
                .param("unit", unitCode)
                .param("year", year)
                .query(ResourceStore::row)
                .optional();
    }

    /** Writes a centre-year's figures whole (a PUT replaces them), stamping who and when. */
    public void save(
            String unitCode,
            int year,
            ResourceFigures figures,
            ResourceSource source,
            @Nullable String sourceReference,
            String enteredBy) {
        jdbc.sql("""
                insert into report_unit_resources (unit_code, year, budget_mnok, county_budget_share, headcount, fte,
                                                   source, source_reference, entered_by, entered_at)
                values (:unit, :year, :budget, :share, :headcount, :fte, :source, :reference, :by, now())
                on conflict (unit_code, year) do update set
                    budget_mnok = excluded.budget_mnok,
                    county_budget_share = excluded.county_budget_share,
                    headcount = excluded.headcount,
                    fte = excluded.fte,
                    source = excluded.source,
                    source_reference = excluded.source_reference,
                    entered_by = excluded.entered_by,
                    entered_at = excluded.entered_at
                """)
                .param("unit", unitCode)
                .param("year", year)
                .param("budget", figures.budgetMnok())
                .param("share", figures.countyBudgetShare())
                .param("headcount", figures.headcount())
                .param("fte", figures.fte())
                .param("source", source.name())
                .param("reference", sourceReference)
                .param("by", enteredBy)
                .update();
    }

    public Optional<PrintedTotal> printedTotal(int year) {
        return jdbc.sql("""
                select budget_mnok, county_budget_share, source_reference
                from report_resources_printed_total where year = :year
                """)
                .param("year", year)
                .query((rs, n) -> new PrintedTotal(
                        stripped(rs.getBigDecimal("budget_mnok")),
                        stripped(rs.getBigDecimal("county_budget_share")),
                        rs.getString("source_reference")))
                .optional();
    }

    /** Stores a printed total; true when it was new or changed. */
    public boolean savePrintedTotal(int year, PrintedTotal total) {
        return jdbc.sql("""
                        insert into report_resources_printed_total (year, budget_mnok, county_budget_share, source_reference)
                        values (:year, :budget, :share, :reference)
                        on conflict (year) do update set
                            budget_mnok = excluded.budget_mnok,
                            county_budget_share = excluded.county_budget_share,
                            source_reference = excluded.source_reference
                        where (report_resources_printed_total.budget_mnok, report_resources_printed_total.county_budget_share,
                               report_resources_printed_total.source_reference)
                              is distinct from (excluded.budget_mnok, excluded.county_budget_share, excluded.source_reference)
                        """)
                        .param("year", year)
                        .param("budget", total.budgetMnok())
                        .param("share", total.countyBudgetShare())
                        .param("reference", total.sourceReference())
                        .update()
                == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp at = rs.getTimestamp("entered_at");
        return new Row(
                rs.getString("unit_code"),
                rs.getInt("year"),
                new ResourceFigures(
                        stripped(rs.getBigDecimal("budget_mnok")),
                        stripped(rs.getBigDecimal("county_budget_share")),
                        rs.getObject("headcount", Integer.class),
                        stripped(rs.getBigDecimal("fte"))),
                ResourceSource.valueOf(rs.getString("source")),
                rs.getString("source_reference"),
                rs.getString("entered_by"),
                at.toInstant());
    }

    // 23.000 reads back as 23: the figure as entered, not the column's scale.
    private static @Nullable BigDecimal stripped(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
