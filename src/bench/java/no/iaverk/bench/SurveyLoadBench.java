package no.iaverk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
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
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Participants (1 000, or {@code -Dbench.participants}) join one needs assessment over HTTP (each with its own cookie)
 * and answer its 15 questions as the host opens the three themes one after another, each person at a human pace (5–15 s
 * to read and tap an answer); then every answer is counted in the database.
 *
 * <p>With {@code -Dbench.instances=2} a second instance runs against the same PostgreSQL, and every request goes to
 * the other instance than the one before, as a load balancer without sticky sessions may send it. Sessions are in
 * PostgreSQL, as in production.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"iaverk.demo.enabled=false", "spring.autoconfigure.exclude=", SurveyLoadBench.PRODUCTION_POOL})
class SurveyLoadBench {

    /** The connection pool as it runs in production: all 20 connections kept (the test suite's keep one idle). */
    static final String PRODUCTION_POOL = "spring.datasource.hikari.minimum-idle=20";

    static final int PARTICIPANTS = Integer.getInteger("bench.participants", 1_000);
    static final int INSTANCES = Integer.getInteger("bench.instances", 1);
    /**
     * People in an unmeasured survey first (quicker, 0.5–1.5 s per answer), so the figures are those of a server that
     * has run a while, not of one whose JIT is still compiling the participant's path; 0 measures from a cold start.
     */
    static final int WARM_UP = Integer.getInteger("bench.warmup", 500);
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

    final ConcurrentLinkedQueue<double[]> latencies = new ConcurrentLinkedQueue<>(); // {kind, millis, instance, phase}
    /** 0 while people join, then the number of the theme that is open. */
    volatile int phase;
    /**
     * The phones' side runs on the same two cores as the instances and the database, so it should cost them as little
     * as it can: a blocking client (Apache HttpClient, no threads of its own), one per group of phones, which share no
     * connection pool with the others. java.net.http here spent as much CPU as the server, and its one pool for all
     * 2 000 phones (one lock, a list scanned on every request) delayed the client more than the server.
     */
    static final int PHONES_PER_CLIENT = 25;

    @Test
    void participants_answer_fifteen_questions_each() throws Exception {
        List<Integer> ports = new ArrayList<>(List.of(port));
        ConfigurableApplicationContext second = null;
        if (INSTANCES == 2) {
            second = secondInstance();
            ports.add(second.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
        }
        long caseId = collaborationCase();
        if (WARM_UP > 0) {
            Survey warmUp = runningSurvey(caseId);
            take(warmUp, ports, WARM_UP, 500, 1_500);
            surveys.complete(warmUp.id(), HOST);
            latencies.clear();
        }
        Survey survey = runningSurvey(caseId);
        long start = System.nanoTime();
        take(survey, ports, PARTICIPANTS, MIN_THINK_MILLIS, MAX_THINK_MILLIS);
        double seconds = (System.nanoTime() - start) / 1e9;
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
        List<Double> all = millis(l -> true);
        System.out.printf("SURVEY LOAD %,d participants × 15 questions on %d instance(s) (arriving over %d s, %d–%d s"
                        + " per answer; %s): %,d requests in %.1f s = %.0f requests/s%n", PARTICIPANTS, INSTANCES,
                ARRIVAL_SECONDS, MIN_THINK_MILLIS / 1000, MAX_THINK_MILLIS / 1000,
                WARM_UP > 0 ? "after an unmeasured survey of %,d people".formatted(WARM_UP) : "from a cold start",
                all.size(), seconds, all.size() / seconds);
        String[] kinds = {"join", "next", "answer"};
        for (int kind = 0; kind < kinds.length; kind++) {
            int k = kind;
            List<Double> some = millis(l -> l[0] == k);
            System.out.printf("  %-8s %,7d requests  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n", kinds[kind],
                    some.size(), Timings.percentile(some, 50), Timings.percentile(some, 95),
                    Timings.percentile(some, 99));
        }
        for (int instance = 0; instance < INSTANCES && INSTANCES > 1; instance++) {
            int i = instance;
            print("instance " + (i + 1), millis(l -> l[2] == i));
        }
        for (int phase = 0; phase <= 3; phase++) {
            int p = phase;
            print(phase == 0 ? "joining" : "theme " + phase, millis(l -> l[3] == p));
        }
        System.out.printf("  all      p50 %.1f ms  p95 %.1f ms  p99 %.1f ms (target p99 ≤ 200 ms)%n",
                Timings.percentile(all, 50), Timings.percentile(all, 95), Timings.percentile(all, 99));
        System.out.printf("ANSWERS stored %,d (expected %,d), participants with all 15: %,d%n", stored,
                PARTICIPANTS * 15, complete);
        assertThat(stored).isEqualTo(PARTICIPANTS * 15L);
        assertThat(complete).isEqualTo(PARTICIPANTS);
    }

    private List<Double> millis(Predicate<double[]> which) {
        return latencies.stream().filter(which).map(l -> l[1]).sorted().toList();
    }

    private static void print(String label, List<Double> millis) {
        System.out.printf("  %-10s %,7d requests  p50 %6.1f ms  p99 %6.1f ms%n", label, millis.size(),
                Timings.percentile(millis, 50), Timings.percentile(millis, 99));
    }

    /** People join over {@value #ARRIVAL_SECONDS} s and answer each theme the host opens, thinking between answers. */
    private void take(Survey survey, List<Integer> ports, int people, int minThink, int maxThink) throws Exception {
        List<String> bases = ports.stream().map(port -> base(port, survey)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(people); // one phone each, mostly thinking
        List<CloseableHttpClient> clients = new ArrayList<>();
        List<Participant> participants = new ArrayList<>();
        List<Callable<String>> joining = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            if (i % PHONES_PER_CLIENT == 0) {
                clients.add(phones());
            }
            Participant participant = new Participant(bases, i, clients.get(clients.size() - 1));
            joining.add(() -> {
                Thread.sleep(ThreadLocalRandom.current().nextInt(ARRIVAL_SECONDS * 1000));
                participant.cookie = join(participant);
                return participant.cookie;
            });
            participants.add(participant);
        }
        phase = 0;
        for (Future<String> joined : pool.invokeAll(joining)) {
            joined.get();
        }
        for (Survey.Theme theme : survey.themes()) {
            phase++;
            surveys.openTheme(survey.id(), theme.id(), HOST);
            List<Callable<Integer>> work = new ArrayList<>();
            for (Participant participant : participants) {
                work.add(() -> answerAll(participant, minThink, maxThink));
            }
            for (Future<Integer> answered : pool.invokeAll(work)) {
                assertThat(answered.get()).isEqualTo(theme.questions());
            }
        }
        pool.shutdown();
        for (CloseableHttpClient client : clients) {
            client.close();
        }
    }

    /** One phone: its cookie, and which instance its next request goes to (the other one each time). */
    static final class Participant {
        final List<String> bases;
        final CloseableHttpClient http;
        int next;
        volatile String cookie;

        Participant(List<String> bases, int number, CloseableHttpClient http) {
            this.bases = bases;
            this.next = number % bases.size();
            this.http = http;
        }

        int instance() {
            int instance = next;
            next = (next + 1) % bases.size();
            return instance;
        }
    }

    private String join(Participant participant) throws IOException {
        int instance = participant.instance();
        Response response = send(participant, 0, instance, ClassicRequestBuilder.post(
                        participant.bases.get(instance) + "/join")
                .setEntity("{}", ContentType.APPLICATION_JSON)
                .build());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.cookie()).isNotNull();
        return response.cookie().split(";", 2)[0];
    }

