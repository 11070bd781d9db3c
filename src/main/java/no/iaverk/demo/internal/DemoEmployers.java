package no.iaverk.demo.internal;

import java.util.Optional;
import no.iaverk.employer.EmployerGrants;
import no.iaverk.employer.NewGrant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's employer representatives, granted through the same service as the admin page ({@code /admin/arbeidsgivere}):
 * {@value #WITH_COLLABORATION} represents the legal unit of the demo case whose collaboration is completed with answered
 * surveys; {@value #WITHOUT_COLLABORATION} a legal unit outside Vestland (where the demo's cases and trial are) on which
 * no case has ever been opened. Their logins (password {@code demo}) are the security module's demo users; should they be
 * missing, the grant makes them.
 */
@Component
class DemoEmployers {

    static final String WITH_COLLABORATION = "arbeidsgiver";
    static final String WITHOUT_COLLABORATION = "arbeidsgiver2";
    static final String PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoEmployers.class);

    private final JdbcClient jdbc;
    private final EmployerGrants grants;

    DemoEmployers(JdbcClient jdbc, EmployerGrants grants) {
        this.jdbc = jdbc;
        this.grants = grants;
    }

    /** Grants both demo employers; {@code completedWorkplace} is the workplace of the completed demo case. */
    void grant(String completedWorkplace) {
        legalUnitOf(completedWorkplace)
                .ifPresent(legalUnit -> grant(WITH_COLLABORATION, "Arne Arbeidsgiver", legalUnit));
        withoutCase().ifPresent(legalUnit -> grant(WITHOUT_COLLABORATION, "Astrid Arbeidsgiver", legalUnit));
    }

    private void grant(String username, String displayName, String legalUnit) {
        grants.grant(new NewGrant(username, displayName, PASSWORD, legalUnit), DemoHistory.ADMIN);
        log.info("Demo employer {} represents {} and its sub-units", username, legalUnit);
    }

    private Optional<String> legalUnitOf(String workplace) {
        return jdbc.sql("""
                select case when sub_unit then parent_org_number else org_number end
                from register_enterprise where org_number = :org
                """).param("org", workplace).query(String.class).optional();
    }

    /** The largest legal unit outside Vestland with sub-units, none of which (nor itself) has ever had a case. */
    private Optional<String> withoutCase() {
        return jdbc.sql("""
                select l.org_number
                from register_enterprise l
                join register_enterprise s on s.parent_org_number = l.org_number and s.sub_unit and not s.deleted
                where not l.sub_unit and not l.deleted and l.county_number is not null and l.county_number <> :vestland
                group by l.org_number
                having not exists (select 1 from case_enterprise c
                                   join register_enterprise u on u.org_number = c.org_number
                                   where u.org_number = l.org_number or u.parent_org_number = l.org_number)
                order by sum(coalesce(s.employees, 0)) desc, l.org_number
                limit 1
                """)
                .param("vestland", DemoCases.VESTLAND_COUNTY)
                .query(String.class)
                .optional();
    }
}
