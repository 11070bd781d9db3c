package no.iaverk.imports;

import static no.iaverk.BrregJson.legalUnit;
import static no.iaverk.BrregJson.subUnit;
import static no.iaverk.statistics.StatisticsFixtures.category;
import static no.iaverk.statistics.StatisticsFixtures.enterprise;
import static no.iaverk.statistics.StatisticsFixtures.metadata;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import no.iaverk.BrregJson;
import no.iaverk.IntegrationTest;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.StatisticsFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Both importers, through the API, given small valid files cut short, with bytes flipped, or with one record's field
 * removed or of another type. Never a 5xx. A file that cannot be read as a whole is refused with a clear report and
 * nothing written; in a readable file a bad record is rejected with its position, line and reason, and the rest is
 * imported. jqwik draws the damage; Spring's test context (the same cached one the other tests use) is set up by hand,
 * because jqwik is not JUnit Jupiter.
 */
@IntegrationTest
class ImportFuzzTest {

    static final Quarter Q = Quarter.of(2024, 2);

    /** A municipality, its kindergartens, and a company with one workplace: six records, all valid. */
    static final String REGISTER = BrregJson.array(
            legalUnit("910000004", "BERGEN KOMMUNE", "KOMM", "6500", "4601"),
            subUnit("910000012", "ALFA BARNEHAGE", "910000004", "88.911", 60),
            subUnit("910000020", "BETA BARNEHAGE", "910000004", "88.911", 25),
            subUnit("910000039", "GAMMA SYKEHJEM", "910000004", "87.102", 80),
            legalUnit("910000047", "DELTA BYGG AS", "AS", "2100", "4601"),
            subUnit("910000055", "DELTA BYGG AS AVD BERGEN", "910000047", "41.200", 14));

    static final int REGISTER_RECORDS = 6;

    static final Map<String, String> QUARTER = new java.util.TreeMap<>(Map.of(
            "virksomhet.json",
            StatisticsFixtures.array(
                    enterprise("910000012", Q, 60, 300, 5000),
                    enterprise("910000020", Q, 25, 90, 2000),
                    enterprise("910000039", Q, 80, 500, 7000),
                    enterprise("910000055", Q, 14, 40, 1100)),
            "virksomhet_metadata.json",
            StatisticsFixtures.array(
                    metadata("910000012", Q, "2", "88.911"),
                    metadata("910000020", Q, "2", "88.911"),
                    metadata("910000039", Q, "2", "87.102"),
                    metadata("910000055", Q, "3", "41.200")),
            "land.json",
            StatisticsFixtures.array(category("land", "NO", Q, 3_000_000, 600_000, 10_000_000))));

    static final int QUARTER_RECORDS = 9;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @BeforeProperty
    void spring() throws Exception {
        new TestContextManager(getClass()).prepareTestInstance(this);
    }

    // ---- the register ----

    @Property(tries = 30)
    void the_valid_register_files_import_whole(@ForAll boolean gzipped) {
        byte[] file = FileDamage.utf8(REGISTER);
        JsonNode report = importedRegister(gzipped ? FileDamage.gzip(file) : file, gzipped);
        assertThat(report.path("inserted").asLong()).isEqualTo(REGISTER_RECORDS);
    }

    @Property(tries = 120)
    void a_register_file_cut_short_is_refused_and_nothing_is_written(
            @ForAll boolean gzipped, @ForAll("fractions") double where) {
        byte[] whole = gzipped ? FileDamage.gzip(FileDamage.utf8(REGISTER)) : FileDamage.utf8(REGISTER);
        byte[] cut = FileDamage.cut(whole, cutAt(where, whole.length));
        refusedRegister(cut, gzipped);
    }

    @Property(tries = 40)
    void a_register_file_with_flipped_bytes_is_refused_or_imported_record_by_record(
            @ForAll boolean gzipped, @ForAll("flips") FileDamage.Flips flips) {
        byte[] whole = gzipped ? FileDamage.gzip(FileDamage.utf8(REGISTER)) : FileDamage.utf8(REGISTER);
        refusedOrImportedRegister(FileDamage.flip(whole, flips), gzipped);
    }

    @Property(tries = 50)
    void a_register_record_with_a_field_removed_or_of_another_type_is_rejected_alone(
            @ForAll("edits") FileDamage.Edit edit) {
        String damaged = FileDamage.edit(json, REGISTER, edit);
        JsonNode report = importedRegister(FileDamage.utf8(damaged), false);
        // One record changed: at most that one is rejected, all the others are stored.
        assertThat(report.path("rejected").asLong())
                .as("field %s", FileDamage.fieldName(json, REGISTER, edit))
                .isLessThanOrEqualTo(1);
        assertThat(count("enterprise")).isGreaterThanOrEqualTo(REGISTER_RECORDS - 1);
    }

