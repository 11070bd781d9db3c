package no.iaverk.prioritization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.iaverk.IntegrationTest;
import no.iaverk.cases.Background;
import no.iaverk.cases.CaseCommand;
import no.iaverk.cases.CaseEventType;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import no.iaverk.shared.InvalidParameterException;
import no.iaverk.shared.Quarter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * What a person reads about a call list is in the page's Norwegian words: filter errors name the filter as the page
 * labels it, the head of an exported file gives names instead of codes and a Norwegian time, and a municipality may be
 * given by its name.
 */
@IntegrationTest
class CallListWordsTest extends CallListFixture {

    @Autowired
    CallListText text;

    @Test
    void a_rule_set_a_sort_order_a_quarter_and_a_time_in_words() {
        var ruleSet = new RuleSet(
                1,
                "Store og syke",
                null,
                true,
                List.of(
                        List.of(
                                condition(Condition.Field.PERCENT, Condition.Operator.AT_LEAST, "12"),
                                condition(Condition.Field.EMPLOYEES, Condition.Operator.GREATER_THAN, "20")),
                        List.of(condition(Condition.Field.LOST_WORKDAYS, Condition.Operator.AT_LEAST, "500.50"))));

        assertThat(text.describe(ruleSet)).isEqualTo("Sykefravær ≥ 12 % og ansatte > 20, eller tapte dagsverk ≥ 500,5");
        assertThat(text.sort(PriorityFilter.SortKey.LOST_WORKDAYS, PriorityFilter.Direction.DESC))
                .isEqualTo("Tapte dagsverk, synkende");
        assertThat(text.quarter(Quarter.of(2026, 3))).isEqualTo("3. kvartal 2026");
        assertThat(text.time(Instant.parse("2026-12-01T13:05:59Z"))).isEqualTo("01.12.2026 kl. 14:05");
        assertThat(text.time(Instant.parse("2026-06-30T22:30:00Z"))).isEqualTo("01.07.2026 kl. 00:30");
        assertThat(text.list(List.of("Østfold", "Akershus"))).isEqualTo("Østfold og Akershus");
        assertThat(CallListText.number(new BigDecimal("12.50"))).isEqualTo("12,5");
    }

    @Test
    void filter_errors_name_the_filter_as_the_page_labels_it() {
        assertThat(problem("minPercent=abc"))
                .isEqualTo("Sykefravær fra (%) må være en prosent fra 0 til 100. Fikk «abc».");
        assertThat(problem("county=3")).startsWith("Fylke må være et fylkesnummer med to siffer");
        assertThat(problem("municipality=Atlantis"))
                .isEqualTo("Kommune må være navnet eller nummeret (fire siffer) på en kommune. Fikk «Atlantis».");
        assertThat(problem("maxEmployees=-1")).isEqualTo("Ansatte til må være et heltall, 0 eller mer. Fikk «-1».");
        assertThat(problem("sector=4")).isEqualTo("Sektor må være et heltall fra 1 til 3. Fikk «4».");
        assertThat(problem("benchmark=HIGH"))
                .isEqualTo("Mot bransje eller næring må være en av Over (ABOVE) eller Lik eller under (AT_OR_BELOW)."
                        + " Fikk «HIGH».");
        assertThat(problem("status=COMPLETED")).startsWith("Saksstatus må være en av Ingen åpen sak (NONE), Vurderes");
        for (String parameter : Set.of("county", "municipality", "minPercent", "sort", "direction", "size")) {
            assertThat(problem(parameter + "=x")).doesNotStartWith(parameter);
        }
    }

    @Test
    void a_municipality_is_found_by_name_whatever_the_case() {
        assertThat(orgs("municipality", "bergen")).containsExactlyInAnyOrder(A, B, F);
        assertThat(orgs("municipality", " OSLO ")).containsExactlyInAnyOrder(C, D, E);
        assertThat(filter("municipality", "Herøy (Nordland)").municipality()).isEqualTo("1818");
        assertThat(filter("municipality", "våler (østfold)").municipality()).isEqualTo("3114");
        assertThat(filter("municipality", "Deatnu").municipality()).isEqualTo("5628"); // Sami name of Tana
        assertThat(filter("municipality", "Tana").municipality()).isEqualTo("5628");
        assertThat(filter("municipality", "4601").municipality()).isEqualTo("4601");
    }

