package no.iaverk.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.cases.Background;
import no.iaverk.cases.CaseCommand;
import no.iaverk.cases.CaseEventType;
import no.iaverk.cases.Cases;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every time on the pages is Oslo time, whatever the server's zone: here the JVM runs in UTC (as on most servers) and
 * an activity typed in as 09:30 is stored as the instant 09:30 in Oslo and shown as 09:30 again.
 */
@IntegrationTest
class OsloTimeTest {

    static final CurrentUser ADVISER =
            TestUsers.of("saksbehandler", Role.CASEWORKER).currentUser();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    Cases cases;

    @Autowired
    DisplayFormats formats;

    private TimeZone serverZone;
    private long caseId;

    @BeforeEach
    void aServerInUtcAndAnOwnedCase() {
        serverZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        jdbc.sql("truncate ia_case, case_event, collaboration, collaboration_milestone, plan_item, activity cascade")
                .update();
        TestData.importKindergarten(registerImport);
        caseId = cases.start(
                        TestData.KINDERGARTEN,
                        Background.CENTRE_INITIATIVE,
                        TestUsers.superuser().currentUser())
                .id();
        cases.handle(caseId, CaseCommand.of(CaseEventType.TAKE_OWNERSHIP, 1), ADVISER);
    }

    @AfterEach
    void theServersOwnZoneAgain() {
        TimeZone.setDefault(serverZone);
    }

    @Test
    void an_activity_typed_in_at_half_past_nine_is_stored_and_shown_as_half_past_nine_in_oslo() {
        assertThat(mvc.post()
                        .uri("/sak/{id}/aktivitet", caseId)
                        .param("date", "2025-06-16")
                        .param("time", "09:30")
                        .param("channel", "PHONE")
                        .param("status", "DONE")
                        .param("note", "Ringte daglig leder")
                        .with(user(TestUsers.of("saksbehandler", Role.CASEWORKER)))
                        .with(csrf()))
                .hasStatus3xxRedirection();

        Instant stored = jdbc.sql("select starts_at from activity where case_id = :id")
                .param("id", caseId)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        assertThat(stored).as("09:30 in Oslo in summer (UTC+2)").isEqualTo(Instant.parse("2025-06-16T07:30:00Z"));
        assertThat(mvc.get().uri("/sak/{id}", caseId).with(user(TestUsers.of("saksbehandler", Role.CASEWORKER))))
                .hasStatusOk()
                .bodyText()
                .contains("16.06.2025 09:30")
                .doesNotContain("16.06.2025 07:30");
    }

    @Test
    void instants_are_shown_in_oslo_time_in_summer_and_in_winter() {
        DisplayFormats.Times times = formats.times();
        assertThat(times.zone()).isEqualTo(ZoneId.of("Europe/Oslo"));
        assertThat(times.dateTime(Instant.parse("2025-06-16T07:30:00Z"))).isEqualTo("16.06.2025 09:30");
        assertThat(times.dateTime(Instant.parse("2025-01-16T08:30:00Z"))).isEqualTo("16.01.2025 09:30");
        assertThat(times.date(Instant.parse("2025-12-31T23:30:00Z")))
                .as("already new year's day in Oslo")
                .isEqualTo("01.01.2026");
        assertThat(times.dateTime(LocalDateTime.of(2025, 6, 16, 9, 30))).isEqualTo("16.06.2025 09:30");
        assertThat(times.date(LocalDate.of(2025, 6, 16))).isEqualTo("16.06.2025");
        assertThat(times.dateTime(null)).isNull();
    }

    @Test
    void the_case_page_shows_when_the_case_started_in_oslo_time() {
        Instant started = jdbc.sql("select min(occurred_at) from case_event where case_id = :id")
                .param("id", caseId)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        String oslo = formats.times().dateTime(started);
        assertThat(mvc.get().uri("/sak/{id}", caseId).with(user(TestUsers.of("saksbehandler", Role.CASEWORKER))))
                .bodyText()
                .contains(oslo);
    }

    /** Thymeleaf's {@code #temporals} writes instants in the JVM's zone, so no template may use it. */
    @Test
    void no_template_formats_times_with_the_servers_zone() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                List<String> lines = Files.readAllLines(template);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("#temporals") || lines.get(i).contains("#dates")) {
                        found.add(template + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
