package no.iaverk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.iaverk.BrowserSupport;
import no.iaverk.register.RegisterImport;
import no.iaverk.surveys.SurveyType;
import no.iaverk.surveys.Surveys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The adviser's case pages in a real browser (headless Debian chromium) at a laptop's 1366×768 and a phone's 375×812:
 * axe-core finds no WCAG 2.1 A/AA violation, no page scrolls sideways (wide tables scroll inside their own labelled
 * region), and a refused plan keeps what was typed. With {@code -Diaverk.screenshots=<dir>} each view is also saved as
 * a PNG for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CasePagesBrowserTest {

    static final Dimension LAPTOP = new Dimension(1366, 768);
    static final Dimension PHONE = new Dimension(375, 812);
    /** 1366 px at 200 % zoom: the reflow criterion's other width. */
    static final Dimension ZOOMED = new Dimension(683, 768);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    Cases cases;

    @Autowired
    Collaborations collaborations;

    @Autowired
    Activities activities;

    @Autowired
    Surveys surveys;

    CasePagesFixture fixture;
    WebDriver browser;

    @BeforeEach
    void aCaseWithEverythingOnItsPages() {
        BrowserSupport.requireBrowser();
        fixture = CasePagesFixture.create(jdbc, registerImport, cases, collaborations);
        long caseId = fixture.caseId();
        long collaborationId = fixture.collaborationId();
        cases.handle(
                caseId, CaseCommand.of(CaseEventType.FOLLOW, cases.get(caseId).version()), CasePagesFixture.SUPERUSER);
        collaborations.savePlan(
                caseId,
                collaborationId,
                "Færre fraværsdager og et bedre partssamarbeid i alle avdelingene",
                List.of(
                        new Collaborations.PlanChoice(
                                "SICK_LEAVE_ROUTINES",
                                true,
                                LocalDate.now(),
                                LocalDate.now().plusMonths(3),
                                Collaboration.PlanStatus.IN_PROGRESS),
                        new Collaborations.PlanChoice(
                                "PARTY_COOPERATION_ROLES", true, null, null, Collaboration.PlanStatus.PLANNED)),
                CasePagesFixture.OWNER);
        collaborations.setMilestone(
                caseId,
                collaborationId,
                Collaboration.MilestoneKind.INITIAL_MEETING,
                LocalDate.now(),
                false,
                CasePagesFixture.OWNER);
        for (var status : List.of(Activity.Status.PLANNED, Activity.Status.DONE)) {
            activities.register(
                    caseId,
                    new NewActivity(
                            status == Activity.Status.PLANNED ? collaborationId : null,
                            status == Activity.Status.PLANNED
                                    ? LocalDate.now().plusDays(2).atTime(10, 0)
                                    : LocalDate.now().minusDays(1).atTime(9, 0),
                            Activity.Channel.PHYSICAL_MEETING,
                            Collaboration.ServiceArea.REDUCE_SICK_LEAVE,
                            List.of(
                                    Activity.Participant.LEADER,
                                    Activity.Participant.UNION_REPRESENTATIVE,
                                    Activity.Participant.SAFETY_REPRESENTATIVE),
                            null,
                            null,
                            status,
                            "Gjennomgang av sykefraværsrutinene med partene, med avtalte oppfølgingspunkter for"
                                    + " hver avdeling og en ny dato for evaluering"),
                    CasePagesFixture.OWNER);
        }
        surveys.create(caseId, collaborationId, SurveyType.NEEDS_ASSESSMENT, CasePagesFixture.OWNER);
        browser = BrowserSupport.open();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void every_case_page_is_accessible_and_reflows_for_the_owner_and_for_a_reader() {
        List<String> problems = new ArrayList<>();
        for (String username : List.of("saksbehandler", "leser")) {
            logIn(username);
            for (String path : pages()) {
                for (Dimension size : List.of(LAPTOP, PHONE)) {
                    show(path, size);
                    String view = username + " " + path + " at " + size.width + "×" + size.height;
                    BrowserSupport.accessibilityViolations(browser).forEach(v -> problems.add(view + ": " + v));
                    sidewaysScroll().ifPresent(wide -> problems.add(view + ": the page is " + wide));
                    screenshot(username + path.replace('/', '_') + "_" + size.width);
                }
                show(path, ZOOMED);
                sidewaysScroll()
                        .ifPresent(wide -> problems.add(username + " " + path + " at 683 px: the page is " + wide));
            }
            browser.manage().deleteAllCookies();
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void a_refused_plan_comes_back_as_typed_with_the_wrong_field_marked() {
        logIn("saksbehandler");
        show(fixture.collaborationPage(), LAPTOP);
        setValue("plan-start-SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", "2026-06-01");
        setValue("plan-end-SICK_LEAVE_FOLLOW_UP_CONVERSATIONS", "2026-05-01");
        browser.findElement(By.id("plan-included-SICK_LEAVE_FOLLOW_UP_CONVERSATIONS"))
                .click();
        browser.findElement(By.id("goals")).sendKeys(" – og tydeligere rutiner");
        browser.findElement(By.xpath("//button[normalize-space()='Lagre planen']"))
                .click();

        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        WebElement end = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#plan-end-SICK_LEAVE_FOLLOW_UP_CONVERSATIONS[aria-invalid=true]")));
        assertThat(end.getDomProperty("value")).isEqualTo("2026-05-01");
        assertThat(browser.findElement(By.id("plan-start-SICK_LEAVE_FOLLOW_UP_CONVERSATIONS"))
                        .getDomProperty("value"))
                .isEqualTo("2026-06-01");
        assertThat(browser.findElement(By.id("plan-included-SICK_LEAVE_FOLLOW_UP_CONVERSATIONS"))
                        .isSelected())
                .isTrue();
        assertThat(browser.findElement(By.id("goals")).getDomProperty("value")).endsWith("– og tydeligere rutiner");
        assertThat(browser.findElement(By.id("plan-error-SICK_LEAVE_FOLLOW_UP_CONVERSATIONS"))
                        .getText())
                .isEqualTo("Sluttdatoen kan ikke være før startdatoen.");
        assertThat(browser.findElement(By.cssSelector("#plan .alert")).getText())
                .contains("Oppfølgingssamtaler: Sluttdatoen kan ikke være før startdatoen.");
        assertThat(BrowserSupport.accessibilityViolations(browser)).isEmpty();
        screenshot("refused-plan");
    }

    private List<String> pages() {
        return List.of(
                "/saker",
                "/saker/oversikt",
                fixture.casePage(),
                fixture.collaborationPage(),
                fixture.collaborationPage() + "/undersokelser");
    }

    private void logIn(String username) {
        browser.manage().window().setSize(LAPTOP);
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.menu")));
    }

    private void show(String path, Dimension size) {
        browser.manage().window().setSize(size);
        browser.get(url(path));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    /**
     * When the page is wider than the window (it would scroll sideways): its width and the first elements that stick
     * out, outside any scrollable region, to say where to look.
     */
    private java.util.Optional<String> sidewaysScroll() {
        Object wide = ((JavascriptExecutor) browser).executeScript("""
                const root = document.documentElement;
                if (root.scrollWidth <= root.clientWidth) return null;
                const out = [...document.querySelectorAll('body *')]
                    .filter(e => !e.closest('[role=region]') && e.getBoundingClientRect().right > root.clientWidth + 1)
                    .slice(-3)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                        + ' ' + Math.round(e.getBoundingClientRect().right));
                return root.scrollWidth + ' px wide: ' + out.join(', ');
                """);
        return java.util.Optional.ofNullable((String) wide);
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value);
    }

    private void screenshot(String name) {
        String dir = System.getProperty("iaverk.screenshots");
        if (dir == null) {
            return;
        }
        // The whole page, not just the window: as tall as the page for the picture, then back.
        Dimension size = browser.manage().window().getSize();
        long height = ((Number)
                        ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;"))
                .longValue();
        browser.manage().window().setSize(new Dimension(size.width, (int) Math.min(height + 100, 8000)));
        try {
            Path target = Path.of(dir, name + ".png");
            Files.createDirectories(target.getParent());
            Path shot =
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(size);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
