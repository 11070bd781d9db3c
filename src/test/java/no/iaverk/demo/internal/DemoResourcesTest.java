package no.iaverk.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import no.iaverk.IntegrationTest;
import no.iaverk.reports.UnitResources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo's resources: the mapping report's figures through the admin's service, at every start without doubling. */
@IntegrationTest
class DemoResourcesTest {

    @Autowired
    UnitResources resources;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void noResources() {
        jdbc.update("delete from report_unit_resources");
        jdbc.update("delete from report_resources_printed_total");
    }

    @Test
    void each_start_loads_the_reference_figures_once() {
        var demo = new DemoResources(resources);
        demo.load();
        demo.load();

        assertThat(jdbc.queryForObject(
                        "select count(*) from report_unit_resources where source = 'REFERENCE' and entered_by = 'demo'",
                        Integer.class))
                .isEqualTo(48);
        assertThat(resources.forYear(2022).reconciles()).isFalse();
    }
}
