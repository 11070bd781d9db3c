package no.iaverk.employer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The employer's statistics read only published views: register_enterprise (who the units are),
 * statistics_enterprise_quarter and statistics_category_quarter (published quarters, masked rows nulled),
 * statistics_published_quarter, and reference's names.
 */
@Repository
public class EmployerStatisticsQueries {

    private final JdbcClient jdbc;

    EmployerStatisticsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An enterprise of the register: a legal unit or a sub-unit, with what its benchmark is chosen by. */
    public record Unit(
            String orgNumber,
            @Nullable String name,
            boolean subUnit,
            @Nullable String industry,
            @Nullable String industryProgramme) {}

    public Optional<Unit> unit(String orgNumber) {
        return jdbc.sql("""
                select org_number, name, sub_unit, industry, industry_programme
                from register_enterprise
                where org_number = :org
                """)
                .param("org", orgNumber)
                .query(EmployerStatisticsQueries::unit)
                .optional();
    }

    /** A legal unit's sub-units that still exist, by name. */
    public List<Unit> subUnits(String legalUnit) {
        return jdbc.sql("""
                select org_number, name, sub_unit, industry, industry_programme
                from register_enterprise
                where parent_org_number = :org and not deleted
                order by name, org_number
                """)
                .param("org", legalUnit)
                .query(EmployerStatisticsQueries::unit)
                .list();
    }

    public Optional<Quarter> publishedQuarter() {
        return jdbc.sql("""
                select year, quarter from statistics_published_quarter
                order by year desc, quarter desc
                limit 1
                """)
                .query((rs, n) -> Quarter.of(rs.getInt("year"), rs.getInt("quarter")))
                .optional();
    }

    /** Each enterprise's published quarters up to {@code published}, oldest first. */
    public Map<String, List<UnitQuarter>> enterprises(Collection<String> orgNumbers, Quarter published) {
        Map<String, List<UnitQuarter>> byEnterprise = new LinkedHashMap<>();
        orgNumbers.forEach(org -> byEnterprise.put(org, new java.util.ArrayList<>()));
        if (orgNumbers.isEmpty()) {
            return byEnterprise;
        }
        jdbc.sql("""
                        select org_number, year, quarter, masked, persons, lost, possible,
                               short_term_lost, long_term_lost, graded_lost
                        from statistics_enterprise_quarter
                        where org_number in (:orgs) and year * 10 + quarter <= :published
                        order by org_number, year, quarter
                        """)
                .param("orgs", orgNumbers)
                .param("published", published.period())
                .query((ResultSet rs) -> {
                    byEnterprise.get(rs.getString("org_number")).add(row(rs, rs.getBigDecimal("graded_lost")));
                });
        return byEnterprise;
    }

    /** A category's published quarters up to {@code published} (COUNTRY "NO", INDUSTRY_PROGRAMME, INDUSTRY). */
    public List<UnitQuarter> category(String category, String code, Quarter published) {
        return jdbc.sql("""
                        select year, quarter, masked, persons, lost, possible, short_term_lost, long_term_lost
                        from statistics_category_quarter
                        where category = :category and code = :code and year * 10 + quarter <= :published
                        order by year, quarter
                        """)
                .param("category", category)
                .param("code", code)
                .param("published", published.period())
                .query((rs, n) -> row(rs, null))
                .list();
    }

    public @Nullable String programmeName(String code) {
        return jdbc.sql("select name from reference_industry_programme where code = :code")
                .param("code", code)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    public @Nullable String industryName(String code) {
        return jdbc.sql("""
                        select name from reference_nace_code
                        where code = :code
                        order by standard
                        limit 1
                        """).param("code", code).query(String.class).optional().orElse(null);
    }

    private static UnitQuarter row(ResultSet rs, java.math.@Nullable BigDecimal graded) throws SQLException {
        boolean masked = rs.getBoolean("masked");
        int persons = rs.getInt("persons");
        boolean noPersons = rs.wasNull();
        return new UnitQuarter(
                Quarter.of(rs.getInt("year"), rs.getInt("quarter")),
                masked,
                noPersons ? null : persons,
                rs.getBigDecimal("lost"),
                rs.getBigDecimal("possible"),
                rs.getBigDecimal("short_term_lost"),
                rs.getBigDecimal("long_term_lost"),
                graded,
                0);
    }

    private static Unit unit(ResultSet rs, int row) throws SQLException {
        return new Unit(
                rs.getString("org_number"),
                rs.getString("name"),
                rs.getBoolean("sub_unit"),
                rs.getString("industry"),
                rs.getString("industry_programme"));
    }
}
