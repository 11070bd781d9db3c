package no.iaverk.web.internal;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code migrations}, part of the readiness group ({@code /actuator/health/readiness}): up when
 * every migration this build ships is applied; out of service while one is pending (the schema is older than the code:
 * no traffic yet); down when one failed. A schema that a newer instance has moved ahead is still up for this one.
 */
@Component("migrations")
class MigrationsHealth implements HealthIndicator {

    private final Flyway flyway;

    MigrationsHealth(Flyway flyway) {
        this.flyway = flyway;
    }

    @Override
    public Health health() {
        MigrationInfoService info = flyway.info();
        List<String> failed = Arrays.stream(info.all())
                .filter(migration -> migration.getState().isFailed())
                .map(MigrationsHealth::name)
                .toList();
        if (!failed.isEmpty()) {
            return Health.down().withDetail("failed", failed).build();
        }
        List<String> pending =
                Arrays.stream(info.pending()).map(MigrationsHealth::name).toList();
        if (!pending.isEmpty()) {
            return Health.outOfService().withDetail("pending", pending).build();
        }
        MigrationInfo current = info.current();
        return Health.up()
                .withDetail("current", current == null ? "none" : name(current))
                .build();
    }

    private static String name(MigrationInfo migration) {
        return migration.getVersion() == null
                ? migration.getDescription()
                : migration.getVersion() + " " + migration.getDescription();
    }
}
