package no.iaverk.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.iaverk.BrowserSupport;
import no.iaverk.TestData;
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
 * An adviser's first minutes with a case, in a real browser (headless Debian chromium): log in, start an assessment
 * from the enterprise page, take ownership, and register a phone call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseBrowserTest {

    static final String ENTERPRISE = "910000020";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterImport registerImport;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void browserAndAnEnterprise() {
        BrowserSupport.requireBrowser();
        jdbc.sql("truncate ia_case, case_event, collaboration, collaboration_milestone, plan_item, activity cascade")
                .update();
        TestData.importKindergarten(registerImport);
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
    void a_superuser_starts_a_case_takes_ownership_and_registers_an_activity() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("superbruker");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.menu")));

        browser.get(url("/virksomhet/" + ENTERPRISE));
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("background"))))
                .selectByValue("ENTERPRISE_REQUEST");
        browser.findElement(By.xpath("//button[normalize-space()='Start vurdering']"))
                .click();

        wait.until(ExpectedConditions.urlMatches("/sak/\\d+$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("ALFA BARNEHAGE", "Vurderes");
        browser.findElement(By.cssSelector("button[data-action=TAKE_OWNERSHIP]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[data-action=TO_CONTACTING]")));
        assertThat(browser.findElement(By.id("handlinger")).getText()).doesNotContain("Ta eierskap");
        assertThat(browser.getPageSource()).contains("Siri Superbruker");

        new Select(browser.findElement(By.id("channel"))).selectByValue("PHONE");
        browser.findElement(By.xpath("//label[span[normalize-space()='Leder']]/input"))
                .click();
        browser.findElement(By.id("note")).sendKeys("Ringte daglig leder om et første møte");
        browser.findElement(By.xpath("//button[normalize-space()='Registrer']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("aktiviteter"), "Ringte daglig leder om et første møte"));
        String log = browser.findElement(By.id("aktiviteter")).getText();
        assertThat(log).contains("Telefon", "Leder", "Gjennomført");
        assertThat(jdbc.sql("select count(*) from activity where channel = 'PHONE' and owner = 'superbruker'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
