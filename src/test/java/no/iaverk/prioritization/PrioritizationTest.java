package no.iaverk.prioritization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDateTime;
import java.util.List;
import no.iaverk.IntegrationTest;
import no.iaverk.cases.Activity;
import no.iaverk.cases.Background;
import no.iaverk.cases.CaseCommand;
import no.iaverk.cases.CaseEventType;
import no.iaverk.cases.ClosingReason;
import no.iaverk.cases.Justification;
import no.iaverk.cases.NewActivity;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import no.iaverk.shared.NotFoundException;
import no.iaverk.shared.OrgNumber;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Call lists: filters, sorting, potential, masking, rule sets and case filters, on {@link CallListFixture}'s data. */
@IntegrationTest
class PrioritizationTest extends CallListFixture {

    @Test
    void the_default_list_has_every_workplace_by_lost_workdays_with_masked_and_missing_figures_last() {
        var page = list.page(PriorityFilter.none(), ADVISER);

        assertThat(page.total()).isEqualTo(6);
        assertThat(page.publishedQuarter()).isEqualTo(P);
        assertThat(orgs(page)).containsExactly(E, C, A, B, D, F);
        var e = page.rows().get(0);
        assertThat(e.lostWorkdays()).isEqualByComparingTo("800");
        assertThat(e.possibleWorkdays()).isEqualByComparingTo("40000");
        assertThat(e.percent()).isEqualByComparingTo("2.0");
        assertThat(e.benchmarkPercent()).isEqualByComparingTo("5.0");
        assertThat(e.employees()).isEqualTo(45);
        assertThat(e.municipality()).isEqualTo("Oslo");
    }

    @Test
    void masked_enterprises_show_no_figures() {
        var d = row(PriorityFilter.none(), D);
        assertThat(d.masked()).isTrue();
        assertThat(d.lostWorkdays()).isNull();
        assertThat(d.possibleWorkdays()).isNull();
        assertThat(d.percent()).isNull();
        assertThat(d.potential()).isNull();
        assertThat(d.trend()).isNull();
        assertThat(d.employees()).isEqualTo(3);
    }

    @Test
    void employees_are_the_published_quarters_persons_else_the_registers() {
        assertThat(row(PriorityFilter.none(), F).employees()).isEqualTo(100);
        assertThat(row(PriorityFilter.none(), F).percent()).isNull();
        assertThat(row(PriorityFilter.none(), F).masked()).isFalse();
    }

    @Test
    void potential_is_the_lost_workdays_above_the_benchmark_level() {
        assertThat(row(PriorityFilter.none(), A).potential()).isEqualByComparingTo("80.0"); // 400 − 4000 × 8 %
        assertThat(row(PriorityFilter.none(), B).potential()).isEqualByComparingTo("-120.0");
        assertThat(row(PriorityFilter.none(), C).potential()).isEqualByComparingTo("320.0"); // 520 − 4000 × 5 %
        assertThat(row(PriorityFilter.none(), E).potential()).isEqualByComparingTo("-1200.0");
    }

    @Test
    void filters_on_place_industry_programme_and_sector() {
        assertThat(orgs("county", "46")).containsExactlyInAnyOrder(A, B, F);
        assertThat(orgs("county", "03")).containsExactlyInAnyOrder(C, D, E);
        assertThat(orgs("municipality", "0301")).containsExactlyInAnyOrder(C, D, E);
        assertThat(orgs("industry", "88")).containsExactlyInAnyOrder(A, B);
        assertThat(orgs("industry", "62.010")).containsExactlyInAnyOrder(C, D, E);
        assertThat(orgs("industry", "84110")).containsExactlyInAnyOrder(F);
        assertThat(orgs("industryProgramme", "BARNEHAGER")).containsExactlyInAnyOrder(A, B);
        assertThat(orgs("sector", "2")).containsExactlyInAnyOrder(A, B, F);
        assertThat(orgs("sector", "3")).containsExactlyInAnyOrder(C, D, E);
    }

