package no.iaverk.employer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import no.iaverk.employer.EmployerGrant;
import no.iaverk.employer.EnterpriseKind;
import no.iaverk.employer.RepresentedEnterprise;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of employer access: our {@code employer_access} with the register's published view {@code
 * register_enterprise}. "Represents X" is one rule, said once: X is a granted legal unit, or a sub-unit whose legal
 * unit is granted.
 */
@Repository
public class AccessStore {

    private static final String ENTERPRISE_COLUMNS = """
            e.org_number, e.name, e.sub_unit, e.parent_org_number, e.municipality_number, e.municipality_name,
            e.nace_code, e.employees""";

    private final JdbcClient jdbc;

    AccessStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The granted legal units, each followed by its sub-units (deleted ones left out), by name. */
    public List<RepresentedEnterprise> represented(String username) {
        return jdbc.sql("""
                select %s
                from employer_access a
                join register_enterprise l on l.org_number = a.org_number
                join register_enterprise e
                  on e.org_number = a.org_number
                  or (e.sub_unit and e.parent_org_number = a.org_number and not e.deleted)
                where a.username = :username and a.revoked_at is null
                order by l.name, a.org_number, e.sub_unit, e.name, e.org_number
                """.formatted(ENTERPRISE_COLUMNS))
                .param("username", username)
                .query(AccessStore::enterprise)
                .list();
    }

    public boolean represents(String username, String orgNumber) {
        return jdbc.sql("""
                select exists (
                    select 1
                    from employer_access a
                    join register_enterprise e on e.org_number = :org
                    where a.username = :username and a.revoked_at is null
                      and (e.org_number = a.org_number or (e.sub_unit and e.parent_org_number = a.org_number)))
                """)
                .param("username", username)
                .param("org", orgNumber)
                .query(Boolean.class)
                .single();
    }

    public Optional<RepresentedEnterprise> enterprise(String orgNumber) {
        return jdbc.sql("select %s from register_enterprise e where e.org_number = :org".formatted(ENTERPRISE_COLUMNS))
                .param("org", orgNumber)
                .query(AccessStore::enterprise)
                .optional();
    }

    public List<RepresentedEnterprise> subUnits(String legalUnit) {
        return jdbc.sql("""
                select %s from register_enterprise e
                where e.sub_unit and e.parent_org_number = :org and not e.deleted
                order by e.name, e.org_number
                """.formatted(ENTERPRISE_COLUMNS))
                .param("org", legalUnit)
                .query(AccessStore::enterprise)
                .list();
    }

    /** What the register says of an org. number a grant names. */
    public record RegisterEntry(String name, boolean subUnit, boolean deleted) {}

    public Optional<RegisterEntry> registerEntry(String orgNumber) {
        return jdbc.sql("select name, sub_unit, deleted from register_enterprise where org_number = :org")
                .param("org", orgNumber)
                .query((rs, row) ->
                        new RegisterEntry(rs.getString("name"), rs.getBoolean("sub_unit"), rs.getBoolean("deleted")))
                .optional();
    }

    /** The active grant of this legal unit to this person, if any. */
    public Optional<Long> activeGrant(String username, String orgNumber) {
        return jdbc.sql("""
                select id from employer_access
                where username = :username and org_number = :org and revoked_at is null
                """)
                .param("username", username)
                .param("org", orgNumber)
                .query(Long.class)
                .optional();
    }

    public long insertGrant(String username, String orgNumber, String grantedBy) {
        return jdbc.sql("""
                insert into employer_access (username, org_number, granted_by)
                values (:username, :org, :grantedBy)
                returning id
                """)
                .param("username", username)
                .param("org", orgNumber)
                .param("grantedBy", grantedBy)
                .query(Long.class)
                .single();
    }

    /** Revokes an active grant; false when there is none with this id. */
    public boolean revoke(long id, String revokedBy) {
        return jdbc.sql("""
                        update employer_access set revoked_by = :revokedBy, revoked_at = now()
                        where id = :id and revoked_at is null
                        """).param("id", id).param("revokedBy", revokedBy).update() > 0;
    }

    /** The active grants, newest first, with the legal unit's name; display names come from security. */
    public List<EmployerGrant> activeGrants() {
        return jdbc.sql("""
                select a.id, a.username, a.org_number, e.name, a.granted_by, a.granted_at
                from employer_access a
                left join register_enterprise e on e.org_number = a.org_number
                where a.revoked_at is null
                order by a.granted_at desc, a.id desc
                """)
                .query((rs, row) -> new EmployerGrant(
                        rs.getLong("id"),
                        rs.getString("username"),
                        null,
                        rs.getString("org_number"),
                        rs.getString("name"),
                        rs.getString("granted_by"),
                        rs.getTimestamp("granted_at").toInstant()))
                .list();
    }

    private static RepresentedEnterprise enterprise(ResultSet rs, int row) throws SQLException {
        boolean subUnit = rs.getBoolean("sub_unit");
        return new RepresentedEnterprise(
                rs.getString("org_number"),
                rs.getString("name"),
                subUnit ? EnterpriseKind.SUB_UNIT : EnterpriseKind.LEGAL_UNIT,
                subUnit ? rs.getString("parent_org_number") : null,
                rs.getString("municipality_number"),
                rs.getString("municipality_name"),
                rs.getString("nace_code"),
                (Integer) rs.getObject("employees"));
    }
}
