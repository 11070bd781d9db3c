package no.iaverk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import no.iaverk.imports.ImportProgress;
import no.iaverk.imports.ImportSource;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.Publication;
import no.iaverk.statistics.QuarterStatus;
import no.iaverk.statistics.StatisticsImport;
import no.iaverk.statistics.StatisticsImportReport;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statistics import at national scale: every quarter under {@code bench.statistics} (default
 * target/bench/statistics, from {@code generate-statistics}) through the service a user's import goes through, against
 * the same enterprise rows loaded with plain COPY into an equivalent table; then the time to publish the newest
 * quarter. Needs a database with the national register (bench/statistics.sh prepares one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "iaverk.demo.enabled=false")
class StatisticsImportBench {

    @Autowired
    StatisticsImport statisticsImport;

    @Autowired
    Publication publication;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JsonMapper json;

    @Test
    void import_against_raw_copy_and_publication_at_national_scale() throws Exception {
        Path root = Path.of(System.getProperty("bench.statistics", "target/bench/statistics"));
        List<Path> quarters;
        try (Stream<Path> folders = Files.list(root)) {
            quarters = folders.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(quarters).as("run generate-statistics first (bench/statistics.sh)").isNotEmpty();
        jdbc.sql("drop table if exists bench_raw_copy").update();
        jdbc.sql("create table bench_raw_copy (like sick_leave_enterprise including defaults including constraints)")
                .update();
        jdbc.sql("alter table bench_raw_copy add primary key (org_number, period)").update();

        long importedRecords = 0;
        long enterpriseRows = 0;
        double importSeconds = 0;
        double copySeconds = 0;
        List<String> lines = new ArrayList<>();
        for (Path folder : quarters) {
            List<ImportSource> files;
            // Without the publication calendar no quarter publishes itself: publication is timed on its own below.
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(file -> !file.getFileName().toString().startsWith("publiseringsdato"))
                        .sorted()
                        .map(ImportSource::of)
                        .toList();
            }
            long start = System.nanoTime();
            StatisticsImportReport report = statisticsImport.run(files, "bench", ImportProgress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            long rows = report.files().stream()
                    .filter(file -> file.file().equals("virksomhet.json"))
                    .mapToLong(StatisticsImportReport.FileSummary::accepted)
                    .sum();

            String copyText = copyText(folder.resolve("virksomhet.json"), report.quarter());
            long copyStart = System.nanoTime();
            long copied = copy(copyText);
            double copyTime = (System.nanoTime() - copyStart) / 1e9;
            assertThat(copied).isEqualTo(rows);

            importedRecords += report.recordsRead();
            enterpriseRows += rows;
            importSeconds += seconds;
            copySeconds += copyTime;
            String line = "%s  %,9d records (%,8d enterprise rows)  import %6.2f s = %,8.0f rows/s   raw COPY %5.2f s = %,9.0f rows/s   ratio %3.0f %%"
                    .formatted(
                            report.quarter(),
                            report.recordsRead(),
                            rows,
                            seconds,
                            rows / seconds,
                            copyTime,
                            rows / copyTime,
                            100 * copyTime / seconds);
            System.out.println(line);
            lines.add(line);
        }
        Quarter newest = publication.quarters().stream()
                .filter(QuarterStatus::imported)
                .findFirst()
                .orElseThrow()
                .quarter();
        long publishStart = System.nanoTime();
        publication.publish(newest, "bench");
        double publishSeconds = (System.nanoTime() - publishStart) / 1e9;
        long snapshot = jdbc.sql("select count(*) from sick_leave_snapshot").query(Long.class).single();

        System.out.println();
        System.out.println("Statistics import benchmark: " + quarters.size() + " quarters from " + root);
        lines.forEach(System.out::println);
        System.out.printf(
                "TOTAL  %,d records read, %,d enterprise rows imported in %.1f s: %,.0f enterprise rows/s (%,.0f records/s)%n",
                importedRecords,
                enterpriseRows,
                importSeconds,
                enterpriseRows / importSeconds,
                importedRecords / importSeconds);
        System.out.printf(
                "RAW COPY  the same %,d rows into an equivalent table (primary key, no JSON): %.1f s = %,.0f rows/s%n",
                enterpriseRows, copySeconds, enterpriseRows / copySeconds);
        System.out.printf("RATIO  import speed / raw COPY speed = %.0f %% (target ≥ 50 %%)%n", 100 * copySeconds / importSeconds);
        System.out.printf("PUBLISH  %s: snapshot of %,d enterprises in %.2f s (target ≤ 15 s)%n", newest, snapshot, publishSeconds);
        jdbc.sql("drop table bench_raw_copy").update();
    }

    /** The rows of virksomhet.json as COPY text, prepared before the clock starts: the baseline is COPY alone. */
    private String copyText(Path file, Quarter quarter) throws IOException {
        int period = quarter.year() * 10 + quarter.quarter();
        StringBuilder text = new StringBuilder(64 << 20);
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = json.createParser(in)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                String org = null;
                String persons = null;
                String lost = null;
                String possible = null;
                String graded = null;
                String[] durations = new String[6];
                String field;
                while ((field = parser.nextName()) != null) {
                    JsonToken token = parser.nextToken();
                    switch (field) {
                        case "orgnr" -> org = parser.getText();
                        case "antallPersoner" -> persons = parser.getText();
                        case "tapteDagsverk" -> lost = parser.getText();
                        case "muligeDagsverk" -> possible = parser.getText();
                        case "tapteDagsverkGradert" -> graded = parser.getText();
                        case "tapteDagsverkPerVarighet" -> {
                            while (parser.nextToken() == JsonToken.START_OBJECT) {
                                String code = null;
                                String value = null;
                                String name;
                                while ((name = parser.nextName()) != null) {
                                    parser.nextToken();
                                    if (name.equals("varighet")) {
                                        code = parser.getText();
                                    } else {
                                        value = parser.getText();
                                    }
                                }
                                durations[code.charAt(0) - 'A'] = value;
                            }
                        }
                        default -> {
                            if (token.isStructStart()) {
                                parser.skipChildren();
                            }
                        }
                    }
                }
                text.append(period).append('\t').append(org).append('\t').append(persons).append('\t')
                        .append(lost).append('\t').append(possible).append('\t').append(orNull(graded));
                for (String duration : durations) {
                    text.append('\t').append(orNull(duration));
                }
                text.append("\t\\N\t\\N\t\\N\t1\n");
            }
        }
        return text.toString();
    }

    private long copy(String text) throws Exception {
        try (var connection = dataSource.getConnection()) {
            return connection.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "copy bench_raw_copy (period, org_number, persons, lost, possible, graded_lost, lost_a,"
                                    + " lost_b, lost_c, lost_d, lost_e, lost_f, sector, industry, nace_code, rectype)"
                                    + " from stdin",
                            new StringReader(text));
        }
    }

    private static String orNull(String value) {
        return value == null ? "\\N" : value;
    }
}
