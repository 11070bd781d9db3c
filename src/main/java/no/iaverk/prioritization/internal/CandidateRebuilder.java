package no.iaverk.prioritization.internal;

import no.iaverk.register.RegisterChanged;
import no.iaverk.statistics.SnapshotPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the candidates in step with their sources: rebuilt whole when a quarter is published or the register is
 * imported, one row when one enterprise changes. Runs after the source's transaction commits, in its own; readers keep
 * the previous rows until the rebuild commits.
 */
@Component
@Order(0)
public class CandidateRebuilder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CandidateRebuilder.class);

    private static final String SELECT = """
            select coalesce(r.org_number, s.org_number) as org_number,
                   coalesce(r.name, s.org_number) as name,
                   r.municipality_number, r.municipality_name, r.county_number, r.industry, r.nace_code,
                   r.industry_programme, r.sector,
                   coalesce(s.persons, r.employees) as employees,
                   s.org_number is not null as has_statistics,
                   coalesce(s.masked, false) as masked,
                   s.lost, s.possible, s.percent, s.trend, s.benchmark_percent, s.potential
            from (select * from register_workplace where employees > 0 %1$s) r
            full join (select * from sick_leave_snapshot %2$s) s on s.org_number = r.org_number
            """;

    private static final String COLUMNS = "org_number, name, municipality_number, municipality_name, county_number,"
            + " industry, nace_code, industry_programme, sector, employees, has_statistics, masked, lost, possible,"
            + " percent, trend, benchmark_percent, potential";

    private final JdbcClient jdbc;

    CandidateRebuilder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SnapshotPublished published) {
        rebuild();
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(RegisterChanged changed) {
        if (changed.orgNumber() == null) {
            rebuild();
        } else {
            refresh(changed.orgNumber());
        }
    }

    /** A database that has sources but no candidates yet (a new installation, an upgrade) gets them at start. */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!jdbc.sql("select exists (select 1 from priority_candidate)")
                        .query(Boolean.class)
                        .single()
                && jdbc.sql("select exists (select 1 from register_workplace)")
                        .query(Boolean.class)
                        .single()) {
            rebuild();
        }
    }

    @Transactional
    public long rebuild() {
        long started = System.currentTimeMillis();
        jdbc.sql("delete from priority_candidate").update();
        long rows = jdbc.sql("insert into priority_candidate (" + COLUMNS + ") " + SELECT.formatted("", ""))
                .update();
        log.info("Prioritisation candidates rebuilt: {} in {} ms", rows, System.currentTimeMillis() - started);
        return rows;
    }

    private void refresh(String orgNumber) {
        jdbc.sql("delete from priority_candidate where org_number = :org")
                .param("org", orgNumber)
                .update();
        jdbc.sql("insert into priority_candidate (" + COLUMNS + ") "
                        + SELECT.formatted("and org_number = :org", "where org_number = :org"))
                .param("org", orgNumber)
                .update();
    }
}
