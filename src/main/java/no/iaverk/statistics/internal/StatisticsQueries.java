package no.iaverk.statistics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.Category;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the stored quarters: one enterprise's or one category's series, and how the register classifies. */
@Repository
public class StatisticsQueries {

    private static final String FIGURES =
            "persons, lost, possible, graded_lost, lost_a, lost_b, lost_c, lost_d, lost_e, lost_f";
    private static final String PROTECTION = "computed, suppressed, masked_members";

    /** What the enterprise is compared by: from the register, else from the statistics' own metadata. */
    public record Classification(
            @Nullable String industryProgramme,
            @Nullable String industry,
            @Nullable String sector) {}

    private final JdbcClient jdbc;

    StatisticsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<QuarterRow> enterprise(String orgNumber, Quarter upTo) {
        return jdbc.sql("select period, " + FIGURES
                        + ", false as computed, false as suppressed, 0 as masked_members from sick_leave_enterprise"
                        + " where org_number = :org and period <= :upTo order by period")
                .param("org", orgNumber)
                .param("upTo", upTo.period())
                .query((rs, row) -> row(rs, Quarter.of(rs.getInt("period") / 10, rs.getInt("period") % 10)))
                .list();
    }

    public List<QuarterRow> category(Category category, String code, Quarter upTo) {
        return jdbc.sql("select year, quarter, " + FIGURES + ", " + PROTECTION + " from sick_leave_category"
                        + " where category = :category and code = :code and year * 10 + quarter <= :upTo"
                        + " order by year, quarter")
                .param("category", category.name())
                .param("code", code)
                .param("upTo", upTo.period())
                .query((rs, row) -> row(rs, Quarter.of(rs.getInt("year"), rs.getInt("quarter"))))
                .list();
    }

    /** All rows of one category up to a quarter, grouped by code by the caller. */
    public List<CodedRow> category(Category category, Quarter from, Quarter upTo) {
        return jdbc.sql("select code, year, quarter, " + FIGURES + ", " + PROTECTION + " from sick_leave_category"
                        + " where category = :category and year * 10 + quarter between :from and :upTo"
                        + " order by code, year, quarter")
                .param("category", category.name())
                .param("from", from.period())
                .param("upTo", upTo.period())
                .query((rs, row) -> new CodedRow(
                        rs.getString("code"), row(rs, Quarter.of(rs.getInt("year"), rs.getInt("quarter")))))
                .list();
    }

    public record CodedRow(String code, QuarterRow row) {}

    public Optional<Classification> classification(String orgNumber) {
        return jdbc.sql("""
                select r.industry_programme, coalesce(r.industry, s.industry) as industry,
                       coalesce(r.sector::text, s.sector) as sector
                from (select :org as org_number) wanted
                left join register_enterprise r on r.org_number = wanted.org_number
                left join lateral (
                    select industry, sector from sick_leave_enterprise
                    where org_number = wanted.org_number order by period desc limit 1
                ) s on true
                where r.org_number is not null or s.industry is not null or s.sector is not null
                """).param("org", orgNumber).query(Classification.class).optional();
    }

    private static QuarterRow row(ResultSet rs, Quarter quarter) throws SQLException {
        return new QuarterRow(
                quarter,
                rs.getInt("persons"),
                rs.getBigDecimal("lost"),
                rs.getBigDecimal("possible"),
                rs.getBigDecimal("graded_lost"),
                rs.getBigDecimal("lost_a"),
                rs.getBigDecimal("lost_b"),
                rs.getBigDecimal("lost_c"),
                rs.getBigDecimal("lost_d"),
                rs.getBigDecimal("lost_e"),
                rs.getBigDecimal("lost_f"),
                rs.getBoolean("computed"),
                rs.getBoolean("suppressed"),
                rs.getInt("masked_members"));
    }
}