    /** Asks for the next question and answers it with its first option until the open theme is done. */
    private int answerAll(Participant participant, int minThink, int maxThink) throws Exception {
        String cookie = participant.cookie;
        int answered = 0;
        while (true) {
            Thread.sleep(ThreadLocalRandom.current().nextInt(minThink, maxThink));
            int nextOn = participant.instance();
            Response next = send(participant, 1, nextOn, ClassicRequestBuilder.get(
                            participant.bases.get(nextOn) + "/next")
                    .setHeader("Accept", "application/json")
                    .setHeader("Cookie", cookie)
                    .build());
            if (next.status() == 204) {
                return answered;
            }
            Matcher question = QUESTION.matcher(next.body());
            assertThat(question.find()).as(next.body()).isTrue();
            int answerOn = participant.instance();
            Response answer = send(participant, 2, answerOn, ClassicRequestBuilder.post(
                            participant.bases.get(answerOn) + "/answers")
                    .setHeader("Cookie", cookie)
                    .setEntity("{\"questionId\":%s,\"optionIds\":[%s]}"
                            .formatted(question.group(1), question.group(2)), ContentType.APPLICATION_JSON)
                    .build());
            assertThat(answer.status()).as(answer.body()).isEqualTo(204);
            answered++;
        }
    }

    record Response(int status, String body, @Nullable String cookie) {}

    private Response send(Participant participant, int kind, int instance, ClassicHttpRequest request)
            throws IOException {
        long start = System.nanoTime();
        Response response = participant.http.execute(request, answer -> {
            Header cookie = answer.getFirstHeader("Set-Cookie");
            return new Response(
                    answer.getCode(),
                    answer.getEntity() == null ? "" : EntityUtils.toString(answer.getEntity()),
                    cookie == null ? null : cookie.getValue());
        });
        latencies.add(new double[] {kind, (System.nanoTime() - start) / 1e6, instance, phase});
        return response;
    }

    /** A client for one group of phones: connections kept between requests, as a phone's browser keeps them. */
    private static CloseableHttpClient phones() {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(PHONES_PER_CLIENT)
                        .setMaxConnTotal(PHONES_PER_CLIENT * INSTANCES)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(10))
                                .setSocketTimeout(Timeout.ofSeconds(30))
                                .build())
                        .build())
                .disableCookieManagement()
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .build();
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
                        "--" + PRODUCTION_POOL,
                        "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getRequiredProperty("spring.datasource.password"));
    }

    private long collaborationCase() {
        TestData.importKindergarten(registerImport);
        CurrentUser superuser = new CurrentUser("superbruker", "Siri", Role.SUPERUSER, "VESTLAND");
        long caseId = cases.start("910000020", Background.CENTRE_INITIATIVE, superuser).id();
        cases.handle(caseId, CaseCommand.of(CaseEventType.TAKE_OWNERSHIP, 1), HOST);
        cases.handle(caseId, CaseCommand.of(CaseEventType.TO_CONTACTING, 2), HOST);
        cases.handle(caseId, CaseCommand.of(CaseEventType.TO_MAPPING, 3), HOST);
        return caseId;
    }

    private Survey runningSurvey(long caseId) {
        Collaboration collaboration = collaborations.create(caseId, new NewCollaboration("Barnehagen",
                Collaboration.Level.UNIT, List.of(), Collaboration.InitiatedBy.CENTRE,
                List.of(Collaboration.ServiceArea.REDUCE_SICK_LEAVE), LocalDate.now(), LocalDate.now().plusMonths(6),
                null, null, null), HOST);
        Survey survey = surveys.create(caseId, collaboration.id(), SurveyType.NEEDS_ASSESSMENT, HOST);
        return surveys.start(survey.id(), HOST);
    }
}
