package no.iaverk.statistics;

import static no.iaverk.statistics.StatisticsFixtures.category;
import static no.iaverk.statistics.StatisticsFixtures.enterprise;
import static no.iaverk.statistics.StatisticsFixtures.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.iaverk.BrregJson;
import no.iaverk.IntegrationTest;
import no.iaverk.TestData;
import no.iaverk.imports.ImportProgress;
import no.iaverk.imports.ImportRun;
import no.iaverk.imports.ImportRuns;
import no.iaverk.register.RegisterImport;
import no.iaverk.security.AuditLog;
import no.iaverk.security.TestUsers;
import no.iaverk.shared.Command;
import no.iaverk.shared.Quarter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class StatisticsWebTest {

    static final Quarter P = Quarter.of(2024, 2);
    static final String PARENT = "910000004";
    static final String BIG = "910000012";
    static final String SMALL = "910000020";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatisticsImport statisticsImport;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    Publication publication;

    @Autowired
    AuditLog auditLog;

    @Autowired
    ImportRuns runs;

    @Autowired
    List<Command> commands;

    @TempDir
    Path folder;

    @BeforeEach
    void oneQuarterPublished() {
        StatisticsFixtures.clear(jdbc);
        jdbc.sql("truncate enterprise, audit_event").update();
        registerImport.run(
                List.of(TestData.text(
                        "register.json",
                        BrregJson.array(
                                BrregJson.legalUnit(PARENT, "KOMMUNEN", "KOMM", "6500", "4601"),
                                BrregJson.subUnit(BIG, "STOR BARNEHAGE", PARENT, "88.911", 40),
                                BrregJson.subUnit(SMALL, "LITEN BARNEHAGE", PARENT, "88.911", 3)))),
                "test",
                ImportProgress.NONE);
        StatisticsFixtures.run(
                statisticsImport,
                files().with("virksomhet.json", enterprise(BIG, P, 40, 120, 2400), enterprise(SMALL, P, 3, 10, 180))
                        .with("land.json", category("land", "NO", P, 3_000_000, 6_000, 100_000))
                        .asJsonFiles());
        publication.publish(P, "test");
    }

    @Test
    void the_api_gives_the_sick_leave_with_the_contract_field_names() {
        assertThat(mvc.get().uri("/api/enterprises/" + BIG + "/sick-leave").with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.orgNumber").isEqualTo(BIG);
                    assertThat(json).extractingPath("$.publishedQuarter.year").isEqualTo(2024);
                    assertThat(json)
                            .extractingPath("$.publishedQuarter.quarter")
                            .isEqualTo(2);
                    assertThat(json).extractingPath("$.quarters[0].persons").isEqualTo(40);
                    assertThat(json)
                            .extractingPath("$.quarters[0].lostWorkdays")
                            .isEqualTo(120.0);
                    assertThat(json)
                            .extractingPath("$.quarters[0].possibleWorkdays")
                            .isEqualTo(2400.0);
                    assertThat(json).extractingPath("$.quarters[0].percent").isEqualTo(5.0);
                    assertThat(json).extractingPath("$.quarters[0].masked").isEqualTo(false);
                    assertThat(json)
                            .extractingPath("$.lastFourQuarters.percent")
                            .isEqualTo(5.0);
                    assertThat(json).extractingPath("$.lastFourQuarters.masked").isEqualTo(false);
                    assertThat(json)
                            .extractingPath("$.lastFourQuarters.quarters[0].year")
                            .isEqualTo(2024);
                    assertThat(json).extractingPath("$.trend").isNull();
                    assertThat(json).extractingPath("$.shortTermPercent").isEqualTo(40.0);
                    assertThat(json).extractingPath("$.longTermPercent").isEqualTo(60.0);
                    assertThat(json).extractingPath("$.gradedPercent").isEqualTo(20.0);
                    assertThat(json).extractingPath("$.benchmarks[0].kind").isEqualTo("INDUSTRY_PROGRAMME");
                    assertThat(json).extractingPath("$.benchmarks[0].code").isEqualTo("BARNEHAGER");
                    assertThat(json).extractingPath("$.benchmarks[0].name").isEqualTo("Barnehager");
                    assertThat(json)
                            .extractingPath("$.benchmarks[0].lastFourQuartersPercent")
                            .isNotNull();
                    assertThat(json).extractingPath("$.benchmarks[0].trend").isNull();
                    assertThat(json).extractingPath("$.benchmarks[2].kind").isEqualTo("COUNTRY");
                    assertThat(json)
                            .extractingPath("$.benchmarks[2].lastFourQuartersPercent")
                            .isEqualTo(6.0);
                });
    }

    @Test
    void masked_figures_are_null_in_the_api() {
        assertThat(mvc.get().uri("/api/enterprises/" + SMALL + "/sick-leave").with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.quarters[0].masked").isEqualTo(true);
                    assertThat(json).extractingPath("$.quarters[0].percent").isNull();
                    assertThat(json)
                            .extractingPath("$.quarters[0].lostWorkdays")
                            .isNull();
                    assertThat(json).extractingPath("$.quarters[0].persons").isNull();
                    assertThat(json).extractingPath("$.lastFourQuarters.masked").isEqualTo(true);
                    assertThat(json)
                            .extractingPath("$.lastFourQuarters.percent")
                            .isNull();
                    assertThat(json).extractingPath("$.costOfLostWorkdays").isNull();
                });
    }

    @Test
    void reading_an_enterprises_sick_leave_is_audited() {
        mvc.get()
                .uri("/api/enterprises/" + BIG + "/sick-leave")
                .with(httpBasic("leser", "demo"))
                .exchange();
        mvc.get()
                .uri("/virksomhet/" + BIG + "/sykefravaer")
                .with(user(TestUsers.reader()))
                .exchange();

        assertThat(auditLog.forResource("ENTERPRISE", BIG, 10))
                .extracting(AuditLog.Entry::path)
                .containsExactlyInAnyOrder(
                        "/api/enterprises/" + BIG + "/sick-leave", "/virksomhet/" + BIG + "/sykefravaer");
    }

    @Test
    void the_enterprise_section_shows_figures_and_says_skjermet_for_masked_ones() {
        assertThat(mvc.get()
                        .uri("/virksomhet/" + BIG + "/sykefravaer")
                        .header("HX-Request", "true")
                        .with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("5,0 %", "data-chart", "Barnehager", "Norge")
                .doesNotContain("<html");
        assertThat(mvc.get().uri("/virksomhet/" + SMALL + "/sykefravaer").with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("<html", "skjermet", "færre enn 5 personer");
    }

    @Test
    void the_national_overview_lists_norway_and_the_categories() {
        assertThat(mvc.get().uri("/statistikk").with(user(TestUsers.reader())))
                .hasStatusOk()
                .bodyText()
                .contains("Sykefravær i Norge", "2. kvartal 2024", "Norge", "6,0 %", "Barnehager", "beregnet");
    }

    @Test
    void unknown_and_malformed_enterprises_are_4xx_problems() {
        assertThat(mvc.get().uri("/api/enterprises/974760673/sick-leave").with(httpBasic("leser", "demo")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/enterprises/12345/sick-leave").with(httpBasic("leser", "demo")))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void only_an_admin_imports_and_publishes_through_the_api() {
        var zip = files().with("virksomhet.json", enterprise(BIG, P.next(), 40, 100, 2400))
                .asZip("2024K3.zip");
        byte[] bytes = TestData.bytesOf(zip);

        assertThat(mvc.post()
                        .uri("/api/statistics/imports")
                        .multipart()
                        .file(new MockMultipartFile("file", "2024K3.zip", "application/zip", bytes))
                        .with(httpBasic("superbruker", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post()
                        .uri("/api/statistics/imports")
                        .multipart()
                        .file(new MockMultipartFile("file", "2024K3.zip", "application/zip", bytes))
                        .with(httpBasic("admin", "demo")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.quarter.quarter").isEqualTo(3);
                    assertThat(json).extractingPath("$.accepted").isEqualTo(1);
                    assertThat(json).extractingPath("$.published").isEqualTo(false);
                });

        assertThat(mvc.post().uri("/api/statistics/quarters/2024/3/publish").with(httpBasic("leser", "demo")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/api/statistics/quarters/2024/3/publish").with(httpBasic("admin", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.current")
                .isEqualTo(true);
        assertThat(mvc.post().uri("/api/statistics/quarters/2024/2/publish").with(httpBasic("admin", "demo")))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.post().uri("/api/statistics/quarters/2024/7/publish").with(httpBasic("admin", "demo")))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/statistics/quarters").with(httpBasic("leser", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].quarter.quarter")
                .isEqualTo(3);
    }

    @Test
    void the_json_files_can_be_uploaded_as_repeated_files_parts() {
        assertThat(mvc.post()
                        .uri("/api/statistics/imports")
                        .multipart()
                        .file(new MockMultipartFile(
                                "files",
                                "virksomhet.json",
                                "application/json",
                                StatisticsFixtures.array(enterprise(BIG, P, 40, 100, 2400))
                                        .getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile(
                                "files",
                                "land.json",
                                "application/json",
                                StatisticsFixtures.array(category("land", "NO", P, 10, 1, 10))
                                        .getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("admin", "demo")))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.files.length()")
                .isEqualTo(2);
        assertThat(mvc.post().uri("/api/statistics/imports").multipart().with(httpBasic("admin", "demo")))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void an_admin_uploads_a_quarter_on_the_page_follows_it_and_publishes_it() throws Exception {
        var response = mvc.post()
                .uri("/admin/statistikk")
                .multipart()
                .file(new MockMultipartFile(
                        "files",
                        "virksomhet.json",
                        "application/json",
                        StatisticsFixtures.array(enterprise(BIG, P.next(), 40, 100, 2400))
                                .getBytes(StandardCharsets.UTF_8)))
                .with(user(TestUsers.admin()))
                .with(csrf())
                .exchange();
        assertThat(response).hasStatus(HttpStatus.FOUND);
        String runPage = response.getMvcResult().getResponse().getRedirectedUrl();
        ImportRun run = awaitFinished(Long.parseLong(runPage.substring(runPage.lastIndexOf('/') + 1)));
        assertThat(run.status()).isEqualTo(ImportRun.Status.SUCCEEDED);
        assertThat(mvc.get().uri(runPage).with(user(TestUsers.admin())))
                .hasStatusOk()
                .bodyText()
                .contains("virksomhet.json", "3. kvartal 2024", "Bransjeprogrammer")
                .doesNotContain("2024K3", "INDUSTRY_PROGRAMME");

        assertThat(mvc.get().uri("/admin/statistikk").with(user(TestUsers.admin())))
                .bodyText()
                .contains("<strong>3. kvartal 2024</strong>", "gjeldende", "Publiser nå")
                // The quarter is never shown as its code; an uploaded file may be named after it (2024K3.zip).
                .doesNotContain(">2024K3<");
        assertThat(mvc.post()
                        .uri("/admin/statistikk/kvartal/2024/3/publiser")
                        .with(user(TestUsers.admin()))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(publication.current()).contains(P.next());
        // Only a quarter not yet published can be published: the button is gone from every published one.
        var quarters = publication.quarters();
        assertThat(mvc.get().uri("/admin/statistikk").with(user(TestUsers.admin())))
                .bodyText()
                .satisfies(page -> assertThat(countOf(page, "Publiser nå"))
                        .isEqualTo(quarters.stream()
                                .filter(q -> q.imported() && q.publishedAt() == null)
                                .count()));
    }

    @Test
    void the_command_imports_a_folder_per_quarter() throws Exception {
        Path quarter = Files.createDirectories(folder.resolve("2024K3"));
        Files.writeString(
                quarter.resolve("virksomhet.json"), StatisticsFixtures.array(enterprise(BIG, P.next(), 40, 100, 2400)));
        Files.writeString(
                quarter.resolve("land.json"), StatisticsFixtures.array(category("land", "NO", P.next(), 10, 1, 10)));
        Command command = commands.stream()
                .filter(c -> c.name().equals("import-statistics"))
                .findFirst()
                .orElseThrow();
        var out = new ByteArrayOutputStream();

        int exit = command.run(List.of(quarter.toString()), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("3. kvartal 2024: 2 lest, 2 godtatt, 0 avvist");
        assertThat(command.run(List.of(folder.resolve("finnes-ikke").toString()), new PrintStream(out)))
                .isEqualTo(2);
    }

    private ImportRun awaitFinished(long runId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            ImportRun run = runs.find(runId).orElseThrow();
            if (!run.running()) {
                return run;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The import did not finish");
    }

    private static long countOf(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
    }
}
