package no.iaverk.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import no.iaverk.BrregJson;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.imports.ImportProgress;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The employer's collaborations through the real employer access: the representative of Bergen kommune sees the
 * collaboration about its kindergarten (milestones, plan with the knowledge attached, published documents) on the API
 * and the pages, and downloads the plan; the representative of another legal unit sees none and is refused the
 * collaboration; NAV users and anonymous callers do not get in; the reads are audit-logged.
 */
@IntegrationTest
class EmployerCollaborationsTest extends DocumentFixture {

    static final String OURS = "samarbeid-arbeidsgiver";
    static final String OTHERS = "samarbeid-annen";
    static final String PASSWORD = "hemmelig-passord";
    static final String OTHER_LEGAL_UNIT = "910000608";
    static final CurrentUser ADMIN = new CurrentUser("admin", "Anders Admin", Role.ADMIN, "VESTLAND");

    @Autowired
    EmployerGrants grants;

    long plan;

    @BeforeEach
    void twoEmployersAndAPublishedPlan() {
        registerImport.run(
                List.of(TestData.text(
                        "register.json",
                        "[" + BrregJson.legalUnit(OTHER_LEGAL_UNIT, "ANNEN KOMMUNE", "KOMM", "6500", "4601") + "]")),
                "test",
                ImportProgress.NONE);
        jdbc.sql("delete from employer_access where username in (:users)")
                .param("users", List.of(OURS, OTHERS))
                .update();
        grants.grant(new NewGrant(OURS, "Berit Bergen", PASSWORD, LEGAL_UNIT), ADMIN);
        grants.grant(new NewGrant(OTHERS, "Anna Annen", PASSWORD, OTHER_LEGAL_UNIT), ADMIN);
        plan = publishing
                .publish(caseId, collaborationId, new PublishDocument("PLAN", null), OWNER)
                .id();
        jdbc.sql("truncate audit_event").update();
    }

