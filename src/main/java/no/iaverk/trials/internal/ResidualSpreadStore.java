package no.iaverk.trials.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The national statistics the power calculator needs: per size band of legal units, the residual spread of the
 * least-squares line of the follow-up percent on the baseline percent (what the trials' ANCOVA leaves), and the size
 * bands of a list of eligible workplaces' legal units. Reads the published views {@code register_workplace},
 * {@code statistics_published_quarter} and {@code statistics_enterprise_quarter}.
 */
@Repository
public class ResidualSpreadStore {

    /** The size bands, smallest first; a legal unit of fewer than 5 employees is in none. */
    public static final List<String> SIZE_BANDS = List.of("5-19", "20-49", "50-99", "100-249", "250+");

    /**
     * Workplaces with their legal unit, and each legal unit's size band by the employees of all its workplaces (the
     * bands of {@link Stratification#sizeBand}, from 5 employees up).
     */
    private static final String LEGAL_UNITS = """
            workplace as (
                select org_number, coalesce(parent_org_number, org_number) as legal_unit, employees
                from register_workplace
            ),
            legal_unit as (
                select legal_unit, %s as size_band
                from workplace
                group by legal_unit
            )""".formatted(sizeBand("sum(employees)"));

    /**
     * Eligible legal units per size band: a legal unit is eligible when one of its workplaces is on the list, and its
     * size is that of all its workplaces (its sub-units, or itself when it has none). Joins by org. number and parent,
     * so a short list reads only its own legal units through the register's indexes.
     */
    private static final String ELIGIBLE_BY_SIZE_BAND = """
            with eligible as (
                select distinct coalesce(w.parent_org_number, w.org_number) as legal_unit
                from register_workplace w
                where w.org_number in (select unnest(cast(:workplaces as text[])))
            ),
            legal_unit as (
                select legal_unit, sum(employees) as employees
                from (select e.legal_unit, w.employees
                      from eligible e join register_workplace w on w.parent_org_number = e.legal_unit
                      union all
                      select e.legal_unit, w.employees
                      from eligible e join register_workplace w on w.org_number = e.legal_unit) workplaces
                group by legal_unit
            )
            select %s as size_band, count(*) as legal_units
            from legal_unit
            group by 1
            """.formatted(sizeBand("employees"));

    /** The size band of so many employees, as SQL; null under 5 (or unknown). */
    private static String sizeBand(String employees) {
        return """
                case when coalesce(%1$s, 0) < 5 then null
                     when %1$s < 20 then '5-19'
                     when %1$s < 50 then '20-49'
                     when %1$s < 100 then '50-99'
                     when %1$s < 250 then '100-249'
                     else '250+' end""".formatted(employees);
    }

    private final JdbcClient jdbc;

    ResidualSpreadStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the estimate rests on: how many quarters are published and when the latest publication was. */
    public record Publication(long quarters, @Nullable Instant latestPublishedAt) {}

    public Publication publication() {
        return jdbc.sql("select count(*) as quarters, max(published_at) as latest from statistics_published_quarter")
                .query((rs, row) -> new Publication(
                        rs.getLong("quarters"),
                        rs.getTimestamp("latest") == null
                                ? null
                                : rs.getTimestamp("latest").toInstant()))
                .single();
    }

    /** The latest eight published quarters as {@code 2024K2}, oldest first: up to four baseline, then four follow-up. */
    public List<String> lastEightQuarters() {
        return jdbc.sql("""
                select label from (
                    select year || 'K' || quarter as label, year, quarter from statistics_published_quarter
                    order by year desc, quarter desc limit 8
                ) recent order by year, quarter
                """).query(String.class).list();
    }

    /**
     * One size band's fit: the legal units with a percent in both periods, and the residual standard deviation of
     * outcome ~ baseline (none when the line cannot be fitted: fewer than three units or no spread in the baseline).
     */
    public record BandSpread(
            String sizeBand, int legalUnits, @Nullable Double residualSd) {}

    /**
     * Per size band, from the legal units' percent (sum lost / sum possible × 100 over their workplaces) over the four
     * published quarters before the latest four (baseline) and over the latest four (outcome). A masked quarter is
     * missing, never zero; a legal unit needs a visible quarter in each period. Residual SS = S_yy − S_xy² / S_xx,
     * σ² = SS / (n − 2). Bands without any such legal unit are absent.
     */
    public List<BandSpread> residualSpreadBySizeBand() {
        return jdbc.sql("with " + LEGAL_UNITS + """
                ,
                recent as (
                    select year, quarter, row_number() over (order by year desc, quarter desc) as recency
                    from statistics_published_quarter
                ),
                period as (
                    select year, quarter, recency <= 4 as follow_up from recent where recency <= 8
                ),
                unit_percent as (
                    select w.legal_unit,
                           100 * sum(s.lost) filter (where not p.follow_up)
                               / nullif(sum(s.possible) filter (where not p.follow_up), 0) as baseline,
                           100 * sum(s.lost) filter (where p.follow_up)
                               / nullif(sum(s.possible) filter (where p.follow_up), 0) as outcome
                    from statistics_enterprise_quarter s
                    join period p on p.year = s.year and p.quarter = s.quarter
                    join workplace w on w.org_number = s.org_number
                    where not s.masked
                    group by w.legal_unit
                ),
                fit as (
                    -- the regr_* aggregates skip a legal unit without a percent in either period
                    select l.size_band,
                           regr_count(u.outcome::float8, u.baseline::float8) as n,
                           regr_sxx(u.outcome::float8, u.baseline::float8) as sxx,
                           regr_syy(u.outcome::float8, u.baseline::float8) as syy,
                           regr_sxy(u.outcome::float8, u.baseline::float8) as sxy
                    from unit_percent u
                    join legal_unit l on l.legal_unit = u.legal_unit
                    where l.size_band is not null
                    group by l.size_band
                )
                select size_band, n,
                       case when n > 2 and sxx > 0
                            then sqrt(greatest(syy - sxy * sxy / sxx, 0) / (n - 2)) end as residual_sd
                from fit
                where n > 0
                """)
                .query((rs, row) -> new BandSpread(
                        rs.getString("size_band"), rs.getInt("n"), rs.getObject("residual_sd", Double.class)))
                .list();
    }

    /** The eligible legal units per size band (key null: fewer than 5 employees), from a list of workplaces. */
    public List<BandCount> eligibleLegalUnitsBySizeBand(List<String> workplaces) {
        return jdbc.sql(ELIGIBLE_BY_SIZE_BAND)
                .param("workplaces", workplaces.toArray(String[]::new))
                .query((rs, row) -> new BandCount(rs.getString("size_band"), rs.getInt("legal_units")))
                .list();
    }

    public record BandCount(@Nullable String sizeBand, int legalUnits) {}

    /** The size band the SQL gives a legal unit of this many employees, to check it against the Java rule. */
    public @Nullable String sizeBandOf(int employees) {
        return jdbc.sql("select " + sizeBand(":employees") + " as size_band")
                .param("employees", employees)
                .query((rs, row) -> rs.getString("size_band"))
                .list()
                .get(0);
    }
}
