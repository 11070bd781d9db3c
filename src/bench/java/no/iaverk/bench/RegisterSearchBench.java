package no.iaverk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.iaverk.register.EnterpriseRegister;
import no.iaverk.register.EnterpriseSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search latency on the national register: prefix, misspelt and org. number queries through the service layer, as
 * the search page runs them. Needs the database left by bench/register-import.sh.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "iaverk.demo.enabled=false")
class RegisterSearchBench {

    @Autowired
    EnterpriseRegister register;

    @Autowired
    JdbcClient jdbc;

    @Test
    void search_latency_on_the_national_register() {
        long enterprises = jdbc.sql("select count(*) from enterprise").query(Long.class).single();
        assertThat(enterprises).as("run bench/register-import.sh first").isGreaterThan(1_000_000);

        List<String> names = jdbc.sql("select name from enterprise tablesample system (0.05) limit 200")
                .query(String.class)
                .list();
        List<String> orgNumbers = jdbc.sql("select org_number from enterprise tablesample system (0.05) limit 200")
                .query(String.class)
                .list();

        List<Timings.Result> results = new ArrayList<>();
        results.add(measure("org. number", orgNumbers, q -> q));
        results.add(measure("first word of a name (prefix)", names, q -> q.split(" ")[0]));
        results.add(measure("two first words (prefix)", names, q -> firstWords(q, 2)));
        results.add(measure("whole name", names, q -> q));
        results.add(measure("misspelt: a letter dropped", names, RegisterSearchBench::dropLetter));
        results.add(measure("second word only (inside the name)", names, q -> q.contains(" ") ? q.split(" ")[1] : q));
        results.add(measure("short prefix, 3 letters", names, q -> q.substring(0, Math.min(3, q.length()))));

        System.out.printf("%nRegister search on %,d enterprises (limit %d results)%n", enterprises, 50);
        results.forEach(System.out::println);
    }

    private Timings.Result measure(String name, List<String> samples, java.util.function.UnaryOperator<String> query) {
        int[] next = {0};
        return Timings.measure(name, 20, samples.size(), () -> {
            List<EnterpriseSummary> found = register.search(query.apply(samples.get(next[0]++ % samples.size())), 50);
            return found.size();
        });
    }

    private static String firstWords(String name, int words) {
        String[] parts = name.split(" ");
        return String.join(" ", List.of(parts).subList(0, Math.min(words, parts.length)));
    }

    private static String dropLetter(String name) {
        int at = Math.min(3, name.length() - 1);
        return name.substring(0, at) + name.substring(at + 1);
    }
}
