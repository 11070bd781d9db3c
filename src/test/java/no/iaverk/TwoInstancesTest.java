package no.iaverk;

import static no.iaverk.statistics.StatisticsFixtures.enterprise;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.iaverk.cases.Background;
import no.iaverk.cases.Cases;
import no.iaverk.cases.Collaborations;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.TestUsers;
import no.iaverk.shared.DatabaseNotifications;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.Publication;
import no.iaverk.statistics.StatisticsFixtures;
import no.iaverk.statistics.StatisticsImport;
import no.iaverk.surveys.Survey;
import no.iaverk.surveys.SurveyFixture;
import no.iaverk.surveys.SurveyType;
import no.iaverk.surveys.Surveys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the application (two contexts on their own random ports, as behind a load balancer) against one
 * PostgreSQL: the second is handed the first's JDBC URL, as an operator would configure both. Everything goes through
 * real HTTP with cookies, as a browser would send them to whichever instance the balancer picks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

    private static final CurrentUser OWNER = SurveyFixture.OWNER;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;

    @BeforeAll
    void twoInstancesOnOneDatabase() {
        a = instance(Map.of());
        Environment first = a.getEnvironment();
        b = instance(Map.of(
                "spring.datasource.url", first.getRequiredProperty("spring.datasource.url"),
                "spring.datasource.username", first.getRequiredProperty("spring.datasource.username"),
                "spring.datasource.password", first.getRequiredProperty("spring.datasource.password")));
    }

    @AfterAll
    void stop() {
        if (b != null) b.close();
        if (a != null) a.close();
    }

    @Test
    void a_login_on_one_instance_is_a_session_on_the_other() throws Exception {
        TestBrowser browser = new TestBrowser();
        browser.logIn(a, "saksbehandler");

        HttpResponse<String> onB = browser.get(b, "/");
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("Sindre Saksbehandler");
        assertThat(onB.request().uri().getPath()).isNotEqualTo("/login");
        assertThat(jdbc().sql("select count(*) from spring_session where principal_name = 'saksbehandler'")
                        .query(Long.class)
                        .single())
                .isPositive();

        // A form on B with the CSRF token of the session made on A: the token lives in the shared session too.
        HttpResponse<String> logout = browser.post(b, "/logout", Map.of("_csrf", browser.csrf(b, "/")));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(browser.get(a, "/virksomheter").request().uri().getPath()).isEqualTo("/login");
    }

    @Test
    void a_refused_form_posted_on_a_comes_back_with_what_was_typed_on_b() throws Exception {
        TestBrowser browser = new TestBrowser();
        browser.logIn(a, "superbruker");

        // Post/redirect/get: the refusal and the typed form are flashed into the session (in PostgreSQL) on A …
        HttpResponse<String> refused = browser.post(
                a,
                "/prioritering/regelsett",
                Map.of(
                        "name", "Halvferdig",
                        "g0c0field", "PERCENT",
                        "g0c0operator", "AT_LEAST",
                        "g0c0value", "mye",
                        "filters", "county=46",
                        "_csrf", browser.csrf(a, "/prioritering")));
        assertThat(refused.statusCode()).isEqualTo(302);

        // … and the redirect's page, served by B, shows them.
        HttpResponse<String> back =
                browser.get(b, refused.headers().firstValue("Location").orElseThrow());
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body())
                .contains(
                        "Betingelsene må ha felt, sammenligning og et tall.", "value=\"Halvferdig\"", "value=\"mye\"");
    }

    @Test
    void participants_alternating_between_instances_lose_and_double_nothing_and_the_host_on_b_sees_every_answer()
            throws Exception {
        Survey survey = runningSurvey();
        int questions = openQuestions(survey);
        assertThat(questions).isPositive();
        awaitListening();

        TestBrowser host = new TestBrowser();
        host.logIn(a, "saksbehandler");
        BlockingQueue<String> live = host.events(b, "/undersokelse/" + survey.id() + "/live");
        assertThat(live.poll(60, TimeUnit.SECONDS)).contains("\"open\":true");

        int participants = 12;
        List<TestBrowser> phones = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            TestBrowser phone = new TestBrowser();
            phone.json(p % 2 == 0 ? a : b, "/s/" + survey.joinCode() + "/join", "{}", 200);
            phones.add(phone);
        }
        // Every participant answers every open question, each call to the other instance than the one before.
        int call = 0;
        for (int round = 0; round < questions; round++) {
            for (TestBrowser phone : phones) {
                ConfigurableApplicationContext to = call++ % 2 == 0 ? a : b;
                HttpResponse<String> next = phone.get(to, "/s/" + survey.joinCode() + "/next");
                assertThat(next.statusCode()).isEqualTo(200);
                JsonNode question = JSON.readTree(next.body());
                long option = question.get("options").get(0).get("id").asLong();
                phone.json(
                        call % 2 == 0 ? a : b,
                        "/s/" + survey.joinCode() + "/answers",
                        "{\"questionId\":%d,\"optionIds\":[%d]}"
                                .formatted(question.get("questionId").asLong(), option),
                        204);
            }
        }
        for (TestBrowser phone : phones) {
            assertThat(phone.get(b, "/s/" + survey.joinCode() + "/next").statusCode())
                    .isEqualTo(204);
        }

        long stored = jdbc().sql("select count(*) from survey_answer where survey_id = :id")
                .param("id", survey.id())
                .query(Long.class)
                .single();
        long distinct = jdbc().sql(
                        "select count(distinct (session_id, question_id)) from survey_answer where survey_id = :id")
                .param("id", survey.id())
                .query(Long.class)
                .single();
        assertThat(stored).isEqualTo(distinct).isEqualTo((long) participants * questions);

        // The last answer was given on A; the host's page on B hears of it through PostgreSQL, as it hears of all.
        String expected = "{\"open\":true,\"participants\":%d,\"answers\":%d}".formatted(participants, stored);
        assertThat(untilSeen(live, expected)).isEqualTo(expected);
    }

    @Test
    void a_quarter_published_on_a_is_the_call_list_on_b() throws Exception {
        Quarter first = Quarter.of(2024, 1);
        Quarter second = Quarter.of(2024, 2);
        JdbcClient jdbc = jdbc();
        StatisticsFixtures.clear(jdbc);
        TestData.importKindergarten(a.getBean(RegisterImport.class));
        StatisticsImport statistics = a.getBean(StatisticsImport.class);
        StatisticsFixtures.run(
                statistics,
                StatisticsFixtures.files()
                        .with("virksomhet.json", enterprise(TestData.KINDERGARTEN, first, 60, 100, 1000))
                        .asJsonFiles());
        a.getBean(Publication.class).publish(first, "test");
        StatisticsFixtures.run(
                statistics,
                StatisticsFixtures.files()
                        .with("virksomhet.json", enterprise(TestData.KINDERGARTEN, second, 60, 300, 1000))
                        .asJsonFiles());
        TestBrowser admin = new TestBrowser();
        assertThat(JSON.readTree(admin.basic(b, "/api/prioritization", "leser").body())
                        .get("publishedQuarter")
                        .toString())
                .isEqualTo("{\"year\":2024,\"quarter\":1}");

        HttpResponse<String> published = admin.basicPost(a, "/api/statistics/quarters/2024/2/publish", "admin");
        assertThat(published.statusCode()).isEqualTo(200);

        JsonNode list =
                JSON.readTree(admin.basic(b, "/api/prioritization", "leser").body());
        assertThat(list.get("publishedQuarter").toString()).isEqualTo("{\"year\":2024,\"quarter\":2}");
        JsonNode row = Stream.of(list.get("rows").valueStream().toArray(JsonNode[]::new))
                .filter(r -> r.get("orgNumber").asString().equals(TestData.KINDERGARTEN))
                .findFirst()
                .orElseThrow();
        // The last four quarters: (100 + 300) / (1000 + 1000).
        assertThat(row.get("percent").decimalValue()).isEqualByComparingTo("20.0");
    }

    @Test
    void the_nightly_job_fired_on_both_instances_at_once_runs_once() throws Exception {
        Cases cases = a.getBean(Cases.class);
        TestData.importKindergarten(a.getBean(RegisterImport.class));
        jdbc().sql("truncate ia_case, case_event, collaboration, activity cascade")
                .update();
        long caseId = cases.start(
                        TestData.KINDERGARTEN,
                        Background.CENTRE_INITIATIVE,
                        TestUsers.superuser().currentUser())
                .id();
        jdbc().sql("update ia_case set changed_at = now() - interval '7 months' where id = :id")
                .param("id", caseId)
                .update();
        jdbc().sql("delete from shared_job_run where job = 'cases.auto-close'").update();

        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Boolean> onA = CompletableFuture.supplyAsync(() -> fireNightlyJob(a, together));
        CompletableFuture<Boolean> onB = CompletableFuture.supplyAsync(() -> fireNightlyJob(b, together));

        assertThat(List.of(onA.get(), onB.get())).containsExactlyInAnyOrder(true, false);
        assertThat(jdbc().sql("select runs from shared_job_run where job = 'cases.auto-close'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc().sql("select count(*) from case_event where case_id = :id and type = 'NOT_RELEVANT'")
                        .param("id", caseId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static boolean fireNightlyJob(ConfigurableApplicationContext instance, CyclicBarrier together) {
        try {
            together.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Boolean ran =
                ReflectionTestUtils.invokeMethod(instance.getBean("caseHousekeeping"), "closeUntouchedAssessments");
        return Boolean.TRUE.equals(ran);
    }

    private Survey runningSurvey() {
        SurveyFixture fixture = SurveyFixture.create(
                jdbc(), a.getBean(RegisterImport.class), a.getBean(Cases.class), a.getBean(Collaborations.class));
        Surveys surveys = a.getBean(Surveys.class);
        Survey created =
                surveys.create(fixture.caseId(), fixture.collaborationId(), SurveyType.NEEDS_ASSESSMENT, OWNER);
        surveys.start(created.id(), OWNER);
        return surveys.openTheme(created.id(), created.themes().get(0).id(), OWNER);
    }

    private int openQuestions(Survey survey) {
        return jdbc().sql("""
                select count(*) from survey_question sq
                join survey_theme st on st.survey_id = sq.survey_id and st.theme_id = sq.theme_id and st.open
                where sq.survey_id = :id
                """).param("id", survey.id()).query(Integer.class).single();
    }

    private void awaitListening() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (a.getBean(DatabaseNotifications.class).connected()
                    && b.getBean(DatabaseNotifications.class).connected()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The instances never listened to the database");
    }

    /** The live view's events until {@code expected} comes (or the stream goes quiet for a minute). */
    private static String untilSeen(BlockingQueue<String> live, String expected) throws InterruptedException {
        String last = "";
        for (String event = live.poll(60, TimeUnit.SECONDS); event != null; event = live.poll(60, TimeUnit.SECONDS)) {
            last = event;
            if (event.equals(expected)) {
                break;
            }
        }
        return last;
    }

    private JdbcClient jdbc() {
        return a.getBean(JdbcClient.class);
    }

    private static ConfigurableApplicationContext instance(Map<String, Object> properties) {
        Map<String, Object> all = new java.util.HashMap<>(properties);
        all.put("server.port", "0");
        // Sessions in PostgreSQL, as in production (the test configuration leaves them in the container).
        all.put("spring.autoconfigure.exclude", "");
        // The nightly job's real schedule, so both instances count a firing as the same one.
        all.put("iaverk.cases.auto-close-check", "0 15 3 * * *");
        // As command-line arguments: they win over application.yml, as an operator's settings would.
        return new SpringApplicationBuilder(IaverkApplication.class)
                .run(all.entrySet().stream()
                        .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                        .toArray(String[]::new));
    }
}
