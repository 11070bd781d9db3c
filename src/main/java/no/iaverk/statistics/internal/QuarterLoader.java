package no.iaverk.statistics.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.Category;
import no.iaverk.statistics.SickLeave;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every write of a quarter's import is here: the quarter's record and publication date, and its tables built from the
 * staged records, set-based, inside the import's transaction. Enterprise rows
 * replace the quarter's partition whole; category files replace their category; categories no file gave are summed
 * from the enterprise rows and marked as computed.
 */
final class QuarterLoader {

    private static final String SUMS = "sum(persons), sum(lost), sum(possible), sum(graded_lost), sum(lost_a),"
            + " sum(lost_b), sum(lost_c), sum(lost_d), sum(lost_e), sum(lost_f)";

    /**
     * A computed category sums only its visible members (five persons or more), so that two computed totals can only
     * differ by visible figures; it counts the masked members it leaves out, and is withheld when nothing is left.
     */
    private static final String VISIBLE_SUMS = """
            coalesce(sum(e.persons) filter (where e.persons >= :minPersons), 0),
            coalesce(sum(e.lost) filter (where e.persons >= :minPersons), 0),
            coalesce(sum(e.possible) filter (where e.persons >= :minPersons), 0),
            sum(e.graded_lost) filter (where e.persons >= :minPersons),
            sum(e.lost_a) filter (where e.persons >= :minPersons), sum(e.lost_b) filter (where e.persons >= :minPersons),
            sum(e.lost_c) filter (where e.persons >= :minPersons), sum(e.lost_d) filter (where e.persons >= :minPersons),
            sum(e.lost_e) filter (where e.persons >= :minPersons), sum(e.lost_f) filter (where e.persons >= :minPersons),
            true,
            count(*) filter (where e.persons < :minPersons),
            coalesce(sum(e.persons) filter (where e.persons >= :minPersons), 0) < :minPersons
            """;

    private static final String COMPUTED_COLUMNS = QuarterStaging.FIGURES + ", computed, masked_members, suppressed";

    private final JdbcClient jdbc;
    private final List<String> programmeCodes;

    /** {@code programmeCodes}: every industry programme, to find those no file gave figures for. */
    QuarterLoader(JdbcClient jdbc, List<String> programmeCodes) {
        this.jdbc = jdbc;
        this.programmeCodes = programmeCodes;
    }

    /** Records that the quarter was imported, by which run and with how many enterprise rows (null: unchanged). */
    void saveQuarter(Quarter quarter, long runId, @Nullable Long enterpriseRows) {
        jdbc.sql("""
                insert into sick_leave_quarter (year, quarter, imported_at, import_run_id, enterprise_rows)
                values (:year, :quarter, now(), :run, coalesce(:rows, 0))
                on conflict (year, quarter) do update set imported_at = now(), import_run_id = :run,
                    enterprise_rows = coalesce(:rows, sick_leave_quarter.enterprise_rows)
                """)
                .param("year", quarter.year())
                .param("quarter", quarter.quarter())
                .param("run", runId)
                .param("rows", enterpriseRows)
                .update();
    }

    /** NAV's publication date of a quarter, as the import's publiseringsdato file gives it. */
    void saveCalendarEntry(Quarter quarter, @Nullable OffsetDateTime publicAt, @Nullable OffsetDateTime updated) {
        jdbc.sql("""
                insert into sick_leave_publication_date (year, quarter, public_at, updated_in_dvh)
                values (:year, :quarter, :publicAt, :updated)
                on conflict (year, quarter) do update set public_at = excluded.public_at,
                    updated_in_dvh = excluded.updated_in_dvh
                """)
                .param("year", quarter.year())
                .param("quarter", quarter.quarter())
                .param("publicAt", publicAt)
                .param("updated", updated)
                .update();
    }

    /** Records the disclosure rules the quarter's figures were last protected under ({@link DisclosureControl}). */
    void saveDisclosureVersion(Quarter quarter, int version) {
        jdbc.sql(
                        "update sick_leave_quarter set disclosure_version = :version where year = :year and quarter = :quarter")
                .param("version", version)
                .param("year", quarter.year())
                .param("quarter", quarter.quarter())
                .update();
    }