    @Test
    void a_name_two_municipalities_share_is_a_400_that_lists_both_with_their_numbers() {
        assertThatThrownBy(() -> filter("municipality", "Herøy"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("Flere kommuner heter «Herøy»: 1515 Herøy (Møre og Romsdal) og 1818 Herøy (Nordland)."
                        + " Skriv nummeret på den du mener i feltet Kommune.");
        assertThat(problem("municipality=Våler")).contains("3114 Våler (Østfold)", "3419 Våler (Innlandet)");
        assertThat(mvc.get().uri("/prioritering?municipality=Herøy").with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("Flere kommuner heter «Herøy»", "1515 Herøy (Møre og Romsdal)");
    }

    @Test
    void several_counties_are_one_filter_repeated_or_comma_separated() {
        assertThat(orgs("county", "46,03")).containsExactly(E, C, A, B, D, F);
        assertThat(mvc.get()
                        .uri("/api/prioritization?county=46&county=03&size=1")
                        .with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(6);
        assertThat(mvc.get().uri("/api/prioritization?county=46&county=15").with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(3);
    }

    @Test
    void the_head_of_an_export_names_every_filter_and_value_in_norwegian_and_the_time_in_oslo() {
        CurrentUser sindre = new CurrentUser("saksbehandler", "Sindre Saksbehandler", Role.CASEWORKER, "VESTLAND");
        long id = cases.start(
                        A, Background.CENTRE_INITIATIVE, TestUsers.superuser().currentUser())
                .id();
        cases.handle(id, CaseCommand.of(CaseEventType.TAKE_OWNERSHIP, 1), sindre);
        String ruleSet = preset("Minst 12 % og over 20 ansatte, eller minst 500 tapte dagsverk");

        Instant before = Instant.now();
        String csv = csv(filter(
                "county", "46",
                "municipality", "Bergen",
                "industry", "88.911",
                "industryProgramme", "BARNEHAGER",
                "sector", "2",
                "minEmployees", "10",
                "maxPercent", "12.5",
                "benchmark", "ABOVE",
                "status", "ASSESSING",
                "owner", "saksbehandler",
                "noContactMonths", "6"));
        Instant after = Instant.now();

        assertThat(csv)
                .contains(
                        "Publisert kvartal;2. kvartal 2024\r\n",
                        "Fylke;Vestland\r\n",
                        "Kommune;Bergen\r\n",
                        "Næring;Barnehager (88.911)\r\n",
                        "Bransjeprogram;Barnehager\r\n",
                        "Sektor;Kommunal forvaltning\r\n",
                        "Ansatte fra;10\r\n",
                        "Sykefravær til (%);12,5\r\n",
                        "Mot bransje eller næring;Over\r\n",
                        "Saksstatus;Vurderes\r\n",
                        "Sakseier;Sindre Saksbehandler\r\n",
                        "Ingen kontakt de siste (måneder);6 måneder\r\n",
                        "Sortering;Tapte dagsverk, synkende\r\n");
        assertThat(csv).containsAnyOf(exported(before), exported(after));
        assertThat(csv).doesNotContain("Fylke;46", "NONE", "ASSESSING", "LOST_WORKDAYS", "BARNEHAGER;", "2024K2");
        assertThat(csv(filter("ruleSet", ruleSet, "sort", "NAME")))
                .contains(
                        "Fylke;Hele landet\r\n",
                        "Regelsett;Minst 12 % og over 20 ansatte, eller minst 500 tapte dagsverk (Sykefravær ≥ 12 %"
                                + " og ansatte > 20, eller tapte dagsverk ≥ 500)\r\n",
                        "Sortering;Navn, stigende\r\n");
        assertThat(csv(filter("county", "46")))
                .contains(A + ";ALFA BARNEHAGE;Bergen;60;400,0;4000,0;10,0;8,0;80,0;"
                        + "0,0;;Vurderes;Sindre Saksbehandler;\r\n");
    }

    private String exported(Instant at) {
        return "Eksportert;" + text.time(at) + "\r\n";
    }

    private String csv(PriorityFilter filter) {
        var out = new ByteArrayOutputStream();
        list.export(filter, ExportFormat.CSV, TestUsers.superuser().currentUser(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private String problem(String query) {
        var result = mvc.get()
                .uri("/api/prioritization?" + query)
                .with(httpBasic("leser", "demo"))
                .exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        return JsonPath.read(
                new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8), "$.detail");
    }
}
