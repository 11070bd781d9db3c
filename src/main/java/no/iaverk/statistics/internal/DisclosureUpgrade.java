package no.iaverk.statistics.internal;

import java.util.List;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.Publication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start, checks the quarters stored under older disclosure rules again (an upgraded installation), and refreshes
 * the published snapshot if any changed, so no figure the current rules withhold stays visible.
 */
@Component
@Order(-10)
class DisclosureUpgrade implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DisclosureUpgrade.class);

    private final JdbcClient jdbc;
    private final StatisticsImporter importer;
    private final Publication publication;

    DisclosureUpgrade(JdbcClient jdbc, StatisticsImporter importer, Publication publication) {
        this.jdbc = jdbc;
        this.importer = importer;
        this.publication = publication;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Quarter> outdated = jdbc.sql("""
                select year, quarter from sick_leave_quarter where disclosure_version < :version
                order by year, quarter
                """)
                .param("version", DisclosureControl.VERSION)
                .query(Quarter.class)
                .list();
        if (outdated.isEmpty()) {
            return;
        }
        outdated.forEach(importer::recheckDisclosure);
        publication.refresh();
        log.info("Checked {} quarters against the disclosure rules again", outdated.size());
    }
}