    @Test
    void filters_on_employees() {
        assertThat(orgs("minEmployees", "40")).containsExactlyInAnyOrder(A, E, F);
        assertThat(orgs("maxEmployees", "30")).containsExactlyInAnyOrder(B, C, D);
        assertThat(orgs("minEmployees", "25", "maxEmployees", "45")).containsExactlyInAnyOrder(B, C, E);
    }

    @Test
    void sick_leave_conditions_leave_masked_enterprises_and_those_without_figures_out() {
        assertThat(orgs("minPercent", "10")).containsExactlyInAnyOrder(A, C);
        assertThat(orgs("maxPercent", "5")).containsExactlyInAnyOrder(B, E);
        assertThat(orgs("minPercent", "0")).containsExactlyInAnyOrder(A, B, C, E);
        assertThat(orgs("benchmark", "ABOVE")).containsExactlyInAnyOrder(A, C);
        assertThat(orgs("benchmark", "AT_OR_BELOW")).containsExactlyInAnyOrder(B, E);
        assertThat(orgs("trend", "RISING")).containsExactly(C);
    }

    @Test
    void sorts_by_every_key_in_both_directions_with_nulls_last() {
        assertThat(orgs("sort", "PERCENT")).containsExactly(C, A, B, E, D, F);
        assertThat(orgs("sort", "PERCENT", "direction", "ASC")).containsExactly(E, B, A, C, D, F);
        assertThat(orgs("sort", "POTENTIAL")).containsExactly(C, A, B, E, D, F);
        assertThat(orgs("sort", "EMPLOYEES")).containsExactly(F, A, E, B, C, D);
        assertThat(orgs("sort", "NAME")).containsExactly(A, B, C, D, E, F);
        assertThat(orgs("sort", "NAME", "direction", "DESC")).containsExactly(F, E, D, C, B, A);
        assertThat(orgs("sort", "LOST_WORKDAYS", "direction", "ASC")).containsExactly(B, A, C, E, D, F);
        assertThat(orgs("sort", "lostWorkdays")).containsExactly(E, C, A, B, D, F);
    }

    @Test
    void pages_of_a_given_size_and_the_total() {
        var page = list.page(filter("size", "2", "page", "1"), ADVISER);
        assertThat(page.total()).isEqualTo(6);
        assertThat(page.pages()).isEqualTo(3);
        assertThat(orgs(page)).containsExactly(A, B);
        assertThat(list.page(filter("size", "2", "page", "5"), ADVISER).rows()).isEmpty();
    }

    @Test
    void the_four_preset_rule_sets_do_what_the_centres_wrote() {
        assertThat(orgs("ruleSet", preset("Minst 50 ansatte og minst 8 %"))).containsExactly(A);
        assertThat(orgs("ruleSet", preset("Minst 12 % og over 20 ansatte, eller minst 500 tapte dagsverk")))
                .containsExactly(E, C);
        assertThat(orgs("ruleSet", preset("Over 40 ansatte"))).containsExactly(E, A, F);
        assertThat(orgs("ruleSet", preset("Økende sykefravær"))).containsExactly(C);
    }

    @Test
    void a_rule_set_combines_with_extra_filters() {
        assertThat(orgs("ruleSet", preset("Over 40 ansatte"), "county", "46")).containsExactly(A, F);
    }

    @Test
    void an_adviser_saves_a_rule_set_for_the_unit_and_other_units_do_not_see_it() {
        var saved = ruleSets.save(
                "Store eller syke",
                List.of(
                        List.of(condition(Condition.Field.EMPLOYEES, Condition.Operator.AT_LEAST, "50")),
                        List.of(
                                condition(Condition.Field.PERCENT, Condition.Operator.GREATER_THAN, "12"),
                                condition(Condition.Field.POTENTIAL, Condition.Operator.GREATER_THAN, "0"))),
                ADVISER);

        assertThat(orgs("ruleSet", String.valueOf(saved.id()))).containsExactlyInAnyOrder(A, C, F);
        assertThat(ruleSets.available(ADVISER)).extracting(RuleSet::name).contains("Store eller syke");
        CurrentUser elsewhere = new CurrentUser("annen", "Annen", Role.CASEWORKER, "OSLO");
        assertThat(ruleSets.available(elsewhere)).extracting(RuleSet::name).doesNotContain("Store eller syke");
        assertThatThrownBy(() -> list.page(filter("ruleSet", String.valueOf(saved.id())), elsewhere))
                .isInstanceOf(NotFoundException.class);

        ruleSets.delete(saved.id(), ADVISER);
        assertThat(ruleSets.available(ADVISER)).extracting(RuleSet::name).doesNotContain("Store eller syke");
    }

