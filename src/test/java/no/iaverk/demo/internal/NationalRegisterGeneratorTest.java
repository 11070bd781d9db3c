package no.iaverk.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.imports.ImportProgress;
import no.iaverk.imports.ImportSource;
import no.iaverk.register.RegisterImport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class NationalRegisterGeneratorTest {

    @TempDir
    Path folder;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void emptyRegister() {
        jdbc.sql("truncate enterprise").update();
    }

    @Test
    void the_same_seed_gives_the_same_files() throws Exception {
        var options = new NationalRegisterGenerator.Options(2_000, 1_200, 7);
        new NationalRegisterGenerator().generate(options, folder.resolve("a"), line -> {});
        new NationalRegisterGenerator().generate(options, folder.resolve("b"), line -> {});

        for (String file : List.of("enheter.json.gz", "underenheter.json.gz")) {
            assertThat(sha256(folder.resolve("a").resolve(file)))
                    .isEqualTo(sha256(folder.resolve("b").resolve(file)));
        }
    }

    @Test
    void a_generated_register_imports_without_a_rejection_and_every_sub_unit_finds_its_legal_unit() {
        var result = new NationalRegisterGenerator()
                .generate(new NationalRegisterGenerator.Options(2_000, 1_200, 11), folder, line -> {});
        jdbc.sql("truncate enterprise").update();

        var report = registerImport.run(
                List.of(
                        ImportSource.of(folder.resolve("enheter.json.gz")),
                        ImportSource.of(folder.resolve("underenheter.json.gz"))),
                "test",
                ImportProgress.NONE);

        assertThat(report.recordsRead()).isEqualTo(3_200);
        assertThat(report.rejected()).isZero();
        assertThat(report.unmappedMunicipalities()).isEmpty();
        assertThat(report.municipalitiesRemapped()).isPositive();
        assertThat(result.employees()).isPositive();
        assertThat(jdbc.sql("select count(*) from enterprise c where c.sub_unit and not exists"
                                + " (select 1 from enterprise p where p.org_number = c.parent_org_number)")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select coalesce(sum(employees), 0) from enterprise where sub_unit")
                        .query(Long.class)
                        .single())
                .isEqualTo(result.employees());
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
