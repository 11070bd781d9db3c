package no.iaverk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.iaverk.IaverkApplication;
import no.iaverk.TestData;
import no.iaverk.cases.Background;
import no.iaverk.cases.CaseCommand;
import no.iaverk.cases.CaseEventType;
import no.iaverk.cases.Cases;
import no.iaverk.cases.Collaboration;
import no.iaverk.cases.Collaborations;
import no.iaverk.cases.NewCollaboration;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.surveys.Survey;
import no.iaverk.surveys.SurveyType;
import no.iaverk.surveys.Surveys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Participants (1 000, or {@code -Dbench.participants}) join one needs assessment over HTTP (java.net.http, each with
 * its own cookie) and answer its 15 questions as the host opens the three themes one after another, each person at a
 * human pace (5–15 s to read and tap an answer); then every answer is counted in the database.
 *
 * <p>With {@code -Dbench.instances=2} a second instance runs against the same PostgreSQL, and every request goes to
 * the other instance than the one before, as a load balancer without sticky sessions may send it. Sessions are in
 * PostgreSQL, as in production.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"iaverk.demo.enabled=false", "spring.autoconfigure.exclude="})
class SurveyLoadBench {

    static final int PARTICIPANTS = Integer.getInteger("bench.participants", 1_000);
    static final int INSTANCES = Integer.getInteger("bench.instances", 1);
    /** People arrive over this many seconds, and read and tap for 5–15 s before each answer. */
    static final int ARRIVAL_SECONDS = 10;
    static final int MIN_THINK_MILLIS = 5_000;
    static final int MAX_THINK_MILLIS = 15_000;
    static final CurrentUser HOST = new CurrentUser("saksbehandler", "Sindre", Role.CASEWORKER, "VESTLAND");
    static final Pattern QUESTION = Pattern.compile("\"questionId\":(\\d+).*?\"options\":\\[\\{\"id\":(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    Surveys surveys;

    @Autowired
    Cases cases;

    @Autowired
    Collaborations collaborations;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    JdbcClient jdbc;

    final ConcurrentLinkedQueue<double[]> latencies = new ConcurrentLinkedQueue<>(); // {kind, millis, instance}
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void participants_answer_fifteen_questions_each() throws Exception {
        Survey survey = runningSurvey();
        List<String> bases = new ArrayList<>(List.of(base(port, survey)));
        ConfigurableApplicationContext second = null;
        if (INSTANCES == 2) {
            second = secondInstance();
            bases.add(base(second.getEnvironment().getRequiredProperty("local.server.port", Integer.class), survey));
        }
        ExecutorService pool = Executors.newFixedThreadPool(PARTICIPANTS); // one phone each, mostly thinking
        long start = System.nanoTime();

        List<Callable<String>> joining = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            Participant participant = new Participant(bases, i);
            joining.add(() -> {
                Thread.sleep(ThreadLocalRandom.current().nextInt(ARRIVAL_SECONDS * 1000));
                participant.cookie = join(participant);
                return participant.cookie;
            });
            participants.add(participant);
        }
        for (Future<String> joined : pool.invokeAll(joining)) {
            joined.get();
        }
        for (Survey.Theme theme : survey.themes()) {
            surveys.openTheme(survey.id(), theme.id(), HOST);
            List<Callable<Integer>> work = new ArrayList<>();
            for (Participant participant : participants) {
                work.add(() -> answerAll(participant));
            }
            for (Future<Integer> answered : pool.invokeAll(work)) {
                assertThat(answered.get()).isEqualTo(theme.questions());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (second != null) {
            second.close();
        }

        long stored = jdbc.sql("select count(*) from survey_answer where survey_id = :id")
                .param("id", survey.id())
                .query(Long.class)
                .single();
        long complete = jdbc.sql("""
                select count(*) from (select session_id from survey_answer where survey_id = :id
                                      group by session_id having count(*) = 15) s
                """)
                .param("id", survey.id())
                .query(Long.class)
                .single();
        List<Double> all = latencies.stream().map(l -> l[1]).sorted().toList();
        System.out.printf("SURVEY LOAD %,d participants × 15 questions on %d instance(s) (arriving over %d s, %d–%d s"
                        + " per answer): %,d requests in %.1f s = %.0f requests/s%n", PARTICIPANTS, INSTANCES,
                ARRIVAL_SECONDS, MIN_THINK_MILLIS / 1000, MAX_THINK_MILLIS / 1000, all.size(), seconds,
                all.size() / seconds);
        for (int kind = 0; kind < 3; kind++) {
            int k = kind;
            List<Double> some = latencies.stream().filter(l -> l[0] == k).map(l -> l[1]).sorted().toList();
            System.out.printf("  %-8s %,7d requests  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n",
                    new String[] {"join", "next", "answer"}[kind], some.size(), Timings.percentile(some, 50),
                    Timings.percentile(some, 95), Timings.percentile(some, 99));
        }
        for (int instance = 0; instance < INSTANCES && INSTANCES > 1; instance++) {
            int i = instance;
            List<Double> some = latencies.stream().filter(l -> l[2] == i).map(l -> l[1]).sorted().toList();
            System.out.printf("  instance %d %,7d requests  p50 %6.1f ms  p99 %6.1f ms%n", i + 1, some.size(),
                    Timings.percentile(some, 50), Timings.percentile(some, 99));
        }
        System.out.printf("  all      p50 %.1f ms  p95 %.1f ms  p99 %.1f ms (target p99 ≤ 200 ms)%n",
                Timings.percentile(all, 50), Timings.percentile(all, 95), Timings.percentile(all, 99));
        System.out.printf("ANSWERS stored %,d (expected %,d), participants with all 15: %,d%n", stored,
                PARTICIPANTS * 15, complete);
        assertThat(stored).isEqualTo(PARTICIPANTS * 15L);
        assertThat(complete).isEqualTo(PARTICIPANTS);
    }

    /** One phone: its cookie, and which instance its next request goes to (the other one each time). */
    static final class Participant {
        final List<String> bases;
        int next;
        volatile String cookie;

        Participant(List<String> bases, int number) {
            this.bases = bases;
            this.next = number % bases.size();
        }

        int instance() {
            int instance = next;
            next = (next + 1) % bases.size();
            return instance;
        }
    }

    final List<Participant> participants = new ArrayList<>();

    private String join(Participant participant) throws Exception {
        int instance = participant.instance();
        HttpResponse<String> response = send(0, instance, HttpRequest.newBuilder(
                        URI.create(participant.bases.get(instance) + "/join"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }

    /** Asks for the next question and answers it with its first option until the open theme is done. */
    private int answerAll(Participant participant) throws Exception {
        String cookie = participant.cookie;
        int answered = 0;
        while (true) {
            Thread.sleep(ThreadLocalRandom.current().nextInt(MIN_THINK_MILLIS, MAX_THINK_MILLIS));
            int nextOn = participant.instance();
            HttpResponse<String> next = send(1, nextOn, HttpRequest.newBuilder(
                            URI.create(participant.bases.get(nextOn) + "/next"))
                    .header("Accept", "application/json")
                    .header("Cookie", cookie)
                    .GET());
            if (next.statusCode() == 204) {
                return answered;
            }
            Matcher question = QUESTION.matcher(next.body());
            assertThat(question.find()).as(next.body()).isTrue();
            int answerOn = participant.instance();
            HttpResponse<String> answer = send(2, answerOn, HttpRequest.newBuilder(
                            URI.create(participant.bases.get(answerOn) + "/answers"))
                    .header("Content-Type", "application/json")
                    .header("Cookie", cookie)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"questionId\":%s,\"optionIds\":[%s]}"
                            .formatted(question.group(1), question.group(2)))));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
            answered++;
        }
    }

    private HttpResponse<String> send(int kind, int instance, HttpRequest.Builder request) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        latencies.add(new double[] {kind, (System.nanoTime() - start) / 1e6, instance});
        return response;
    }

    private static String base(int port, Survey survey) {
        return "http://localhost:" + port + "/s/" + survey.joinCode();
    }

    /** A second instance on the first one's database, configured as an operator would (see TwoInstancesTest). */
    private ConfigurableApplicationContext secondInstance() {
        return new SpringApplicationBuilder(IaverkApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.autoconfigure.exclude=",
                        "--iaverk.demo.enabled=false",
                        "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getRequiredProperty("spring.datasource.password"));
    }

    private Survey runningSurvey() {
        TestData.importKindergarten(registerImport);
        CurrentUser superuser = new CurrentUser("superbruker", "Siri", Role.SUPERUSER, "VESTLAND");
        long caseId = cases.start("910000020", Background.CENTRE_INITIATIVE, superuser).id();
        cases.handle(caseId, CaseCommand.of(CaseEventType.TAKE_OWNERSHIP, 1), HOST);
        cases.handle(caseId, CaseCommand.of(CaseEventType.TO_CONTACTING, 2), HOST);
        cases.handle(caseId, CaseCommand.of(CaseEventType.TO_MAPPING, 3), HOST);
        Collaboration collaboration = collaborations.create(caseId, new NewCollaboration("Barnehagen",
                Collaboration.Level.UNIT, List.of(), Collaboration.InitiatedBy.CENTRE,
                List.of(Collaboration.ServiceArea.REDUCE_SICK_LEAVE), LocalDate.now(), LocalDate.now().plusMonths(6),
                null, null, null), HOST);
        Survey survey = surveys.create(caseId, collaboration.id(), SurveyType.NEEDS_ASSESSMENT, HOST);
        return surveys.start(survey.id(), HOST);
    }
}
