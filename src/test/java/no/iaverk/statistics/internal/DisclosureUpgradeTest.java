package no.iaverk.statistics.internal;

import static no.iaverk.statistics.StatisticsFixtures.category;
import static no.iaverk.statistics.StatisticsFixtures.enterprise;
import static no.iaverk.statistics.StatisticsFixtures.files;
import static org.assertj.core.api.Assertions.assertThat;

import no.iaverk.IntegrationTest;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.Publication;
import no.iaverk.statistics.StatisticsFixtures;
import no.iaverk.statistics.StatisticsImport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An installation upgraded from before the disclosure rules gets its stored quarters checked at start. */
@IntegrationTest
class DisclosureUpgradeTest {

    static final Quarter Q = Quarter.of(2024, 2);

    @Autowired
    StatisticsImport statisticsImport;

    @Autowired
    Publication publication;

    @Autowired
    DisclosureUpgrade upgrade;

    @Autowired
    JdbcClient jdbc;

    @Test
    void quarters_stored_under_older_rules_are_protected_again_and_the_snapshot_refreshed() {
        StatisticsFixtures.clear(jdbc);
        StatisticsFixtures.run(
                statisticsImport,
                files().with("virksomhet.json", enterprise("910000004", Q, 3, 10, 100))
                        .with("land.json", category("land", "NO", Q, 3, 10, 100))
                        .asJsonFiles());
        publication.publish(Q, "test");
        // As an older version left it: the country figure of three persons shown, and the rules never applied.
        jdbc.sql("update sick_leave_category set suppressed = false, masked_members = 0")
                .update();
        jdbc.sql("update sick_leave_quarter set disclosure_version = 0").update();

        upgrade.run(null);

        assertThat(jdbc.sql("select suppressed from sick_leave_category where category = 'COUNTRY'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("select min(disclosure_version) from sick_leave_quarter")
                        .query(Integer.class)
                        .single())
                .isEqualTo(DisclosureControl.VERSION);
    }
}
