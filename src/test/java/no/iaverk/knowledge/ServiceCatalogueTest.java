package no.iaverk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import no.iaverk.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The IA-service catalogue of the knowledge module: its API, and the survey bank's foreign key into it. */
@IntegrationTest
class ServiceCatalogueTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Value("${spring.datasource.username}")
    String username;

    @Value("${spring.datasource.password}")
    String password;

    @Test
    void the_api_serves_every_active_service_each_theme_followed_by_its_sub_themes() {
        assertThat(mvc.get().uri("/api/ia-services").with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.length()").isEqualTo(15);
                    assertThat(json).extractingPath("$[0].code").isEqualTo("PARTY_COOPERATION");
                    assertThat(json).extractingPath("$[0].themeCode").isNull();
                    assertThat(json).extractingPath("$[0].name").isEqualTo("Partssamarbeid");
                    assertThat(json)
                            .extractingPath("$[1]")
                            .isEqualTo(Map.of(
                                    "code", "PARTY_COOPERATION_ROLES",
                                    "themeCode", "PARTY_COOPERATION",
                                    "name", "Roller og ansvar i partssamarbeidet"));
                    assertThat(json).extractingPath("$[3].code").isEqualTo("SICK_LEAVE_WORK");
                    assertThat(json).extractingPath("$[14].code").isEqualTo("HELSE_I_ARBEID");
                });
        assertThat(mvc.get().uri("/api/ia-services")).hasStatus(401);
    }

    @Test
    void a_survey_question_with_a_code_outside_the_catalogue_is_refused() {
        long theme = jdbc.sql("select id from bank_theme where code = 'WORK_ENVIRONMENT' and kind = 'EVALUATION'")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> insertQuestion(theme, "NO_SUCH_SERVICE"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("bank_question_service_code_fkey");
        // A question that evaluates no service (as the way forward) has no code; a known code is taken.
        assertThat(insertQuestion(theme, null)).isEqualTo(1);
        assertThat(insertQuestion(theme, "WORK_ENVIRONMENT_CHANGE")).isEqualTo(1);
        jdbc.sql("delete from bank_question where text = 'Et prøvespørsmål.'").update();
    }

    @Test
    void the_bank_refers_to_the_catalogue_services_it_named_in_words_and_the_way_forward_to_none() {
        assertThat(jdbc.sql("""
                        select t.code as theme, q.service_code from bank_question q join bank_theme t on t.id = q.theme_id
                        where q.text = 'Vi har en livsfasepolitikk som blir brukt.'
                        """).query().singleRow())
                .containsEntry("theme", "WORK_ENVIRONMENT")
                .containsEntry("service_code", "WORK_ENVIRONMENT_LIFE_PHASE");
        assertThat(jdbc.sql("""
                        select t.code from bank_question q join bank_theme t on t.id = q.theme_id
                        where q.service_code is null
                        """).query(String.class).list()).containsExactly("WAY_FORWARD", "WAY_FORWARD");
        assertThat(jdbc.sql("select count(*) from bank_question where service_code is not null")
                        .query(Long.class)
                        .single())
                .isEqualTo(27);
    }

    /**
     * The migration on a database that has questions it did not ship with: a new database, migrated to V16 (the last
     * version this test can count on before V18), gets questions naming a catalogue service, something else and
     * nothing; V18 keeps the service's code and leaves the rest without one.
     */
    @Test
    void the_migration_fills_the_code_from_the_free_text_where_it_names_a_catalogue_service() throws SQLException {
        String database = "knowledge_migration_" + System.nanoTime();
        jdbc.sql("create database " + database).update();
        try {
            String url;
            try (var connection = dataSource.getConnection()) {
                url = connection.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
            }
            var target = new SimpleDriverDataSource(DriverManager.getDriver(url), url, username, password);
            flyway(target, "16").migrate();
            var other = JdbcClient.create(target);
            long theme = other.sql("select id from bank_theme where code = 'SICK_LEAVE_WORK' and kind = 'EVALUATION'")
                    .query(Long.class)
                    .single();
            for (String subTheme : List.of("SICK_LEAVE_ROUTINES", "Egen formulering", "")) {
                other.sql("""
                                insert into bank_question (theme_id, sub_theme, text, sort_order)
                                values (:theme, :subTheme, :text, 99)
                                """)
                        .param("theme", theme)
                        .param("subTheme", subTheme)
                        .param("text", "Lokalt spørsmål " + subTheme)
                        .update();
            }
            flyway(target, "18").migrate();
            assertThat(other.sql("select text, service_code from bank_question where sort_order = 99 order by text")
                            .query((rs, row) -> rs.getString("text") + " -> " + rs.getString("service_code"))
                            .list())
                    .containsExactly(
                            "Lokalt spørsmål  -> null",
                            "Lokalt spørsmål Egen formulering -> null",
                            "Lokalt spørsmål SICK_LEAVE_ROUTINES -> SICK_LEAVE_ROUTINES");
        } finally {
            jdbc.sql("drop database " + database + " with (force)").update();
        }
    }

    private static Flyway flyway(DataSource target, String version) {
        return Flyway.configure()
                .dataSource(target)
                .locations("classpath:db/migration")
                .target(version)
                .load();
    }

    private int insertQuestion(long theme, String serviceCode) {
        return jdbc.sql("""
                        insert into bank_question (theme_id, service_code, text, sort_order)
                        values (:theme, :code, 'Et prøvespørsmål.', 99)
                        """).param("theme", theme).param("code", serviceCode).update();
    }
}
