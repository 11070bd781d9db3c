package no.iaverk.register.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import no.iaverk.register.EnterpriseDetails;
import no.iaverk.register.EnterpriseDetails.Address;
import no.iaverk.register.EnterpriseDetails.CodeAndName;
import no.iaverk.register.EnterpriseDetails.Programme;
import no.iaverk.register.EnterpriseStatus;
import no.iaverk.register.EnterpriseSummary;
import no.iaverk.register.Workplace;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register's read queries. NACE names come from SN2007 where the code exists there, else from SN2025. */
@Repository
public class EnterpriseQueries {

    private static final String SUMMARY = """
            select e.org_number, e.name, e.organisation_form, e.sub_unit, e.employees, e.nace_code,
                   coalesce(n07.name, n25.name) as nace_name, e.municipality_number, m.name_norwegian as municipality_name,
                   e.deleted_on, e.bankrupt, e.under_forced_liquidation, e.under_liquidation
            from enterprise e
            left join reference_municipality m on m.number = e.municipality_number
            left join reference_nace_code n07 on n07.standard = 'SN2007' and n07.code = e.nace_code
            left join reference_nace_code n25 on n25.standard = 'SN2025' and n25.code = e.nace_code
            """;

    private final JdbcClient jdbc;

    EnterpriseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("select count(*) from enterprise").query(Long.class).single();
    }

    /** Needs a transaction: only then does PostgreSQL hand the rows over in batches of the fetch size. */
    public void forEachWorkplace(Consumer<Workplace> consumer) {
        try (var rows = jdbc.sql("""
                        select org_number, name, nace_code, industry, industry_programme, sector, municipality_number,
                               employees
                        from register_workplace
                        order by org_number
                        """).withFetchSize(10_000).query(Workplace.class).stream()) {
            rows.forEach(consumer);
        }
    }

    public Optional<EnterpriseSummary> summary(String orgNumber) {
        return jdbc.sql(SUMMARY + " where e.org_number = :org")
                .param("org", orgNumber)
                .query(EnterpriseQueries::summary)
                .optional();
    }

    /**
     * Names that start with the query come first, the largest first (a range scan of the prefix index); if they do not
     * fill the list, names containing words like the query follow (trigram word similarity, so small spelling
     * mistakes still find the enterprise). Deleted units sort after living ones.
     */
    public List<EnterpriseSummary> searchByName(String query, int limit) {
        String prefix = escapeLike(EnterpriseRow.searchable(query)) + "%";
        List<EnterpriseSummary> found = new ArrayList<>(jdbc.sql(SUMMARY + """
                        where e.name_search like :prefix
                        order by e.deleted_on is null desc, e.employees desc nulls last, e.name, e.sub_unit, e.org_number
                        limit :limit
                        """)
                .param("prefix", prefix)
                .param("limit", limit)
                .query(EnterpriseQueries::summary)
                .list());
        if (found.size() < limit) {
            found.addAll(jdbc.sql(SUMMARY + """
                            where :query <% e.name and e.name_search not like :prefix
                            order by e.deleted_on is null desc, word_similarity(:query, e.name) desc,
                                     e.employees desc nulls last, e.name
                            limit :limit
                            """)
                    .param("query", query)
                    .param("prefix", prefix)
                    .param("limit", limit - found.size())
                    .query(EnterpriseQueries::summary)
                    .list());
        }
        return found;
    }

    public List<EnterpriseSummary> children(String orgNumber) {
        return jdbc.sql(SUMMARY + " where e.parent_org_number = :org order by e.deleted_on is not null, e.name")
                .param("org", orgNumber)
                .query(EnterpriseQueries::summary)
                .list();
    }

    public Optional<EnterpriseDetails> details(String orgNumber) {
        return jdbc.sql("""
                        select e.*,
                               coalesce(n07.name, n25.name) as nace_name,
                               coalesce(i07.name, i25.name) as industry_name,
                               coalesce(e.assigned_programme, e.derived_programme) as programme_code,
                               p.name as programme_name, s.name as sector_name,
                               coalesce(e.institutional_sector_name, isec.name) as institutional_sector_label,
                               m.name_norwegian as municipality_name, c.number as county_number, c.name as county_name
                        from enterprise e
                        left join reference_nace_code n07 on n07.standard = 'SN2007' and n07.code = e.nace_code
                        left join reference_nace_code n25 on n25.standard = 'SN2025' and n25.code = e.nace_code
                        left join reference_nace_code i07 on i07.standard = 'SN2007' and i07.code = e.industry
                        left join reference_nace_code i25 on i25.standard = 'SN2025' and i25.code = e.industry
                        left join reference_industry_programme p on p.code = coalesce(e.assigned_programme, e.derived_programme)
                        left join reference_sector s on s.code = e.sector
                        left join reference_institutional_sector isec on isec.code = e.institutional_sector_code
                        left join reference_municipality m on m.number = e.municipality_number
                        left join reference_county c on c.number = m.county_number
                        where e.org_number = :org
                        """)
                .param("org", orgNumber)
                .query((rs, row) -> details(rs))
                .optional()
                .map(this::withRelatives);
    }

    public boolean assignProgramme(String orgNumber, @Nullable String programmeCode) {
        return jdbc.sql(
                                "update enterprise set assigned_programme = :programme, changed_at = now() where org_number = :org")
                        .param("programme", programmeCode)
                        .param("org", orgNumber)
                        .update()
                == 1;
    }

    private EnterpriseDetails withRelatives(EnterpriseDetails details) {
        EnterpriseSummary parent = details.parent() == null
                ? null
                : summary(details.parent().orgNumber()).orElse(details.parent());
        return new EnterpriseDetails(
                details.orgNumber(),
                details.name(),
                details.organisationForm(),
                details.subUnit(),
                details.status(),
                details.deletedOn(),
                details.employees(),
                details.hasRegisteredEmployees(),
                details.nace(),
                secondaryNace(details),
                details.industry(),
                details.industryProgramme(),
                details.sector(),
                details.institutionalSector(),
                details.address(),
                details.registeredOn(),
                details.startedOn(),
                parent,
                children(details.orgNumber()));
    }

    private List<CodeAndName> secondaryNace(EnterpriseDetails details) {
        return details.secondaryNace().stream()
                .map(code -> new CodeAndName(code.code(), naceName(code.code())))
                .toList();
    }

    private @Nullable String naceName(String code) {
        return jdbc.sql("select name from reference_nace_code where code = :code order by standard limit 1")
                .param("code", code)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static EnterpriseDetails details(ResultSet rs) throws SQLException {
        List<CodeAndName> secondary = new ArrayList<>();
        for (String column : List.of("nace_code_2", "nace_code_3")) {
            if (rs.getString(column) != null) {
                secondary.add(new CodeAndName(rs.getString(column), null));
            }
        }
        String parent = rs.getString("parent_org_number");
        String programme = rs.getString("programme_code");
        return new EnterpriseDetails(
                rs.getString("org_number"),
                rs.getString("name"),
                new CodeAndName(rs.getString("organisation_form"), rs.getString("organisation_form_name")),
                rs.getBoolean("sub_unit"),
                status(rs),
                rs.getObject("deleted_on", LocalDate.class),
                (Integer) rs.getObject("employees"),
                rs.getBoolean("has_registered_employees"),
                codeAndName(rs, "nace_code", "nace_name"),
                secondary,
                codeAndName(rs, "industry", "industry_name"),
                programme == null
                        ? null
                        : new Programme(
                                programme, rs.getString("programme_name"), rs.getString("assigned_programme") != null),
                codeAndName(rs, "sector", "sector_name"),
                codeAndName(rs, "institutional_sector_code", "institutional_sector_label"),
                new Address(
                        rs.getString("address"),
                        rs.getString("postal_code"),
                        rs.getString("postal_place"),
                        rs.getString("country_code"),
                        codeAndName(rs, "municipality_number", "municipality_name"),
                        codeAndName(rs, "county_number", "county_name"),
                        rs.getString("reported_municipality_number")),
                rs.getObject("registered_on", LocalDate.class),
                rs.getObject("started_on", LocalDate.class),
                parent == null ? null : placeholder(parent),
                List.of());
    }

    /** Stands in for a parent that is not (yet) in the register, so the link is still shown. */
    private static EnterpriseSummary placeholder(String orgNumber) {
        return new EnterpriseSummary(
                orgNumber, "(ikke i registeret)", "", false, null, null, null, null, null, EnterpriseStatus.ACTIVE);
    }

    private static @Nullable CodeAndName codeAndName(ResultSet rs, String code, String name) throws SQLException {
        String value = rs.getString(code);
        return value == null ? null : new CodeAndName(value, rs.getString(name));
    }

    private static EnterpriseSummary summary(ResultSet rs, int row) throws SQLException {
        return new EnterpriseSummary(
                rs.getString("org_number"),
                rs.getString("name"),
                rs.getString("organisation_form"),
                rs.getBoolean("sub_unit"),
                (Integer) rs.getObject("employees"),
                rs.getString("nace_code"),
                rs.getString("nace_name"),
                rs.getString("municipality_number"),
                rs.getString("municipality_name"),
                status(rs));
    }

    private static EnterpriseStatus status(ResultSet rs) throws SQLException {
        return EnterpriseStatus.of(
                rs.getObject("deleted_on") != null,
                rs.getBoolean("bankrupt"),
                rs.getBoolean("under_forced_liquidation"),
                rs.getBoolean("under_liquidation"));
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
