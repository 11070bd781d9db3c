package no.iaverk.prioritization;

import static no.iaverk.statistics.StatisticsFixtures.category;
import static no.iaverk.statistics.StatisticsFixtures.enterprise;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.BrregJson;
import no.iaverk.TestData;
import no.iaverk.cases.Activities;
import no.iaverk.cases.Cases;
import no.iaverk.imports.ImportProgress;
import no.iaverk.register.EnterpriseRegister;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.AuditLog;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.Publication;
import no.iaverk.statistics.StatisticsFixtures;
import no.iaverk.statistics.StatisticsImport;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Six workplaces, five quarters (2023K2–2024K2) with 2024K2 published. Kindergartens A (10 %) and B (5 %) and the
 * municipal office F (no statistics, 100 employees in the register) in Bergen; IT companies C (10 % a year ago, 13 %
 * now), D (3 persons: masked) and E (2 %, but 800 lost workdays) in Oslo. Benchmarks: kindergartens 8 %, IT 5 %.
 */
abstract class CallListFixture {

    static final Quarter P = Quarter.of(2024, 2);
    static final String MUNICIPALITY = "910000004";
    static final String COMPANY = "910000012";
    static final String A = "910000020";
    static final String B = "910000039";
    static final String C = "910000047";
    static final String D = "910000055";
    static final String E = "910000063";
    static final String F = "910000071";

    static final CurrentUser ADVISER =
            TestUsers.of("saksbehandler", Role.CASEWORKER).currentUser();

    @Autowired
    PriorityList list;

    @Autowired
    RuleSets ruleSets;

    @Autowired
    PriorityFilters filters;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    StatisticsImport statisticsImport;

    @Autowired
    Publication publication;

    @Autowired
    EnterpriseRegister register;

    @Autowired
    AuditLog auditLog;

    @Autowired
    Cases cases;

    @Autowired
    Activities activities;

    @BeforeEach
    void sixWorkplacesWithFiveQuarters() {
        StatisticsFixtures.clear(jdbc);
        jdbc.sql("truncate enterprise, audit_event, ia_case, case_event, collaboration, activity cascade")
                .update();
        jdbc.sql("delete from rule_set where not preset").update();
        registerImport.run(
                List.of(TestData.text(
                        "register.json",
                        BrregJson.array(
                                BrregJson.legalUnit(MUNICIPALITY, "BERGEN KOMMUNE", "KOMM", "6500", "4601"),
                                BrregJson.legalUnit(COMPANY, "DATA AS", "AS", "2100", "0301"),
                                BrregJson.subUnit(A, "ALFA BARNEHAGE", MUNICIPALITY, "88.911", 60),
                                BrregJson.subUnit(B, "BETA BARNEHAGE", MUNICIPALITY, "88.911", 30),
                                BrregJson.subUnit(F, "FOLKEREGISTERET", MUNICIPALITY, "84.110", 100),
                                BrregJson.subUnit(C, "CHARLIE DATA", COMPANY, "62.010", 25, "0301", "OSLO", ""),
                                BrregJson.subUnit(D, "DELTA DATA", COMPANY, "62.010", 3, "0301", "OSLO", ""),
                                BrregJson.subUnit(E, "ECHO DATA", COMPANY, "62.010", 45, "0301", "OSLO", "")))),
                "test",
                ImportProgress.NONE);
        List<Quarter> quarters = Quarter.range(P.yearBefore(), P);
        for (int i = 0; i < quarters.size(); i++) {
            Quarter q = quarters.get(i);
            StatisticsFixtures.run(
                    statisticsImport,
                    StatisticsFixtures.files()
                            .with(
                                    "virksomhet.json",
                                    enterprise(A, q, 60, 100, 1000),
                                    enterprise(B, q, 30, 50, 1000),
                                    enterprise(C, q, 25, i == 0 ? 100 : 130, 1000),
                                    enterprise(D, q, 3, 10, 100),
                                    enterprise(E, q, 45, 200, 10000))
                            .with("bransje.json", category("bransje", "BARNEHAGER", q, 90_000, 8_000, 100_000))
                            .with("naering.json", category("næring", "62", q, 50_000, 5_000, 100_000))
                            .asJsonFiles());
        }
        publication.publish(P, "test");
    }

    static Condition condition(Condition.Field field, Condition.Operator operator, String value) {
        return new Condition(field, operator, new BigDecimal(value));
    }

    String preset(String name) {
        return ruleSets.available(ADVISER).stream()
                .filter(r -> r.preset() && r.name().equals(name))
                .map(r -> String.valueOf(r.id()))
                .findFirst()
                .orElseThrow();
    }

    PriorityRow row(PriorityFilter filter, String org) {
        return list.page(filter, ADVISER).rows().stream()
                .filter(r -> r.orgNumber().equals(org))
                .findFirst()
                .orElseThrow();
    }

    List<String> orgs(String... parameters) {
        return orgs(list.page(filter(parameters), ADVISER));
    }

    static List<String> orgs(PriorityPage page) {
        return page.rows().stream().map(PriorityRow::orgNumber).toList();
    }

    PriorityFilter filter(String... parameters) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            map.put(parameters[i], parameters[i + 1]);
        }
        return filters.parse(map);
    }

    static int indexOf(List<List<String>> cells, String first) {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty() && cells.get(i).get(0).equals(first)) {
                return i;
            }
        }
        throw new AssertionError("No row starting with " + first);
    }
}