    @Test
    void the_api_lists_the_collaboration_with_milestones_plan_knowledge_and_documents_and_audits_the_read() {
        MvcTestResult result = mvc.get()
                .uri("/api/employer/collaborations")
                .with(httpBasic(OURS, PASSWORD))
                .exchange();
        assertThat(result).hasStatusOk().bodyJson().satisfies(json -> {
            assertThat(json).extractingPath("$.length()").isEqualTo(1);
            assertThat(json).extractingPath("$[0].id").isEqualTo((int) collaborationId);
            assertThat(json).extractingPath("$[0].caseId").isEqualTo((int) caseId);
            assertThat(json).extractingPath("$[0].name").isEqualTo("Alfa sammen");
            assertThat(json).extractingPath("$[0].status").isEqualTo("ACTIVE");
            assertThat(json).extractingPath("$[0].orgNumber").isEqualTo(TestData.KINDERGARTEN);
            assertThat(json).extractingPath("$[0].enterpriseName").isEqualTo("ALFA BARNEHAGE");
            assertThat(json).extractingPath("$[0].goals").isEqualTo(GOALS);
            assertThat(json).extractingPath("$[0].milestones[0].kind").isEqualTo("INITIAL_MEETING");
            assertThat(json).extractingPath("$[0].milestones[0].done").isEqualTo(false);
            assertThat(json)
                    .extractingPath(
                            "$[0].plan[?(@.subThemeCode == 'SICK_LEAVE_FOLLOW_UP_CONVERSATIONS')]" + ".knowledge[0].id")
                    .asArray()
                    .containsExactly(MEASURE);
            assertThat(json)
                    .extractingPath("$[0].plan[?(@.subThemeCode == 'SICK_LEAVE_FOLLOW_UP_CONVERSATIONS')]"
                            + ".knowledge[0].title")
                    .asArray()
                    .containsExactly(MEASURE_TITLE);
            assertThat(json)
                    .extractingPath("$[0].plan[?(@.subThemeCode == 'SICK_LEAVE_FOLLOW_UP_CONVERSATIONS')]" + ".status")
                    .asArray()
                    .containsExactly("IN_PROGRESS");
            assertThat(json)
                    .extractingPath("$[0].plan[?(@.subThemeCode == 'SICK_LEAVE_ROUTINES')]")
                    .asArray()
                    .as("a sub-theme the plan does not include")
                    .isEmpty();
            assertThat(json).extractingPath("$[0].plan[0].subTheme").isNull();
            assertThat(json).extractingPath("$[0].documents[0].id").isEqualTo((int) plan);
            assertThat(json).extractingPath("$[0].documents[0].type").isEqualTo("PLAN");
            assertThat(json).extractingPath("$[0].documents[0].version").isEqualTo(1);
            assertThat(json).extractingPath("$[0].documents[0].publishedAt").isNotNull();
        });
        assertThat(DocumentPagesTest.body(result))
                .as("nothing of the adviser's own: no log, no owner, no who-attached")
                .doesNotContain("saksbehandler", "events", "attachedBy", "owner", "\"enterprises\"");

        assertThat(mvc.get()
                        .uri("/api/employer/collaborations/{id}", collaborationId)
                        .with(httpBasic(OURS, PASSWORD)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.name")
                .isEqualTo("Alfa sammen");

        assertThat(auditRows())
                .containsExactly(
                        OURS + " EMPLOYER_COLLABORATIONS " + TestData.KINDERGARTEN,
                        OURS + " EMPLOYER_COLLABORATION " + TestData.KINDERGARTEN);
    }

    @Test
    void another_legal_units_employer_sees_none_and_is_refused_the_collaboration() {
        assertThat(mvc.get().uri("/api/employer/collaborations").with(httpBasic(OTHERS, PASSWORD)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$")
                .asArray()
                .isEmpty();
        assertThat(mvc.get()
                        .uri("/api/employer/collaborations/{id}", collaborationId)
                        .with(httpBasic(OTHERS, PASSWORD)))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("ikke representerer");
        assertThat(mvc.get()
                        .uri("/api/employer/collaborations/{id}", collaborationId + 1000)
                        .with(httpBasic(OURS, PASSWORD)))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        MvcTestResult page = mvc.get()
                .uri("/arbeidsgiver/samarbeid/{id}", collaborationId)
                .with(user(TestUsers.employer(OTHERS)))
                .exchange();
        assertThat(page).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(DocumentPagesTest.body(page)).doesNotContain("Alfa sammen"); // MockMvc renders no error page
        assertThat(mvc.get().uri("/arbeidsgiver/dokumenter/{id}.pdf", plan).with(user(TestUsers.employer(OTHERS))))
                .hasStatus(HttpStatus.FORBIDDEN);
        MvcTestResult list = mvc.get()
                .uri("/arbeidsgiver/samarbeid")
                .with(user(TestUsers.employer(OTHERS)))
                .exchange();
        assertThat(list).hasStatusOk();
        assertThat(DocumentPagesTest.body(list))
                .contains("har et samarbeid med NAV")
                .doesNotContain("Alfa sammen");
        assertThat(jdbc.sql("select count(*) from employer_document_opened")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void nav_users_and_anonymous_callers_do_not_get_in() {
        assertThat(mvc.get().uri("/api/employer/collaborations").with(httpBasic("saksbehandler", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/arbeidsgiver/samarbeid").with(user(TestUsers.reader())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/arbeidsgiver/dokumenter/{id}.pdf", plan).with(user(TestUsers.admin())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/employer/collaborations")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/arbeidsgiver/samarbeid/{id}", collaborationId))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login");
    }

    @Test
    void the_pages_show_the_collaboration_and_the_documents_and_the_pdf_download_is_recorded() {
        var employer = user(TestUsers.employer(OURS));

        MvcTestResult list =
                mvc.get().uri("/arbeidsgiver/samarbeid").with(employer).exchange();
        assertThat(list).hasStatusOk();
        assertThat(DocumentPagesTest.body(list))
                .contains("Samarbeid med NAV", "Alfa sammen", "ALFA BARNEHAGE", "Aktivt")
                .contains("/arbeidsgiver/samarbeid/" + collaborationId);

        MvcTestResult detail = mvc.get()
                .uri("/arbeidsgiver/samarbeid/{id}", collaborationId)
                .with(employer)
                .exchange();
        assertThat(detail).hasStatusOk();
        assertThat(DocumentPagesTest.body(detail))
                .contains("Alfa sammen", GOALS, "Innledende møte", "Ikke ennå", "Pågår", MEASURE_TITLE, "Tiltak")
                .contains("/arbeidsgiver/dokumenter/" + plan + ".pdf", "Samarbeidsplan, versjon 1 (PDF)")
                .as("the library's pages are NAV's: knowledge is named, not linked")
                .doesNotContain("/kunnskap/", "/sak/");

        MvcTestResult documents =
                mvc.get().uri("/arbeidsgiver/dokumenter").with(employer).exchange();
        assertThat(documents).hasStatusOk();
        assertThat(DocumentPagesTest.body(documents))
                .contains("Dokumenter fra NAV", "Samarbeidsplan", "Alfa sammen")
                .contains("/arbeidsgiver/dokumenter/" + plan + ".pdf");

        MvcTestResult start = mvc.get().uri("/arbeidsgiver").with(employer).exchange();
        assertThat(DocumentPagesTest.body(start))
                .contains("href=\"/arbeidsgiver/samarbeid\"", "href=\"/arbeidsgiver/dokumenter\"");

        MvcTestResult pdf = mvc.get()
                .uri("/arbeidsgiver/dokumenter/{id}.pdf", plan)
                .with(employer)
                .exchange();
        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(pdf.getResponse().getHeader("Content-Disposition")).contains("samarbeidsplan-v1.pdf");
        assertThat(pdf.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes());
        PublishedDocument opened =
                publishing.forCollaboration(caseId, collaborationId).get(0);
        assertThat(opened.timesOpened()).isEqualTo(1);

        assertThat(mvc.get()
                        .uri("/arbeidsgiver/dokumenter/{id}.pdf", plan + 1000)
                        .with(employer))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/arbeidsgiver/samarbeid/{id}", collaborationId + 1000)
                        .with(employer))
                .hasStatus(HttpStatus.NOT_FOUND);

        assertThat(auditRows())
                .containsExactly(
                        OURS + " EMPLOYER_COLLABORATIONS " + TestData.KINDERGARTEN,
                        OURS + " EMPLOYER_COLLABORATION " + TestData.KINDERGARTEN,
                        OURS + " EMPLOYER_DOCUMENTS " + LEGAL_UNIT + "," + TestData.KINDERGARTEN,
                        OURS + " EMPLOYER_ENTERPRISES " + LEGAL_UNIT + "," + TestData.KINDERGARTEN,
                        OURS + " EMPLOYER_DOCUMENT " + LEGAL_UNIT);
    }

    private List<String> auditRows() {
        return jdbc.sql("""
                select username || ' ' || resource_type || ' '
                       || array_to_string(array(select unnest(enterprises) order by 1), ',')
                from audit_event
                where resource_type like 'EMPLOYER_%' order by id
                """).query(String.class).list();
    }
}
