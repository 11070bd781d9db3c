package no.iaverk.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.imports.ImportProgress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** With the bulk threshold at one row, every import into an empty register takes the bulk path. */
@IntegrationTest
@TestPropertySource(properties = "iaverk.register.bulk-threshold=1")
class BulkRegisterImportTest {

    @Autowired
    RegisterImport registerImport;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_bulk_import_gives_the_same_rows_and_puts_back_the_same_indexes_and_foreign_keys() {
        jdbc.sql("truncate enterprise").update();
        List<String> indexes = indexes();
        List<String> foreignKeys = foreignKeys();
        assertThat(indexes).hasSizeGreaterThan(3);
        assertThat(foreignKeys).hasSizeGreaterThan(2);

        var report = registerImport.run(
                List.of(TestData.classpath(TestData.ENHETER), TestData.classpath(TestData.UNDERENHETER)),
                "test",
                ImportProgress.NONE);

        assertThat(report.inserted()).isEqualTo(3253);
        assertThat(indexes()).isEqualTo(indexes);
        assertThat(foreignKeys()).isEqualTo(foreignKeys);
        assertThat(jdbc.sql("select count(*) from enterprise where sub_unit and sector is null")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from enterprise where name % 'vårlig streng tiger'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    private List<String> indexes() {
        return jdbc.sql("select indexdef from pg_indexes where tablename = 'enterprise' order by indexname")
                .query(String.class)
                .list();
    }

    private List<String> foreignKeys() {
        return jdbc.sql("select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint"
                        + " where conrelid = 'enterprise'::regclass and contype = 'f' order by conname")
                .query(String.class)
                .list();
    }
}
