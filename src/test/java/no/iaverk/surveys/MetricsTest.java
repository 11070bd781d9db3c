package no.iaverk.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The metrics on {@code /actuator/prometheus}: for ADMIN only, and the iaverk meters count what happened. Here, because
 * a survey answer needs this package's fixture; the import and call-list meters are read in the same scrape.
 */
@IntegrationTest
class MetricsTest extends SurveyTestSupport {

    private static final String ANSWERS = "iaverk_surveys_answers_total";
    private static final String REGISTER_IMPORTS =
            "iaverk_imports_seconds_count{kind=\"register\",outcome=\"succeeded\"}";
    private static final String REGISTER_ACCEPTED = "iaverk_imports_rows_total{kind=\"register\",result=\"accepted\"}";
    private static final String CALL_LISTS = "iaverk_prioritization_queries_seconds_count";

    @Test
    void the_metrics_are_for_admins_only() {
        assertThat(mvc.get().uri("/actuator/prometheus")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/actuator/prometheus").with(httpBasic("leser", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/actuator/prometheus").with(httpBasic("superbruker", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/actuator/metrics").with(httpBasic("leser", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/actuator/prometheus").with(httpBasic("admin", "demo")))
                .hasStatusOk();
    }

    @Test
    void an_import_an_answer_and_a_call_list_each_show_in_their_meter() {
        String before = scrape();

        TestData.importKindergarten(registerImport);
        Survey survey = running(SurveyType.NEEDS_ASSESSMENT, 0);
        answerFirst(survey, participation.join(survey.joinCode()).session(), 0);
        assertThat(mvc.get().uri("/api/prioritization").with(httpBasic("leser", "demo")))
                .hasStatusOk();

        String after = scrape();
        assertThat(value(after, ANSWERS)).isEqualTo(value(before, ANSWERS) + 1);
        assertThat(value(after, REGISTER_IMPORTS)).isEqualTo(value(before, REGISTER_IMPORTS) + 1);
        assertThat(value(after, REGISTER_ACCEPTED)).isEqualTo(value(before, REGISTER_ACCEPTED) + 2);
        assertThat(value(after, CALL_LISTS)).isEqualTo(value(before, CALL_LISTS) + 1);
        assertThat(after)
                .contains("iaverk_imports_rows_total{kind=\"register\",result=\"rejected\"}")
                .contains("iaverk_statistics_publications_seconds_count")
                .contains("iaverk_imports_seconds_sum{kind=\"register\",outcome=\"succeeded\"}");
    }

    private String scrape() {
        var result = mvc.get()
                .uri("/actuator/prometheus")
                .with(httpBasic("admin", "demo"))
                .exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** The sample's value, 0 while the meter has no sample yet (before its first use). */
    private static double value(String scrape, String sample) {
        return scrape.lines()
                .filter(line -> line.startsWith(sample + " "))
                .map(line ->
                        Double.parseDouble(line.substring(sample.length() + 1).trim()))
                .findFirst()
                .orElse(0.0);
    }
}
