package no.iaverk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import no.iaverk.BrowserSupport;
import no.iaverk.register.RegisterImport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Knowledge in the plan in a real browser (headless Debian chromium): the owner searches (htmx swaps the hits in),
 * adds a hit to a sub-theme, and removes it with the button inside the plan editor, which posts its own form; the page
 * has no accessibility violation of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanKnowledgeBrowserTest {

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

    CasePagesFixture fixture;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void aPlanAndABrowser() {
        BrowserSupport.requireBrowser();
        fixture = CasePagesFixture.create(jdbc, registerImport, cases, collaborations);
        collaborations.savePlan(
                fixture.caseId(),
                fixture.collaborationId(),
                null,
                List.of(
                        new Collaborations.PlanChoice(
                                "SICK_LEAVE_ROUTINES", true, LocalDate.now(), null, Collaboration.PlanStatus.PLANNED),
                        new Collaborations.PlanChoice(
                                "SICK_LEAVE_FOLLOW_UP_CONVERSATIONS",
                                true,
                                null,
                                null,
                                Collaboration.PlanStatus.PLANNED)),
                CasePagesFixture.OWNER);
        browser = BrowserSupport.open();
        browser.manage().window().setSize(new Dimension(1280, 900));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_owner_searches_adds_and_removes_knowledge_on_the_page() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("saksbehandler");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.menu")));
        browser.get(url(fixture.collaborationPage()));
        String page = browser.getCurrentUrl();

        browser.findElement(By.id("plan-knowledge-query")).sendKeys("sykehjem");
        new Select(browser.findElement(By.id("plan-knowledge-subtheme")))
                .selectByValue("SICK_LEAVE_FOLLOW_UP_CONVERSATIONS");
        browser.findElement(By.xpath("//form[@role='search']//button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("plan-knowledge-results"), "Tett oppfølging av sykmeldte på sykehjem"));
        assertThat(browser.getCurrentUrl()).as("htmx swapped the hits in").isEqualTo(page);
        assertThat(BrowserSupport.accessibilityViolations(browser))
                .filteredOn(violation -> !violation.startsWith("scrollable-region-focusable "))
                .isEmpty();

        browser.findElement(By.cssSelector(
                        "button[aria-label='Legg «Tett oppfølging av sykmeldte på sykehjem» til Oppfølgingssamtaler']"))
                .click();
        wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#plan a[href='/kunnskap/MEASURE-M14']")));
        assertThat(browser.findElement(By.id("plan-knowledge-results")).getText())
                .as("the search is kept")
                .contains("Lagt til");

        browser.findElement(By.cssSelector("#plan button[form='plan-knowledge-remove']"))
                .click();
        wait.until(ExpectedConditions.urlContains("#plan"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("#plan a[href='/kunnskap/MEASURE-M14']")));
        assertThat(jdbc.sql("select count(*) from plan_item_knowledge")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from plan_item where included")
                        .query(Long.class)
                        .single())
                .as("removing posted its own form, not the plan's")
                .isEqualTo(2);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
