package no.iaverk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import no.iaverk.imports.ImportProgress;
import no.iaverk.imports.ImportSource;
import no.iaverk.register.RegisterImport;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shipped Brønnøysund example files and small hand-written variants of them. */
public final class TestData {

    public static final String ENHETER = "demo/brreg/enheter.json.gz";
    public static final String UNDERENHETER = "demo/brreg/underenheter.json.gz";

    private TestData() {}

    public static ImportSource classpath(String path) {
        return new ImportSource(
                path.substring(path.lastIndexOf('/') + 1), () -> new ClassPathResource(path).getInputStream());
    }

    public static ImportSource text(String name, String content) {
        return bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public static ImportSource bytes(String name, byte[] content) {
        return new ImportSource(name, () -> new java.io.ByteArrayInputStream(content));
    }

    /** The smallest register a case needs: Bergen municipality and its kindergarten {@value #KINDERGARTEN}. */
    public static final String KINDERGARTEN = "910000020";

    public static void importKindergarten(RegisterImport registerImport) {
        registerImport.run(
                List.of(text(
                        "register.json",
                        BrregJson.array(
                                BrregJson.legalUnit("910000004", "BERGEN KOMMUNE", "KOMM", "6500", "4601"),
                                BrregJson.subUnit(KINDERGARTEN, "ALFA BARNEHAGE", "910000004", "88.911", 60)))),
                "test",
                ImportProgress.NONE);
    }

    /** Imports the example files unless the register already holds exactly them. */
    public static void ensureExampleRegister(JdbcClient jdbc, RegisterImport registerImport) {
        long examples = jdbc.sql("select count(*) from enterprise where org_number in ('210033602', '311545795')")
                .query(Long.class)
                .single();
        long all = jdbc.sql("select count(*) from enterprise").query(Long.class).single();
        if (examples != 2 || all != 3253) {
            jdbc.sql("truncate enterprise").update();
            registerImport.run(List.of(classpath(ENHETER), classpath(UNDERENHETER)), "test", ImportProgress.NONE);
        }
        jdbc.sql("update enterprise set assigned_programme = null where assigned_programme is not null")
                .update();
    }

    public static byte[] bytesOf(ImportSource source) {
        try (InputStream in = source.opener().open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example file unzipped, as the bytes Brønnøysund publishes. */
    public static byte[] plain(String gzipPath) {
        try (InputStream in = new GZIPInputStream(new ClassPathResource(gzipPath).getInputStream());
                var out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
