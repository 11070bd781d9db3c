package no.iaverk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import javax.sql.DataSource;
import no.iaverk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CopyStreamTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void special_characters_non_ascii_text_numbers_and_nulls_arrive_as_they_were() {
        List<String> texts = List.of("tab\there", "line\nbreak\r", "back\\slash", "æøå ÆØÅ Sámi č", "emoji 🙂 end", "");
        List<String> stored = transactions.execute(status -> {
            jdbc.sql("create temporary table copy_test (n integer, text text, amount numeric) on commit drop")
                    .update();
            try (CopyStream copy = CopyStream.open(dataSource, "copy copy_test (n, text, amount) from stdin")) {
                for (int i = 0; i < texts.size(); i++) {
                    copy.row(i, texts.get(i), new BigDecimal("1E+3"));
                }
                copy.row(99, null, null);
                assertThat(copy.finish()).isEqualTo(texts.size() + 1);
            }
            return jdbc.sql("select coalesce(text, '<null>') || '|' || coalesce(amount::text, '-') from copy_test"
                            + " order by n")
                    .query(String.class)
                    .list();
        });

        assertThat(stored)
                .containsExactly(
                        "tab\there|1000",
                        "line\nbreak\r|1000",
                        "back\\slash|1000",
                        "æøå ÆØÅ Sámi č|1000",
                        "emoji 🙂 end|1000",
                        "|1000",
                        "<null>|-");
    }
}
