package no.iaverk.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.iaverk.IntegrationTest;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The effect page on a published history with a planted effect ({@link EffectHistory}): the estimate with its
 * summaries, chart data and method; no numbers for too small a selection; Norwegian messages for bad filters.
 */
@IntegrationTest
class EffectPagesTest {

    static final String OURS = "/effekt?unit=" + EffectHistory.UNIT;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void aPublishedHistory() {
        EffectHistory.create(jdbc);
    }

    @AfterEach
    void removeIt() {
        EffectHistory.remove(jdbc);
    }

    @Test
    void the_page_shows_the_summaries_the_chart_from_minus_8_to_plus_8_and_the_method() throws Exception {
        var page = mvc.get().uri(OURS).with(user(TestUsers.reader())).exchange();

        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString();
        assertThat(html)
                .contains("Behandlede arbeidsplasser: 20")
                .contains("Første år", "Andre år", "Tapte dagsverk unngått per år", "Utvikling før start")
                .contains("Enkel før/etter", "Her gir de to tallene nesten det samme") // no selection in this history
                .contains("95 % intervall: −")
                .contains("Slik er effekten beregnet", "Metode: staggered-did-knn5-cluster-bootstrap")
                .contains("regresjon mot gjennomsnittet", "minst 5 behandlede arbeidsplasser")
                .contains("/effekt/undergrupper?unit=ALS-EFFEKT", "/effekt/eksport.xlsx?unit=ALS-EFFEKT");
        // The history has eight quarters before 2092 and seven after: the second year and +8 are withheld, and say why.
        assertThat(html).contains("færre enn 5 behandlede arbeidsplasser har tall for hvert av kvartalene +5 til +8");

        JsonNode chart = chart(html);
        assertThat(chart.get("labels").values().stream().map(JsonNode::asString))
                .hasSize(17)
                .startsWith("−8")
                .contains("−1 (ref.)", "0 (start)")
                .endsWith("+8");
        assertThat(chart.get("startIndex").asInt()).isEqualTo(8);
        double firstAfter = chart.get("effect").get(9).asDouble(); // relative quarter +1
        assertThat(firstAfter).isBetween(-3.0, -1.0);
        assertThat(chart.get("ciLow").get(9).asDouble()).isLessThan(firstAfter);
        assertThat(chart.get("effect").get(7).asDouble()).isZero(); // the reference quarter
        assertThat(chart.get("effect").get(16).isNull()).isTrue(); // +8 is beyond the history
        // One decimal, as shown.
        assertThat(chart.get("effect").get(9).asDouble() * 10).isEqualTo(Math.rint(firstAfter * 10));
    }

    @Test
    void the_filters_offer_what_the_data_have_and_keep_what_was_chosen() throws Exception {
        String html = mvc.get()
                .uri(OURS + "&plannedDuration=UP_TO_6_MONTHS&county=46")
                .with(user(TestUsers.reader()))
                .exchange()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .containsPattern("<option value=\"ALS-EFFEKT\" selected=\"selected\">ALS-EFFEKT</option>")
                .containsPattern("<option value=\"46\" selected=\"selected\">Vestland</option>")
                .contains("<option value=\"BARNEHAGER\">Barnehager</option>")
                .containsPattern("<option value=\"UP_TO_6_MONTHS\" selected=\"selected\">Inntil 6 måneder</option>")
                .contains("Behandlede arbeidsplasser: 10");
    }

    @Test
    void too_few_treated_shows_the_reason_and_no_numbers() throws Exception {
        String html = mvc.get()
                .uri(OURS + "&level=TOP")
                .with(user(TestUsers.reader()))
                .exchange()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("For få arbeidsplasser til et estimat")
                .contains("minst 5 behandlede arbeidsplasser", "Utvalget har 0")
                .doesNotContain("data-event-study", "95 % intervall:", "Enkel før/etter", "undergrupper?")
                .contains("Slik er effekten beregnet");
    }

    @Test
    void a_bad_filter_is_named_in_norwegian_and_no_figures_are_shown() throws Exception {
        var page = mvc.get()
                .uri("/effekt?level=MIDDLE&startFrom=2092-13-01&county=99&industryProgramme=FISK")
                .with(user(TestUsers.reader()))
                .exchange();

        assertThat(page).hasStatus(HttpStatus.BAD_REQUEST);
        String html = page.getResponse().getContentAsString();
        assertThat(html)
                .contains("Nivå: «MIDDLE» er ikke et gyldig valg.")
                .contains("Start fra: «2092-13-01» er ikke en dato. Skriv den som åååå-mm-dd.")
                .contains("Fylke: «99» er ikke et gyldig valg.")
                .contains("Bransjeprogram: «FISK» er ikke et gyldig valg.")
                .contains("aria-invalid=\"true\"", "id=\"level-error\"")
                .doesNotContain("data-event-study", "eksport.xlsx");
        assertThat(mvc.get()
                        .uri("/effekt?startFrom=2092-06-01&startTo=2092-01-01")
                        .with(user(TestUsers.reader()))
                        .exchange()
                        .getResponse()
                        .getContentAsString())
                .contains("Start til kan ikke være før start fra.");
        // The export and the subgroups refuse it with the same message (MockMvc shows no error page: the exception).
        var export = mvc.get()
                .uri("/effekt/eksport.xlsx?plannedDuration=LONG")
                .with(user(TestUsers.reader()))
                .exchange();
        assertThat(export).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(export.getMvcResult().getResolvedException())
                .hasMessage("Planlagt varighet: «LONG» er ikke et gyldig valg.");
    }