    // ---- the statistics ----

    @Property(tries = 30)
    void the_valid_quarter_imports_whole(@ForAll boolean zipped) {
        JsonNode report = importedQuarter(quarter(zipped, Map.of()), zipped);
        assertThat(report.path("accepted").asLong()).isEqualTo(QUARTER_RECORDS);
        assertThat(report.path("rejected").asLong()).isZero();
    }

    @Property(tries = 120)
    void a_quarter_file_cut_short_is_refused_and_nothing_is_written(
            @ForAll boolean zipped, @ForAll("fractions") double where, @ForAll("quarterFiles") String file) {
        List<MockMultipartFile> files = quarter(zipped, Map.of());
        int index = zipped ? 0 : List.copyOf(QUARTER.keySet()).indexOf(file);
        MockMultipartFile whole = files.get(index);
        byte[] content = bytes(whole);
        files.set(index, part(whole, FileDamage.cut(content, cutAt(where, content.length))));
        refusedQuarter(files);
    }

    @Property(tries = 40)
    void a_quarter_with_flipped_bytes_is_refused_or_imported_record_by_record(
            @ForAll boolean zipped, @ForAll("flips") FileDamage.Flips flips, @ForAll("quarterFiles") String file) {
        List<MockMultipartFile> files = quarter(zipped, Map.of());
        int index = zipped ? 0 : List.copyOf(QUARTER.keySet()).indexOf(file);
        files.set(index, part(files.get(index), FileDamage.flip(bytes(files.get(index)), flips)));
        refusedOrImportedQuarter(files);
    }

    @Property(tries = 50)
    void a_quarter_record_with_a_field_removed_or_of_another_type_is_rejected_alone(
            @ForAll boolean zipped, @ForAll("edits") FileDamage.Edit edit, @ForAll("quarterFiles") String file) {
        String field = FileDamage.fieldName(json, QUARTER.get(file), edit);
        JsonNode report =
                importedQuarter(quarter(zipped, Map.of(file, FileDamage.edit(json, QUARTER.get(file), edit))), zipped);
        if (!field.equals("årstall") && !field.equals("kvartal")) {
            // (A record whose quarter changes may make the import about another quarter; then the others are
            // rejected, each with its reason.)
            assertThat(report.path("rejected").asLong()).as("field %s", field).isLessThanOrEqualTo(1);
        }
    }

