package no.iaverk.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import no.iaverk.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The load balancer's probes: readiness is up with the database and every migration applied; the migrations
 * contributor turns it out of service while a migration is pending and down when one failed (simulated on a Flyway of
 * its own, in a schema of its own, so the application's schema is never touched).
 */
@IntegrationTest
class MigrationsHealthTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MigrationsHealth applicationMigrations;

    @Test
    void readiness_and_liveness_are_up_without_login_when_the_database_answers_and_the_schema_is_current() {
        assertThat(mvc.get().uri("/actuator/health/readiness"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("UP");
        assertThat(mvc.get().uri("/actuator/health/liveness"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("UP");
        // Status only for anonymous callers; what is in the schema is no business of theirs.
        assertThat(mvc.get().uri("/actuator/health/readiness")).bodyText().doesNotContain("migrations", "current");
    }

    @Test
    void a_pending_migration_takes_the_instance_out_of_service_and_a_failed_one_takes_it_down() {
        jdbc.sql("drop schema if exists health_test cascade").update();
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .schemas("health_test")
                .createSchemas(true)
                .locations("classpath:db/health-test")
                .load();
        var health = new MigrationsHealth(flyway);
        try {
            assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(health.health().getDetails()).containsKey("pending");

            flyway.migrate();
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(health.health().getDetails()).containsEntry("current", "1 a table");

            // PostgreSQL rolls a failed migration back, so Flyway records a failure only where DDL is not
            // transactional; the row it would write there:
            jdbc.sql("""
                    insert into health_test.flyway_schema_history
                        (installed_rank, version, description, type, script, checksum, installed_by, execution_time,
                         success)
                    values (2, '2', 'broken', 'SQL', 'V2__broken.sql', 0, 'test', 0, false)
                    """).update();
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.health().getDetails()).containsKey("failed");
        } finally {
            jdbc.sql("drop schema health_test cascade").update();
        }
    }

    @Test
    void the_applications_own_migrations_are_all_applied() {
        assertThat(applicationMigrations.health().getStatus()).isEqualTo(Status.UP);
        assertThat(applicationMigrations.health().getDetails().get("current").toString())
                .matches("\\d+ .+");
    }
}