    /**
     * Makes the table the enterprise rows were copied into the quarter's partition: indexed after the load, checked,
     * swapped for the old partition and attached, all in the import's transaction, so readers never see a half-loaded
     * quarter.
     */
    void attachLoadedEnterprises(Quarter quarter) {
        int period = quarter.period();
        String partition = "sick_leave_enterprise_p" + period;
        String load = QuarterStaging.LOAD_TABLE;
        jdbc.sql("alter table " + load + " add constraint " + load + "_pkey primary key (org_number, period)")
                .update();
        jdbc.sql("alter table " + load + " add constraint " + partition + "_period check (period = " + period + ")")
                .update();
        jdbc.sql("drop table if exists " + partition).update();
        jdbc.sql("alter table " + load + " rename to " + partition).update();
        jdbc.sql("alter index " + load + "_pkey rename to " + partition + "_pkey")
                .update();
        jdbc.sql("alter table sick_leave_enterprise attach partition " + partition + " for values in (" + period + ")")
                .update();
        jdbc.sql("analyze " + partition).update();
    }

    /** An enterprise file without a single valid row changes nothing: the new table is dropped. */
    void discardLoadedEnterprises() {
        jdbc.sql("drop table " + QuarterStaging.LOAD_TABLE).update();
    }

    /** Metadata without enterprise rows: it completes the rows the quarter already has. */
    void applyMetadata(Quarter quarter) {
        jdbc.sql("""
                update sick_leave_enterprise e set sector = coalesce(m.sector, e.sector),
                    industry = coalesce(m.industry, e.industry), nace_code = coalesce(m.nace_code, e.nace_code),
                    rectype = coalesce(m.rectype, e.rectype)
                from stage_metadata m
                where e.period = :period and e.org_number = m.org_number
                """).param("period", quarter.period()).update();
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
            int inserted = category == Category.INDUSTRY_PROGRAMME
                    ? computeProgrammes(quarter)
                    : hasFileRows(quarter, category) ? 0 : compute(quarter, category);
            if (inserted > 0) {
                computed.add(category);
            }
        }
        return computed;
    }

    private int compute(Quarter quarter, Category category) {
        return jdbc.sql("""
                        insert into sick_leave_category (year, quarter, category, code, %1$s)
                        select :year, :quarter, :category, e.code, %2$s
                        from (
                            select %3$s as code, e.*
                            from sick_leave_enterprise e
                            left join register_enterprise r on r.org_number = e.org_number
                            where e.period = :period
                        ) e
                        where e.code is not null
                        group by e.code
                        """.formatted(COMPUTED_COLUMNS, VISIBLE_SUMS, classifier(category)))
                .param("minPersons", SickLeave.MIN_PERSONS)
                .param("year", quarter.year())
                .param("quarter", quarter.quarter())
                .param("period", quarter.period())
                .param("category", category.name())
                .update();
    }

    /** The programmes no file gave, from the register's classification of the quarter's enterprises. */
    private int computeProgrammes(Quarter quarter) {
        List<String> fromFile = jdbc.sql("""
                        select code from sick_leave_category
                        where year = :year and quarter = :quarter and category = 'INDUSTRY_PROGRAMME'
                        """)
                .param("year", quarter.year())
                .param("quarter", quarter.quarter())
                .query(String.class)
                .list();
        String[] missing =
                programmeCodes.stream().filter(code -> !fromFile.contains(code)).toArray(String[]::new);
        if (missing.length == 0) {
            return 0;
        }
        return jdbc.sql("""
                        insert into sick_leave_category (year, quarter, category, code, %1$s)
                        select :year, :quarter, 'INDUSTRY_PROGRAMME', r.industry_programme, %2$s
                        from register_enterprise r
                        join sick_leave_enterprise e on e.org_number = r.org_number and e.period = :period
                        where r.industry_programme = any(:missing)
                        group by r.industry_programme
                        """.formatted(COMPUTED_COLUMNS, VISIBLE_SUMS))
                .param("minPersons", SickLeave.MIN_PERSONS)
                .param("year", quarter.year())
                .param("quarter", quarter.quarter())
                .param("period", quarter.period())
                .param("missing", missing)
                .update();
    }

    private boolean hasFileRows(Quarter quarter, Category category) {
        return jdbc.sql("""
                select exists (select 1 from sick_leave_category
                               where year = :year and quarter = :quarter and category = :category)
                """)
                .param("year", quarter.year())
                .param("quarter", quarter.quarter())
                .param("category", category.name())
                .query(Boolean.class)
                .single();
    }

    private static String classifier(Category category) {
        return switch (category) {
            case COUNTRY -> "'NO'";
            case SECTOR -> "coalesce(e.sector, r.sector::text)";
            case INDUSTRY -> "coalesce(e.industry, r.industry)";
            case NACE_CODE -> "coalesce(e.nace_code, r.nace_code)";
            case INDUSTRY_PROGRAMME -> throw new IllegalArgumentException("programmes are computed on their own");
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