    @Test
    void the_subgroups_give_the_first_year_per_value_with_too_few_and_descriptive_rows_marked() throws Exception {
        String html = mvc.get()
                .uri("/effekt/undergrupper?unit=" + EffectHistory.UNIT)
                .header("HX-Request", "true")
                .with(user(TestUsers.reader()))
                .exchange()
                .getResponse()
                .getContentAsString();

        Map<String, String> rows = rows(html);
        // Numbers for groups of at least five: the kindergartens, both planned durations, staff present.
        assertThat(rows.get("Bransjeprogram/Barnehager")).contains("−", " til ", ">20<");
        assertThat(rows.get("Nivå/Enhetsnivå")).contains(">20<");
        assertThat(rows.get("Planlagt varighet/Inntil 6 måneder")).contains(">10<");
        assertThat(rows.get("Planlagt varighet/7–12 måneder")).contains(">10<");
        assertThat(rows.get("Hvem deltok/Hele personalgruppen")).contains(">6<");
        assertThat(rows.get("Hvem deltok/Bare ledere")).contains(">12<");
        assertThat(rows.get("Faktisk varighet/7–12 måneder")).contains(">12<");
        // Under five: «for få» and no numbers, not even the count.
        assertThat(rows.get("Nivå/Overordnet nivå")).contains("for få").doesNotContainPattern(">\\d+<");
        assertThat(rows.get("Faktisk varighet/Inntil 6 måneder")).contains("for få");
        assertThat(rows.get("Hvem deltok/Partsgruppen (tillitsvalgt eller verneombud)"))
                .contains("for få")
                .doesNotContainPattern(">\\d+<");
        // Participation and actual duration are measured after start: labelled descriptive.
        assertThat(html)
                .containsPattern("Hvem deltok</span>\\s*<span class=\"badge\"[^>]*>beskrivende")
                .containsPattern("Faktisk varighet</span>\\s*<span class=\"badge\"[^>]*>beskrivende")
                .doesNotContainPattern("Bransjeprogram</span>\\s*<span class=\"badge\"")
                .contains("Disse radene er beskrivende, ikke årsak.");
        assertThat(rows.get("Faktisk varighet/Pågår, under 24 måneder så langt"))
                .contains(">8<");
    }

    @Test
    void nobody_without_the_reader_role_and_nobody_anonymous_gets_in() throws Exception {
        var guest = user("gjest").roles("EMPLOYER");
        for (String path : List.of("/effekt", "/effekt/undergrupper", "/effekt/eksport.xlsx")) {
            assertThat(mvc.get().uri(path).with(guest)).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri(path)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
        }
        assertThat(mvc.get().uri("/api/evaluation/effects").with(guest)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/evaluation/effects")).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void reading_the_page_its_subgroups_and_its_export_is_audit_logged_with_the_filters() throws Exception {
        jdbc.sql("delete from audit_event where resource_type like 'EFFECT%'").update();

        mvc.get().uri(OURS).with(user(TestUsers.reader())).exchange();
        mvc.get()
                .uri("/effekt/undergrupper?unit=" + EffectHistory.UNIT)
                .with(user(TestUsers.reader()))
                .exchange();
        mvc.get()
                .uri("/effekt/eksport.xlsx?unit=" + EffectHistory.UNIT)
                .with(user(TestUsers.reader()))
                .exchange();
        mvc.get().uri("/effekt?level=MIDDLE").with(user(TestUsers.reader())).exchange(); // refused: nothing read

        assertThat(jdbc.sql("""
                        select resource_type || ' ' || resource_id || ' ' || channel || ' ' || username
                        from audit_event where resource_type like 'EFFECT%' order by id
                        """).query(String.class).list())
                .containsExactly(
                        "EFFECT_ESTIMATE unit=ALS-EFFEKT PAGE leser",
                        "EFFECT_SUBGROUPS unit=ALS-EFFEKT PAGE leser",
                        "EFFECT_EXPORT unit=ALS-EFFEKT PAGE leser");
    }

    @Test
    void the_api_takes_the_planned_duration_and_names_a_bad_one() throws Exception {
        assertThat(mvc.get()
                        .uri("/api/evaluation/effects?unit=" + EffectHistory.UNIT + "&plannedDuration=MONTHS_7_TO_12")
                        .with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.treated")
                .isEqualTo(10);
        assertThat(mvc.get().uri("/api/evaluation/effects?plannedDuration=LONG").with(user(TestUsers.reader())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("plannedDuration");
    }

    private JsonNode chart(String html) {
        var found = Pattern.compile("data-event-study=\"([^\"]*)\"").matcher(html);
        assertThat(found.find()).as("the chart's data attribute").isTrue();
        return json.readTree(found.group(1)
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&"));
    }

    /** Each subgroup row's cells' HTML by «group/label». */
    private static Map<String, String> rows(String html) {
        var rows = new java.util.LinkedHashMap<String, String>();
        for (String group : html.split("<tbody")) {
            var name = Pattern.compile("scope=\"colgroup\" colspan=\"4\">\\s*<span>([^<]+)</span>")
                    .matcher(group);
            if (!name.find()) continue;
            var row = Pattern.compile("<tr>\\s*<th scope=\"row\">([^<]+)</th>(.*?)</tr>", Pattern.DOTALL)
                    .matcher(group);
            while (row.find()) rows.put(name.group(1) + "/" + row.group(1).trim(), row.group(2));
        }
        return rows;
    }
}
