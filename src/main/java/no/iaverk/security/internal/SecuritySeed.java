package no.iaverk.security.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import no.iaverk.reference.ReferenceData;
import no.iaverk.security.Role;
import no.iaverk.shared.Csv;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start: the NAV units from {@code reference/nav-units.csv} when there are none yet (afterwards an admin owns
 * them), the users from configuration, and in embedded mode the demo users.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecuritySeed {

    static final String DEMO_PASSWORD = "demo";
    static final String DEMO_UNIT = "VESTLAND";
    static final String SECOND_DEMO_UNIT = "OSLO";

    /**
     * The demo users, created only on the embedded database; all have the password {@value #DEMO_PASSWORD}. Most are in
     * Vestland, where the demo cases are; two are in Oslo, to show that only a case's own unit changes it. The two
     * employer representatives belong to no unit; the demo grants them their legal units (demo.DemoEmployers).
     */
    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("leser", "Lene Leser", Role.READER, DEMO_UNIT),
            new DemoUser("saksbehandler", "Sindre Saksbehandler", Role.CASEWORKER, DEMO_UNIT),
            new DemoUser("superbruker", "Siri Superbruker", Role.SUPERUSER, DEMO_UNIT),
            new DemoUser("admin", "Anders Admin", Role.ADMIN, DEMO_UNIT),
            new DemoUser("saksbehandler-oslo", "Omar Saksbehandler (Oslo)", Role.CASEWORKER, SECOND_DEMO_UNIT),
            new DemoUser("superbruker-oslo", "Oda Superbruker (Oslo)", Role.SUPERUSER, SECOND_DEMO_UNIT),
            new DemoUser("arbeidsgiver", "Arne Arbeidsgiver", Role.EMPLOYER, null),
            new DemoUser("arbeidsgiver2", "Astrid Arbeidsgiver", Role.EMPLOYER, null));

    record DemoUser(
            String username,
            String displayName,
            Role role,
            @Nullable String unit) {}

    private static final Logger log = LoggerFactory.getLogger(SecuritySeed.class);

    SecuritySeed(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            UserAccounts accounts,
            PasswordEncoder passwords,
            SecurityProperties properties,
            ReferenceData referenceData, // units refer to counties, so the reference data must be loaded first
            @Value("${iaverk.embedded.active:false}") boolean demoUsers) {
        transactions.executeWithoutResult(status -> {
            seedUnits(jdbc);
            for (var user : properties.users()) {
                accounts.save(user.username(), user.password(), user.displayName(), user.role(), user.unit());
            }
            if (demoUsers) {
                for (var demo : DEMO_USERS) {
                    if (!accounts.exists(demo.username())) {
                        accounts.save(
                                demo.username(),
                                passwords.encode(DEMO_PASSWORD),
                                demo.displayName(),
                                demo.role(),
                                demo.unit());
                    }
                }
                log.info(
                        "Demo users {} (password \"{}\") are available",
                        DEMO_USERS.stream().map(DemoUser::username).toList(),
                        DEMO_PASSWORD);
            }
        });
    }

    private static void seedUnits(JdbcClient jdbc) {
        if (jdbc.sql("select count(*) from nav_unit").query(Integer.class).single() > 0) {
            return;
        }
        try (InputStream in = new ClassPathResource("reference/nav-units.csv").getInputStream()) {
            for (var row : Csv.read(in, ',')) {
                jdbc.sql("insert into nav_unit (code, name) values (:code, :name)")
                        .param("code", row.get("code"))
                        .param("name", row.get("name"))
                        .update();
                for (String county : row.get("counties").split("\\|")) {
                    jdbc.sql("insert into nav_unit_county (unit_code, county_number) values (:code, :county)")
                            .param("code", row.get("code"))
                            .param("county", county)
                            .update();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
