package no.iaverk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import no.iaverk.reports.AssistanceReport;
import no.iaverk.reports.AssistanceReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The national assistance report (issue 15: ≤ 2 s over 10 000 collaborations and 200 000 activities) on a copy of the
 * national database that bench/statistics.sh leaves. {@link ReportsBenchData} writes the collaborations and activities
 * straight into the cases tables (a timing fixture, replaced at every run); then the service behind {@code GET
 * /api/reports/assistance} and the endpoint itself are timed for a one-year and a three-year period: two warm-up
 * runs, then the median and max of five.
 */
// The effect page's background estimate (30 s after start, then every 5 minutes) would read the national series while
// the report is timed: it is put off beyond the run, so the figures are the report's alone.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"iaverk.demo.enabled=false", "iaverk.evaluation.keep-warm-after-start=PT24H"})
class ReportsBench {

    static final int WARMUP = 2;
    static final int RUNS = 5;

    // The data end on 2026-11-30: the periods are the last year and the last three years before it.
    static final String[][] PERIODS = {{"2025-12-01", "2026-11-30"}, {"2023-12-01", "2026-11-30"}};

    @Autowired
    AssistanceReports reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @LocalServerPort
    int port;

    @Test
    void national_assistance_report() throws Exception {
        long enterprises = jdbc.sql("select count(*) from register_enterprise").query(Long.class).single();
        assertThat(enterprises).as("run bench/register-import.sh first").isGreaterThan(100_000);
        if (Boolean.getBoolean("reports.keep-data")) {
            System.out.println("REPORTS data kept from the previous run (-Dreports.keep-data=true)");
        } else {
            new ReportsBenchData(jdbc, transactions).generate();
        }

        CpuTimings cpu = new CpuTimings(Path.of(System.getProperty("iaverk.embedded.data-dir")));
        for (String[] period : PERIODS) {
            explain(period);
            AssistanceReport report = reports.assistance(period[0], period[1], null);
            System.out.printf(
                    "REPORTS %s–%s: %d registrations, %d unique enterprises, %d ongoing at the end, %d municipalities"
                            + " reached%n",
                    period[0],
                    period[1],
                    report.enterprises().registrations(),
                    report.enterprises().unique(),
                    report.ended().ongoing(),
                    report.municipalitiesReached().reached());
            System.out.println("REPORTS load average " + loadAverage());
            System.out.println("REPORTS " + cpu.measure(
                    "service %s–%s".formatted(period[0], period[1]),
                    WARMUP,
                    RUNS,
                    () -> reports.assistance(period[0], period[1], null)));
        }

        HttpClient http = HttpClient.newHttpClient();
        String basic = "Basic "
                + Base64.getEncoder().encodeToString("leser:demo".getBytes(StandardCharsets.UTF_8));
        for (String[] period : PERIODS) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:%d/api/reports/assistance?from=%s&to=%s"
                            .formatted(port, period[0], period[1])))
                    .header("Authorization", basic)
                    .header("Accept", "application/json")
                    .build();
            HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            System.out.printf("REPORTS GET /api/reports/assistance %s–%s: %d bytes of JSON%n",
                    period[0], period[1], first.body().length());
            System.out.println("REPORTS load average " + loadAverage());
            System.out.println("REPORTS " + cpu.measure("HTTP GET %s–%s".formatted(period[0], period[1]), WARMUP, RUNS, () -> {
                try {
                    return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
    }

    /**
     * The database's own time for the report's SQL (EXPLAIN ANALYZE of AssistanceRegistrations' query, read by
     * reflection so that the bench times exactly what the service runs); the whole plan with -Dreports.explain=true.
     */
    private void explain(String[] period) throws Exception {
        Field field = Class.forName("no.iaverk.reports.AssistanceRegistrations").getDeclaredField("REGISTRATIONS");
        field.setAccessible(true);
        List<String> plan = jdbc.sql("explain (analyze, buffers) " + field.get(null))
                .param("from", LocalDate.parse(period[0]))
                .param("to", LocalDate.parse(period[1]))
                .param("unit", null)
                .query(String.class)
                .list();
        boolean whole = Boolean.getBoolean("reports.explain");
        plan.stream()
                .filter(line -> whole || line.startsWith("Planning Time") || line.startsWith("Execution Time"))
                .forEach(line -> System.out.printf("REPORTS explain %s–%s | %s%n", period[0], period[1], line));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
