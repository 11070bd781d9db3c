package no.iaverk.statistics;

import static no.iaverk.statistics.StatisticsFixtures.enterprise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.iaverk.IntegrationTest;
import no.iaverk.imports.ImportProgress;
import no.iaverk.imports.ImportRun;
import no.iaverk.imports.ImportRuns;
import no.iaverk.imports.ImportSource;
import no.iaverk.imports.ImportTooLarge;
import no.iaverk.register.RegisterImport;
import no.iaverk.shared.Quarter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A small compressed file can unpack to gigabytes of nothing. Imports count what they unpack and stop at
 * {@code iaverk.imports.max-decompressed-bytes} (1 MB here), long before the end of such a file.
 */
@IntegrationTest
@TestPropertySource(properties = "iaverk.imports.max-decompressed-bytes=1MB")
class ImportSizeLimitTest {

    static final Quarter Q = Quarter.of(2024, 2);
    static final int BOMB = 256 << 20; // 256 MiB of blanks, about 250 KB zipped

    @Autowired
    StatisticsImport statisticsImport;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    ImportRuns runs;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        StatisticsFixtures.clear(jdbc);
    }

    @Test
    void a_zip_that_unpacks_to_more_than_the_limit_is_refused_early_and_nothing_is_imported() {
        byte[] zip = zip("2024K2/virksomhet.json", "[" + enterprise("910000004", Q, 20, 60, 1000) + ",", BOMB, "]");
        AtomicLong compressedRead = new AtomicLong();

        assertThatThrownBy(() -> StatisticsFixtures.run(
                        statisticsImport, List.of(new ImportSource("2024K2.zip", () -> counting(zip, compressedRead)))))
                .isInstanceOf(ImportTooLarge.class)
                .hasMessageContaining("2024K2/virksomhet.json")
                .hasMessageContaining("1 MiB")
                .hasMessageContaining("Ingenting er importert");

        // It stopped after about 1 MB unpacked: well before the end of the zip.
        assertThat(compressedRead.get()).isLessThan(zip.length / 2);
        assertThat(jdbc.sql("select count(*) from sick_leave_enterprise")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(runs.latest(StatisticsImport.KIND, 1)).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(ImportRun.Status.FAILED);
            assertThat(run.summary()).contains("for stor", "Ingenting er importert");
        });
    }

    @Test
    void an_entry_nobody_reads_is_counted_too() {
        byte[] zip = zip("2024K2/notater.txt", "", BOMB, "");

        assertThatThrownBy(() -> StatisticsFixtures.run(statisticsImport, List.of(source("q.zip", zip))))
                .isInstanceOf(ImportTooLarge.class)
                .hasMessageContaining("notater.txt");
    }

    @Test
    void the_api_answers_413_for_a_quarter_over_the_limit() {
        byte[] zip = zip("2024K2/virksomhet.json", "[", BOMB, "]");

        assertThat(mvc.post()
                        .uri("/api/statistics/imports")
                        .multipart()
                        .file(new MockMultipartFile("file", "2024K2.zip", "application/zip", zip))
                        .with(httpBasic("admin", "demo")))
                .hasStatus(HttpStatus.CONTENT_TOO_LARGE)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("for stor");
    }

    @Test
    void a_gzipped_register_file_over_the_limit_is_refused() {
        // Larger than the zip: the register reads through two 64 KB buffers.
        byte[] gzip = gzip("[", 2 * BOMB, "]");
        AtomicLong compressedRead = new AtomicLong();

        assertThatThrownBy(() -> registerImport.run(
                        List.of(new ImportSource("enheter.json.gz", () -> counting(gzip, compressedRead))),
                        "test",
                        ImportProgress.NONE))
                .isInstanceOf(ImportTooLarge.class)
                .hasMessageContaining("enheter.json.gz");
        assertThat(compressedRead.get()).isLessThan(gzip.length / 2);
        assertThat(runs.latest(RegisterImport.KIND, 1))
                .singleElement()
                .extracting(ImportRun::summary)
                .asString()
                .contains("for stor");
    }

    @Test
    void files_under_the_limit_import_as_before() {
        var report = StatisticsFixtures.run(
                statisticsImport,
                List.of(source(
                        "2024K2.zip",
                        zip("2024K2/virksomhet.json", "[", 1000, enterprise("910000004", Q, 20, 60, 1000) + "]"))));

        assertThat(report.accepted()).isEqualTo(1);
    }

    private static ImportSource source(String name, byte[] content) {
        return new ImportSource(name, () -> new java.io.ByteArrayInputStream(content));
    }

    private static InputStream counting(byte[] content, AtomicLong read) {
        return new FilterInputStream(new java.io.ByteArrayInputStream(content)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                read.addAndGet(Math.max(n, 0));
                return n;
            }
        };
    }

    /** {@code before}, then {@code blanks} spaces, then {@code after}, as one zip entry. */
    static byte[] zip(String entry, String before, int blanks, String after) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            write(zip, before, blanks, after);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] gzip(String before, int blanks, String after) {
        var bytes = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(bytes)) {
            write(gzip, before, blanks, after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(OutputStream out, String before, int blanks, String after) throws IOException {
        out.write(before.getBytes(StandardCharsets.UTF_8));
        byte[] spaces = " ".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
        for (int left = blanks; left > 0; left -= spaces.length) {
            out.write(spaces, 0, Math.min(left, spaces.length));
        }
        out.write(after.getBytes(StandardCharsets.UTF_8));
    }
}