    @Test
    void a_rule_set_needs_a_name_groups_and_sensible_values_and_presets_stay() {
        var one = List.of(List.of(condition(Condition.Field.EMPLOYEES, Condition.Operator.AT_LEAST, "50")));
        assertThatThrownBy(() -> ruleSets.save(" ", one, ADVISER)).hasMessageContaining("navn");
        assertThatThrownBy(() -> ruleSets.save("Tom", List.of(), ADVISER)).hasMessageContaining("grupper");
        assertThatThrownBy(() -> ruleSets.save(
                        "Rar",
                        List.of(List.of(condition(Condition.Field.PERCENT, Condition.Operator.AT_LEAST, "120"))),
                        ADVISER))
                .hasMessageContaining("0 til 100");
        ruleSets.save("Dobbel", one, ADVISER);
        assertThatThrownBy(() -> ruleSets.save("Dobbel", one, ADVISER)).hasMessageContaining("allerede");
        long presetId = Long.parseLong(preset("Over 40 ansatte"));
        assertThatThrownBy(() -> ruleSets.delete(presetId, ADVISER)).hasMessageContaining("kan ikke slettes");
    }

    @Test
    void the_list_follows_the_register_without_a_refresh() {
        register.assignIndustryProgramme(OrgNumber.of(E), "OLJE_OG_GASS_LEVERANDOR");

        assertThat(orgs("industryProgramme", "OLJE_OG_GASS_LEVERANDOR")).containsExactly(E);
    }

    @Test
    void filters_and_sorts_on_the_case_status_owner_and_last_contact() {
        CurrentUser superuser = TestUsers.superuser().currentUser();
        long assessed = cases.start(A, Background.CENTRE_INITIATIVE, superuser).id();
        cases.handle(assessed, CaseCommand.of(CaseEventType.TAKE_OWNERSHIP, 1), ADVISER);
        long closed = cases.start(C, Background.ENTERPRISE_REQUEST, superuser).id();
        cases.handle(closed, CaseCommand.of(CaseEventType.TAKE_OWNERSHIP, 1), ADVISER);
        activities.register(
                closed,
                new NewActivity(
                        null,
                        LocalDateTime.now().minusDays(2),
                        Activity.Channel.PHONE,
                        null,
                        List.of(Activity.Participant.LEADER),
                        null,
                        null,
                        Activity.Status.DONE,
                        null),
                ADVISER);
        cases.handle(
                closed,
                new CaseCommand(
                        CaseEventType.NOT_RELEVANT,
                        2,
                        ClosingReason.ENTERPRISE_DECLINES,
                        List.of(Justification.NO_ANSWER),
                        null),
                ADVISER);

        assertThat(orgs("status", "ASSESSING")).containsExactly(A);
        assertThat(orgs("status", "NONE")).containsExactly(E, C, B, D, F);
        assertThat(orgs("owner", "saksbehandler")).containsExactly(A);
        assertThat(orgs("owner", "someone")).isEmpty();
        assertThat(orgs("noContactMonths", "3")).containsExactly(E, A, B, D, F);
        assertThat(orgs("sort", "LAST_CASE_CHANGE")).startsWith(C, A);
        var row = row(filter(), A);
        assertThat(row.caseStatus()).isEqualTo("ASSESSING");
        assertThat(row.owner()).isEqualTo("saksbehandler");
        assertThat(row.caseId()).isEqualTo(assessed);
        assertThat(row(filter(), C).caseStatus()).as("only an open case shows").isNull();
        assertThat(mvc.get().uri("/api/prioritization?status=MAPPING").with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);
        assertThat(mvc.get().uri("/api/prioritization?status=COMPLETED").with(httpBasic("leser", "demo")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("status");
    }
}
