package no.iaverk.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.iaverk.TestData;
import no.iaverk.imports.ImportProgress;
import no.iaverk.imports.ImportSource;
import no.iaverk.shared.Quarter;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Hand-written quarters in NAV's data-warehouse format, and clearing and importing them, for tests. */
public final class StatisticsFixtures {

    private StatisticsFixtures() {}

    /** A quarter's files by name, to import as separate JSON files or as one zip. */
    public static final class Files {
        private final Map<String, String> files = new LinkedHashMap<>();

        public Files with(String name, String... records) {
            files.put(name, array(records));
            return this;
        }

        public Files raw(String name, String content) {
            files.put(name, content);
            return this;
        }

        public List<ImportSource> asJsonFiles() {
            return files.entrySet().stream()
                    .map(file -> TestData.text(file.getKey(), file.getValue()))
                    .toList();
        }

        public ImportSource asZip(String name) {
            var bytes = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(bytes)) {
                for (var file : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry("2024K2/" + file.getKey()));
                    zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return TestData.bytes(name, bytes.toByteArray());
        }
    }

    public static Files files() {
        return new Files();
    }

    public static String array(String... records) {
        return Arrays.stream(records).collect(Collectors.joining(",\n", "[\n", "\n]"));
    }

    /** An enterprise row with duration split 30 % A, 10 % B, 60 % C and 20 % graded. */
    public static String enterprise(String orgNumber, Quarter quarter, int persons, double lost, double possible) {
        return String.format(
                Locale.ROOT,
                """
                {"årstall": %d, "kvartal": %d, "orgnr": "%s", "antallPersoner": %d,
                 "tapteDagsverk": %.4f, "muligeDagsverk": %.4f, "tapteDagsverkGradert": %.4f,
                 "tapteDagsverkPerVarighet": [{"varighet": "A", "tapteDagsverk": %.4f},
                   {"varighet": "B", "tapteDagsverk": %.4f}, {"varighet": "C", "tapteDagsverk": %.4f}],
                 "rectype": "1"}""",
                quarter.year(),
                quarter.quarter(),
                orgNumber,
                persons,
                lost,
                possible,
                lost * 0.2,
                lost * 0.3,
                lost * 0.1,
                lost * 0.6);
    }

    public static String metadata(String orgNumber, Quarter quarter, String sector, String naceCode) {
        return """
                {"årstall": %d, "kvartal": %d, "orgnr": "%s", "sektor": "%s", "primærnæring": "%s",
                 "primærnæringskode": "%s", "rectype": "1"}""".formatted(
                        quarter.year(),
                        quarter.quarter(),
                        orgNumber,
                        sector,
                        naceCode.substring(0, 2),
                        naceCode.replace(".", ""));
    }

    public static String category(
            String keyField, String code, Quarter quarter, int persons, double lost, double possible) {
        return String.format(
                Locale.ROOT, """
                {"årstall": %d, "kvartal": %d, "%s": "%s", "antallPersoner": %d,
                 "tapteDagsverk": %.4f, "muligeDagsverk": %.4f}""", quarter.year(), quarter.quarter(), keyField, code, persons, lost, possible);
    }

    public static String publicationDate(Quarter quarter, String publicAt) {
        return """
                {"rapportPeriode": "%d%02d", "offentligDato": "%s", "oppdatertIDvh": "2024-08-01T10:00:00"}""".formatted(quarter.year(), quarter.quarter(), publicAt);
    }

    public static void clear(JdbcClient jdbc) {
        jdbc.sql("truncate sick_leave_category, sick_leave_snapshot, sick_leave_publication_date")
                .update();
        jdbc.sql("delete from sick_leave_quarter").update();
        for (String partition : jdbc.sql("select inhrelid::regclass::text from pg_inherits"
                        + " where inhparent = 'sick_leave_enterprise'::regclass")
                .query(String.class)
                .list()) {
            jdbc.sql("drop table " + partition).update();
        }
    }

    public static StatisticsImportReport run(StatisticsImport statisticsImport, List<ImportSource> sources) {
        return statisticsImport.run(sources, "test", ImportProgress.NONE);
    }
}
