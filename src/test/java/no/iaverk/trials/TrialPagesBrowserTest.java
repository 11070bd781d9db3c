package no.iaverk.trials;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.iaverk.BrowserSupport;
import no.iaverk.demo.internal.DemoFixture;
import no.iaverk.security.AuditLog;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.shared.OrgNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The trials' pages in headless chromium on the demo data with a running AMONG_WILLING trial: axe-core finds no WCAG
 * 2.1 A/AA violation at a laptop's and a phone's width, the page never scrolls sideways on the phone, the analysis
 * arrives after the page (htmx), and a caseworker enrols through the form and is shown the arm.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrialPagesBrowserTest {

    static final Dimension LAPTOP = new Dimension(1366, 768);
    static final Dimension PHONE = new Dimension(375, 812);
    static final CurrentUser SUPERUSER = new CurrentUser("superbruker", "Superbruker", Role.SUPERUSER, "VESTLAND");
    static final CurrentUser CASEWORKER =
            new CurrentUser("saksbehandler", "Sindre Saksbehandler", Role.CASEWORKER, "VESTLAND");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TrialDesigns designs;

    @Autowired
    TrialStart starts;

    @Autowired
    Enrolments enrolments;

    WebDriver browser;
    WebDriverWait wait;
    long trial;
    List<String> notEnrolled = new ArrayList<>();

    @BeforeAll
    void aRunningTrialOnTheDemoData() {
        BrowserSupport.requireBrowser();
        DemoFixture.load(context);
        jdbc.sql("truncate trial, trial_arm, trial_eligible, trial_unit, trial_stratum, trial_sealed, trial_slot,"
                        + " trial_allocation cascade")
                .update();
        var arms = List.of(
                new Arm("SHORT", "Kort", 6, Participation.LEADERS_ONLY, true, BigDecimal.TEN, "Digitalt", 1),
                new Arm("LONG", "Lang", 18, Participation.PARTY_GROUP, false, BigDecimal.valueOf(60), "Fysisk", 1));
        trial = designs.design(
                        new TrialDesign(
                                "Kort eller lang bistand",
                                "Gir et lengre samarbeid lavere sykefravær?",
                                TrialKind.AMONG_WILLING,
                                arms,
                                null,
                                Map.of("minEmployees", 5),
                                List.of(StratumFactor.SIZE_BAND)),
                        SUPERUSER)
                .id();
        starts.start(trial, SUPERUSER);
        List<String> eligible = jdbc.sql("select min(org_number) from trial_eligible where trial_id = :t"
                        + " group by legal_unit order by 1")
                .param("t", trial)
                .query(String.class)
                .list();
        // Every eligible unit but two enrolled (the form enrols one): a long adherence table, folded away.
        for (String org : eligible) {
            if (notEnrolled.size() < 2 && eligible.indexOf(org) % 5 == 0) {
                notEnrolled.add(org);
                continue;
            }
            enrolments.enrol(trial, OrgNumber.of(org), CASEWORKER, AuditLog.Channel.API, "/test");
        }
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @Test
    void aSuperusersTrialPagesHaveNoViolationsAndShowTheAnalysis() {
        logIn("superbruker");
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/forsok", "/forsok/ny", "/forsok/" + trial)) {
            problems.addAll(check("superbruker", path));
        }
        assertThat(problems).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#adherence details")).getAttribute("open"))
                .isNull();
        assertThat(browser.findElement(By.cssSelector("#analysis")).getText())
                .contains("Første år (kvartal +1 til +4)", "Slik er analysen gjort");

        // A refused design in the browser: the errors stand at their fields, and the page still passes axe.
        browser.get(url("/forsok/ny"));
        browser.findElement(By.id("question")).sendKeys("Hjelper det?");
        browser.findElement(By.cssSelector("form button.primary")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("name-error")));
        assertThat(browser.findElement(By.id("name")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id("question")).getAttribute("value")).isEqualTo("Hjelper det?");
        assertThat(BrowserSupport.accessibilityViolations(browser)).isEmpty();
    }

    @Test
    void aCaseworkerEnrolsThroughTheFormAndAReaderSeesWhyTheArmsAreWithheld() {
        logIn("saksbehandler");
        List<String> problems = new ArrayList<>(check("saksbehandler", "/forsok/" + trial));
        browser.findElement(By.id("orgNumber")).sendKeys(notEnrolled.get(0));
        browser.findElement(By.cssSelector("#innmelding button.primary")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#innmelding .success")));
        assertThat(browser.findElement(By.cssSelector("#innmelding .success")).getText())
                .contains("er meldt inn i armen", "Gå til saken");
        problems.addAll(axe("saksbehandler enrolled"));
        browser.quit();

        logIn("leser");
        problems.addAll(check("leser", "/forsok/" + trial));
        assertThat(browser.findElement(By.id("arms-withheld")).getText())
                .contains("Tall per arm vises bare for superbrukere");
        assertThat(problems).isEmpty();
    }

    /** axe at both widths and the sideways scroll at the phone's; a line per problem. */
    private List<String> check(String who, String path) {
        List<String> problems = new ArrayList<>();
        for (Dimension size : List.of(PHONE, LAPTOP)) {
            browser.manage().window().setSize(size);
            browser.get(url(path));
            if (path.matches("/forsok/\\d+")
                    && !browser.findElements(By.id("analysis")).isEmpty()) {
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#analysis table")));
            }
            problems.addAll(axe(who + " " + path + " @" + size.getWidth()));
            if (size == PHONE) {
                Object wide = ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth"
                                + " > document.documentElement.clientWidth;");
                if (Boolean.TRUE.equals(wide)) {
                    problems.add(who + " " + path + ": scrolls sideways on a phone");
                }
            }
        }
        return problems;
    }

    private List<String> axe(String where) {
        return BrowserSupport.accessibilityViolations(browser).stream()
                .map(v -> where + ": " + v)
                .toList();
    }

    private void logIn(String username) {
        browser = BrowserSupport.open();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.menu")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
