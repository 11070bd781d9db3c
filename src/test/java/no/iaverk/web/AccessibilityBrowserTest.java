package no.iaverk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.iaverk.BrowserSupport;
import no.iaverk.demo.internal.DemoFixture;
import no.iaverk.evaluation.web.EffectHistory;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.surveys.Survey;
import no.iaverk.surveys.SurveyType;
import no.iaverk.surveys.Surveys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page an adviser, a reader, an admin and a survey participant sees (the employer's: {@code EmployerBrowserTest}), on the demo data, in headless chromium at a
 * laptop (1366×768) and a phone (375×812): axe-core finds no WCAG 2.1 A/AA violation, and at the phone's width and at
 * 200 % zoom of the laptop (683 px) the page never scrolls sideways (a wide table scrolls inside its own region).
 *
 * <p>With {@code -Diaverk.screenshots=DIR} it also saves what the browser showed, one PNG per page and width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {

    static final Dimension LAPTOP = new Dimension(1366, 768);
    static final Dimension PHONE = new Dimension(375, 812);
    /** A 1366 px wide screen at 200 % zoom lays the page out in 683 CSS pixels. */
    static final Dimension ZOOMED = new Dimension(683, 768);

    /** The effect page on the history of {@link EffectHistory}: an estimate, its chart and the subgroups. */
    static final String EFFECT = "/effekt?unit=" + EffectHistory.UNIT;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Surveys surveys;

    WebDriver browser;
    WebDriverWait wait;

    long caseId;
    long collaborationCaseId;
    long collaborationId;
    long completedSurvey;
    Survey started;
    String enterprise;
    long registerRun;
    long statisticsRun;

    @BeforeAll
    void theDemoData() {
        BrowserSupport.requireBrowser();
        DemoFixture.load(context);
        caseId = id("select id from ia_case where status = 'CONTACTING' order by id limit 1");
        collaborationId = id("select id from collaboration where status = 'ACTIVE' order by id limit 1");
        collaborationCaseId = id("select case_id from collaboration where id = " + collaborationId);
        completedSurvey = id("select id from survey where status = 'COMPLETED' order by id limit 1");
        enterprise = jdbc.sql("select org_number from ia_case where id = :id")
                .param("id", caseId)
                .query(String.class)
                .single();
        registerRun = id("select max(id) from import_run where kind = 'REGISTER'");
        statisticsRun = id("select max(id) from import_run where kind = 'STATISTICS'");
        // A running survey with a theme open: the host's live view, the projector view and a participant's question.
        CurrentUser owner = new CurrentUser("saksbehandler", "Sindre Saksbehandler", Role.CASEWORKER, "VESTLAND");
        Survey created = surveys.create(collaborationCaseId, collaborationId, SurveyType.NEEDS_ASSESSMENT, owner);
        surveys.start(created.id(), owner);
        surveys.openTheme(
                created.id(), surveys.get(created.id()).themes().get(0).id(), owner);
        started = surveys.get(created.id());
        // An assistance history with an effect, so that the effect page shows its estimate, chart and subgroups.
        EffectHistory.create(jdbc);
    }

    @AfterAll
    void removeTheEffectHistory() {
        EffectHistory.remove(jdbc);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @Test
    void an_adviser_s_pages_have_no_violations_and_never_scroll_sideways() {
        List<String> problems = new ArrayList<>();
        logIn("saksbehandler");
        for (String path : List.of(
                "/",
                "/virksomheter?q=fjellrev",
                "/virksomhet/" + enterprise,
                "/statistikk",
                "/effekt",
                "/rapporter",
                EFFECT,
                "/prioritering",
                "/saker",
                "/saker/oversikt",
                "/sak/" + caseId,
                collaboration(),
                collaboration() + "/undersokelser",
                "/undersokelse/" + started.id(),
                "/undersokelse/" + started.id() + "/lerret",
                "/undersokelse/" + completedSurvey + "/resultater")) {
            problems.addAll(check("saksbehandler", path));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void a_reader_s_pages_have_none_either() {
        List<String> problems = new ArrayList<>();
        logIn("leser");
        for (String path : List.of(
                "/",
                EFFECT,
                "/kunnskap?q=barnehage",
                "/kunnskap/oppfolging?firstSickDay=2011-07-01",
                "/kunnskap/oppfolging?firstSickDay=2011-02-30",
                "/sak/" + caseId,
                collaboration(),
                collaboration() + "/undersokelser",
                "/undersokelse/" + completedSurvey)) {
            problems.addAll(check("leser", path));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_admin_pages_have_none() {
        List<String> problems = new ArrayList<>();
        logIn("admin");
        for (String path : List.of(
                "/admin",
                "/admin/register",
                "/admin/register/" + registerRun,
                "/admin/statistikk",
                "/admin/statistikk/import/" + statisticsRun,
                "/admin/enheter",
                "/admin/arbeidsgivere",
                "/admin/oppfolgingsregler",
                "/admin/oppfolgingsregler/1")) {
            problems.addAll(check("admin", path));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_login_and_the_participant_s_pages_have_none() {
        List<String> problems = new ArrayList<>();
        open();
        problems.addAll(check("anonym", "/login"));
        problems.addAll(check("anonym", "/s"));
        problems.addAll(check("anonym", "/s?ukjent=FEIL99"));
        problems.addAll(check("anonym", "/s/" + started.joinCode()));
        browser.findElement(By.id("join")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.question")));
        problems.addAll(check("anonym", "/s/" + started.joinCode()));
        assertThat(problems).isEmpty();
    }

    @Test
    void on_a_phone_the_menu_folds_behind_a_button_that_says_whether_it_is_open() {
        logIn("saksbehandler");
        browser.manage().window().setSize(PHONE);
        browser.get(url("/"));
        var toggle = browser.findElement(By.cssSelector(".menu-toggle"));
        var callList = browser.findElement(By.cssSelector("nav.menu a[href='/prioritering']"));
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(callList.isDisplayed()).isFalse();

        toggle.click();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(callList.isDisplayed()).isTrue();
        assertThat(BrowserSupport.accessibilityViolations(browser)).isEmpty();
        assertThat(BrowserSupport.sidewaysOverflow(browser)).isEmpty();
        callList.click();
        wait.until(ExpectedConditions.urlContains("/prioritering"));

        browser.manage().window().setSize(LAPTOP);
        browser.get(url("/"));
        assertThat(browser.findElement(By.cssSelector(".menu-toggle")).isDisplayed())
                .isFalse();
        assertThat(browser.findElement(By.cssSelector("nav.menu a[href='/prioritering']"))
                        .isDisplayed())
                .isTrue();
    }

    @Test
    void the_projector_view_shows_the_code_and_the_qr_code_large_enough_to_read_across_a_room() {
        logIn("saksbehandler");
        browser.manage().window().setSize(LAPTOP);
        browser.get(url("/undersokelse/" + started.id() + "/lerret"));
        @SuppressWarnings("unchecked")
        var sizes = (Map<String, Number>) ((JavascriptExecutor) browser).executeScript("""
                const code = document.querySelector('.projector-code').getBoundingClientRect();
                const qr = document.querySelector('.projector-qr').getBoundingClientRect();
                return {window: window.innerHeight, code: code.height, qr: qr.height,
                        menus: document.querySelectorAll('nav.menu').length};
                """);
        double window = sizes.get("window").doubleValue();
        assertThat(sizes.get("code").doubleValue() / window)
                .as("the code's share of the height")
                .isGreaterThan(0.15);
        assertThat(sizes.get("qr").doubleValue() / window)
                .as("the QR code's share")
                .isGreaterThan(0.40);
        assertThat(sizes.get("menus").intValue()).isZero();
        assertThat(browser.findElement(By.cssSelector(".projector-code")).getText())
                .isEqualTo(started.joinCode());
    }

    /** axe at both sizes, the sideways scroll at the phone's and the zoomed laptop's width; a line per problem. */
    private List<String> check(String who, String path) {
        List<String> problems = new ArrayList<>();
        for (Dimension size : List.of(LAPTOP, PHONE, ZOOMED)) {
            browser.manage().window().setSize(size);
            browser.get(url(path));
            settle(path);
            String where = who + " " + path + " @" + size.getWidth() + ": ";
            if (size != ZOOMED) {
                for (String violation : BrowserSupport.accessibilityViolations(browser)) {
                    problems.add(where + violation);
                }
            }
            if (size != LAPTOP) {
                String overflow = BrowserSupport.sidewaysOverflow(browser);
                if (!overflow.isEmpty()) {
                    problems.add(where + "scrolls sideways " + overflow);
                }
            }
            screenshot(who, path, size);
        }
        return problems;
    }

    /** Waits for what the page loads after it is shown (the enterprise page's sections, the effect's subgroups). */
    private void settle(String path) {
        if (path.startsWith("/virksomhet/")) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sick-leave h2")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cases > *")));
        }
        if (path.equals(EFFECT)) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas[data-drawn]")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#subgroups table")));
        }
    }

    private void logIn(String username) {
        open();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.menu")));
    }

    private void open() {
        browser = BrowserSupport.open();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private void screenshot(String who, String path, Dimension size) {
        String folder = System.getProperty("iaverk.screenshots");
        if (folder == null) {
            return;
        }
        String name = (who + path).replaceAll("[^A-Za-z0-9æøåÆØÅ]+", "_") + "-" + size.getWidth() + ".png";
        try {
            Path target = Files.createDirectories(Path.of(folder)).resolve(name);
            Files.copy(
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                    target,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String collaboration() {
        return "/sak/" + collaborationCaseId + "/samarbeid/" + collaborationId;
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
