package no.iaverk.statistics.internal;

import java.util.ArrayList;
import java.util.List;
import no.iaverk.imports.ImportProblem;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.Category;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds a quarter's tables from the staged records, set-based, inside the import's transaction. Enterprise rows
 * replace the quarter's partition whole; category files replace their category; categories no file gave are summed
 * from the enterprise rows and marked as computed.
 */
final class QuarterLoader {

    private static final String SUMS = "sum(persons), sum(lost), sum(possible), sum(graded_lost), sum(lost_a),"
            + " sum(lost_b), sum(lost_c), sum(lost_d), sum(lost_e), sum(lost_f)";

    private final JdbcClient jdbc;

    QuarterLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static int period(Quarter quarter) {
        return quarter.year() * 10 + quarter.quarter();
    }

    /** Later records for an organisation number already in the file are rejected; the first one counts. */
    List<ImportProblem> duplicateEnterprises(String file) {
        return jdbc.sql("""
                select position, line, org_number, first_position from (
                    select position, line, org_number,
                           first_value(position) over (partition by org_number order by position) as first_position
                    from stage_enterprise
                ) numbered where position <> first_position order by position
                """)
                .query((rs, row) -> new ImportProblem(
                        file,
                        rs.getLong("position"),
                        rs.getLong("line"),
                        rs.getString("org_number"),
                        "organisasjonsnummeret står allerede i post " + rs.getLong("first_position")))
                .list();
    }

    /**
     * Replaces the quarter's partition with a new table built from the staged rows (metadata filling in what the rows
     * lack), indexed after the load and attached in the same transaction: readers never see a half-loaded quarter.
     */
    long replaceEnterprises(Quarter quarter) {
        int period = period(quarter);
        String partition = "sick_leave_enterprise_p" + period;
        jdbc.sql("create table sick_leave_enterprise_load (like sick_leave_enterprise including defaults"
                        + " including constraints)")
                .update();
        long rows = jdbc.sql("""
                        insert into sick_leave_enterprise_load (period, org_number, %1$s, sector, industry, nace_code, rectype)
                        select %2$d, s.org_number, %1$s, coalesce(s.sector, m.sector), coalesce(s.industry, m.industry),
                               coalesce(s.nace_code, m.nace_code), coalesce(s.rectype, m.rectype)
                        from (select distinct on (org_number) * from stage_enterprise order by org_number, position) s
                        left join (select distinct on (org_number) * from stage_metadata order by org_number, position) m
                               using (org_number)
                        """.formatted(QuarterStaging.FIGURES, period)).update();
        jdbc.sql("alter table sick_leave_enterprise_load add constraint sick_leave_enterprise_load_pkey"
                        + " primary key (org_number, period)")
                .update();
        jdbc.sql("alter table sick_leave_enterprise_load add constraint " + partition + "_period check (period = "
                        + period + ")")
                .update();
        jdbc.sql("drop table if exists " + partition).update();
        jdbc.sql("alter table sick_leave_enterprise_load rename to " + partition)
                .update();
        jdbc.sql("alter index sick_leave_enterprise_load_pkey rename to " + partition + "_pkey")
                .update();
        jdbc.sql("alter table sick_leave_enterprise attach partition " + partition + " for values in (" + period + ")")
                .update();
        jdbc.sql("analyze " + partition).update();
        return rows;
    }

    /** Metadata without enterprise rows: it completes the rows the quarter already has. */
    void applyMetadata(Quarter quarter) {
        jdbc.sql("""
                update sick_leave_enterprise e set sector = coalesce(m.sector, e.sector),
                    industry = coalesce(m.industry, e.industry), nace_code = coalesce(m.nace_code, e.nace_code),
                    rectype = coalesce(m.rectype, e.rectype)
                from (select distinct on (org_number) * from stage_metadata order by org_number, position) m
                where e.period = :period and e.org_number = m.org_number
                """).param("period", period(quarter)).update();
    }

    /** The category's rows from its file replace the quarter's; NAV's BYGG and ANLEGG add up to one programme. */
    void replaceCategory(Quarter quarter, Category category) {
        delete(quarter, category, null);
        jdbc.sql("""
                        insert into sick_leave_category (year, quarter, category, code, %s, computed)
                        select :year, :quarter, category, code, %s, false
                        from stage_category where category = :category group by category, code
                        """.formatted(QuarterStaging.FIGURES, SUMS))
                .param("year", quarter.year())
                .param("quarter", quarter.quarter())
                .param("category", category.name())
                .update();
    }

    /**
     * Sums, from the quarter's enterprise rows, every category figure no file gave: a whole category when the quarter
     * has no file rows for it, and the industry programmes NAV does not publish (oil and gas suppliers). Enterprises
     * are classified by the statistics' own metadata where it has them, else by the register.
     */
    List<Category> computeMissingCategories(Quarter quarter) {
        List<Category> computed = new ArrayList<>();
        for (Category category : Category.values()) {
            delete(quarter, category, true);
            int inserted = jdbc.sql("""
                            insert into sick_leave_category (year, quarter, category, code, %1$s, computed)
                            select :year, :quarter, :category, code, %2$s, true
                            from (
                                select %3$s as code, e.*
                                from sick_leave_enterprise e
                                left join register_enterprise r on r.org_number = e.org_number
                                where e.period = :period
                            ) classified
                            where code is not null and not exists (
                                select 1 from sick_leave_category f
                                where f.year = :year and f.quarter = :quarter and f.category = :category
                                  and (f.code = classified.code or :category <> 'INDUSTRY_PROGRAMME')
                            )
                            group by code
                            """.formatted(QuarterStaging.FIGURES, SUMS, classifier(category)))
                    .param("year", quarter.year())
                    .param("quarter", quarter.quarter())
                    .param("period", period(quarter))
                    .param("category", category.name())
                    .update();
            if (inserted > 0) {
                computed.add(category);
            }
        }
        return computed;
    }

    private static String classifier(Category category) {
        return switch (category) {
            case COUNTRY -> "'NO'";
            case SECTOR -> "coalesce(e.sector, r.sector::text)";
            case INDUSTRY -> "coalesce(e.industry, r.industry)";
            case NACE_CODE -> "coalesce(e.nace_code, r.nace_code)";
            case INDUSTRY_PROGRAMME -> "r.industry_programme";
        };
    }

    private void delete(Quarter quarter, Category category, @Nullable Boolean computedOnly) {
        jdbc.sql("""
                delete from sick_leave_category
                where year = :year and quarter = :quarter and category = :category
                  and (cast(:computedOnly as boolean) is null or computed = cast(:computedOnly as boolean))
                """)
                .param("year", quarter.year())
                .param("quarter", quarter.quarter())
                .param("category", category.name())
                .param("computedOnly", computedOnly)
                .update();
    }
}