    /** At least one byte is left: an empty upload is no file at all, which the API answers on its own (400). */
    private static int cutAt(double where, int length) {
        return Math.max(1, (int) (where * length));
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 0.9999).ofScale(4);
    }

    @Provide
    Arbitrary<FileDamage.Flips> flips() {
        return FileDamage.flips();
    }

    @Provide
    Arbitrary<FileDamage.Edit> edits() {
        return FileDamage.edits();
    }

    @Provide
    Arbitrary<String> quarterFiles() {
        return Arbitraries.of(List.copyOf(QUARTER.keySet()));
    }

    // ---- importing and checking ----

    private JsonNode importedRegister(byte[] file, boolean gzipped) {
        MvcTestResult result = postRegister(file, gzipped);
        assertThat(result).hasStatusOk();
        JsonNode report = json.readTree(result.getResponse().getContentAsByteArray());
        assertEveryRejectionSaysWhereAndWhy(report);
        assertThat(count("enterprise")).isEqualTo(report.path("inserted").asLong());
        assertThat(report.path("inserted").asLong() + report.path("rejected").asLong())
                .isLessThanOrEqualTo(report.path("recordsRead").asLong());
        assertThat(latestRun("REGISTER")).isEqualTo("SUCCEEDED");
        return report;
    }

    private void refusedRegister(byte[] file, boolean gzipped) {
        MvcTestResult result = postRegister(file, gzipped);
        assertRefused(result);
        assertThat(count("enterprise")).isZero();
        assertThat(latestRun("REGISTER")).isEqualTo("FAILED");
    }

    private void refusedOrImportedRegister(byte[] file, boolean gzipped) {
        MvcTestResult result = postRegister(file, gzipped);
        if (result.getResponse().getStatus() == 200) {
            importedRegister(file, gzipped); // again, to run the checks on a clean register
        } else {
            assertRefused(result);
            assertThat(count("enterprise")).isZero();
            assertThat(latestRun("REGISTER")).isEqualTo("FAILED");
        }
    }

    private MvcTestResult postRegister(byte[] file, boolean gzipped) {
        if (count("enterprise") > 0) {
            jdbc.sql("truncate enterprise").update();
        }
        return mvc.post()
                .uri("/api/register/imports")
                .multipart()
                .file(new MockMultipartFile(
                        "file", gzipped ? "enheter.json.gz" : "enheter.json", "application/octet-stream", file))
                .with(httpBasic("admin", "demo"))
                .exchange();
    }

    private JsonNode importedQuarter(List<MockMultipartFile> files, boolean zipped) {
        MvcTestResult result = postQuarter(files);
        assertThat(result).hasStatusOk();
        return checkedQuarter(result);
    }

    private JsonNode checkedQuarter(MvcTestResult result) {
        JsonNode report = json.readTree(result.getResponse().getContentAsByteArray());
        assertEveryRejectionSaysWhereAndWhy(report);
        assertThat(report.path("accepted").asLong() + report.path("rejected").asLong())
                .isEqualTo(report.path("recordsRead").asLong());
        long enterprisesAccepted = 0;
        for (JsonNode file : report.path("files")) {
            if (file.path("kind").asString().equals("virksomhet.json")) {
                enterprisesAccepted += file.path("accepted").asLong();
            }
        }
        assertThat(count("sick_leave_enterprise")).isEqualTo(enterprisesAccepted);
        assertThat(latestRun("STATISTICS")).isEqualTo("SUCCEEDED");
        return report;
    }

    private void refusedQuarter(List<MockMultipartFile> files) {
        MvcTestResult result = postQuarter(files);
        assertRefused(result);
        assertNoStatistics();
    }

    private void refusedOrImportedQuarter(List<MockMultipartFile> files) {
        MvcTestResult result = postQuarter(files);
        if (result.getResponse().getStatus() == 200) {
            checkedQuarter(result);
        } else {
            assertRefused(result);
            assertNoStatistics();
        }
    }

    private void assertNoStatistics() {
        assertThat(count("sick_leave_enterprise")).isZero();
        assertThat(count("sick_leave_category")).isZero();
        assertThat(count("sick_leave_quarter")).isZero();
        assertThat(latestRun("STATISTICS")).isEqualTo("FAILED");
    }

    private MvcTestResult postQuarter(List<MockMultipartFile> files) {
        if (count("sick_leave_quarter") + count("sick_leave_category") + count("sick_leave_publication_date") > 0
                || count("pg_inherits where inhparent = 'sick_leave_enterprise'::regclass") > 0) {
            StatisticsFixtures.clear(jdbc);
        }
        var request = mvc.post().uri("/api/statistics/imports").multipart();
        files.forEach(request::file);
        return request.with(httpBasic("admin", "demo")).exchange();
    }

    /** The quarter as one zip (field «file») or as its JSON files (field «files»), some replaced. */
    private static List<MockMultipartFile> quarter(boolean zipped, Map<String, String> replaced) {
        var fixture = StatisticsFixtures.files();
        QUARTER.forEach((name, content) -> fixture.raw(name, replaced.getOrDefault(name, content)));
        if (zipped) {
            byte[] zip = bytes(fixture.asZip("2024K2.zip"));
            return new java.util.ArrayList<>(
                    List.of(new MockMultipartFile("file", "2024K2.zip", "application/zip", zip)));
        }
        var parts = new java.util.ArrayList<MockMultipartFile>();
        for (String name : QUARTER.keySet()) {
            parts.add(new MockMultipartFile(
                    "files",
                    name,
                    "application/json",
                    FileDamage.utf8(replaced.getOrDefault(name, QUARTER.get(name)))));
        }
        return parts;
    }

    private static MockMultipartFile part(MockMultipartFile like, byte[] content) {
        return new MockMultipartFile(like.getName(), like.getOriginalFilename(), like.getContentType(), content);
    }

    private static byte[] bytes(MockMultipartFile file) {
        try {
            return file.getBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] bytes(ImportSource source) {
        try (var in = source.opener().open()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void assertRefused(MvcTestResult result) {
        int status = result.getResponse().getStatus();
        assertThat(status).as("status").isBetween(400, 499);
        JsonNode problem = json.readTree(result.getResponse().getContentAsByteArray());
        assertThat(problem.path("detail").asString()).contains("Ingenting er importert");
    }

    private static void assertEveryRejectionSaysWhereAndWhy(JsonNode report) {
        for (JsonNode rejection : report.path("rejections")) {
            assertThat(rejection.path("position").asLong())
                    .as("position of %s", rejection)
                    .isPositive();
            assertThat(rejection.path("line").asLong())
                    .as("line of %s", rejection)
                    .isPositive();
            assertThat(rejection.path("reason").asString())
                    .as("reason of %s", rejection)
                    .isNotBlank();
        }
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private String latestRun(String kind) {
        return jdbc.sql("select status from import_run where kind = :kind order by id desc limit 1")
                .param("kind", kind)
                .query(String.class)
                .single();
    }
}
