package no.iaverk.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.iaverk.BrowserSupport;
import no.iaverk.demo.internal.DemoFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17's walk-through on the demo data, in headless chromium: the demo employer {@code arbeidsgiver} logs in, reads
 * its statistics, works out a saving with the calculator, sets a goal (first with a wrong number, then right) and
 * downloads the plan its adviser published, then opens the collaboration. axe-core checks every state on the way at a
 * laptop's and a phone's width, and none of them scrolls sideways on the phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployerBrowserTest {

    static final List<Dimension> SIZES = List.of(new Dimension(1366, 768), new Dimension(375, 812));

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Value("${iaverk.sick-leave.cost-per-day}")
    long costPerDay;

    WebDriver browser;
    WebDriverWait wait;
    String legalUnit;
    final List<String> violations = new ArrayList<>();

    @BeforeAll
    void theDemoData() {
        BrowserSupport.requireBrowser();
        DemoFixture.load(context);
        legalUnit = jdbc.sql("""
                        select org_number from employer_access
                        where username = 'arbeidsgiver' and revoked_at is null order by id limit 1
                        """).query(String.class).single();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_employer_reads_its_statistics_computes_a_saving_sets_a_goal_and_downloads_its_plan() {
        logIn();
        assertThat(browser.getCurrentUrl()).endsWith("/arbeidsgiver");
        checkAccessibility("start");

        browser.findElement(By.cssSelector("a[href='/arbeidsgiver/virksomhet/" + legalUnit + "']"))
                .click();
        // The statistics load into the enterprise page after it is shown.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("employer-sick-leave-heading")));
        checkAccessibility("enterprise");

        assertThat(browser.findElement(By.id("statistikk")).getText())
                .contains("Siste fire kvartaler")
                .containsIgnoringCase("Hele virksomheten")
                .containsPattern("(Høyere enn|Omtrent som|Lavere enn) bransjen|Kan ikke sammenlignes");
        browser.get(url("/arbeidsgiver/virksomhet/" + legalUnit + "/sykefravaer"));
        checkAccessibility("statistics page");

        browser.navigate().back();
        follow("/kalkulator");
        choose("PERCENT");
        type("calc-possibleWorkdays", "10000");
        type("calc-fte", "");
        type("calc-currentPercent", "8");
        type("calc-targetPercent", "6");
        type("calc-costPerDay", "");
        browser.findElement(By.cssSelector("#calculator-heading ~ form button[type=submit]"))
                .click();
        WebElement figures = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".figures")));
        // 8 % and 6 % of 10 000 possible workdays are 800 and 600 lost; 200 days saved at the default cost per day.
        assertThat(figures.getText().replace('\u00a0', ' ').replace('\u202f', ' '))
                .contains(grouped(800 * costPerDay) + " kr")
                .contains(grouped(200 * costPerDay) + " kr");
        checkAccessibility("calculator with its result");

        browser.get(url("/arbeidsgiver/virksomhet/" + legalUnit + "/mal"));
        type("goal-description", "Sykefraværet under 7 prosent");
        type("goal-target", "sju");
        type("goal-tolerance", "0,5");
        type("goal-year", String.valueOf(latestPublishedYear()));
        submitGoal();
        assertThat(browser.findElement(By.id("goal-target-error")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("goal-description")).getAttribute("value"))
                .as("the typed values are kept")
                .isEqualTo("Sykefraværet under 7 prosent");
        checkAccessibility("goal form with an error");

        type("goal-target", "7,0");
        submitGoal();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.success")));
        WebElement row = browser.findElement(By.xpath("//tr[td[text()='Sykefraværet under 7 prosent']]"));
        assertThat(row.findElement(By.cssSelector(".badge")).getText())
                .as("a status in words, measured on the published quarters of the year")
                .isIn("Nådd", "Nesten nådd (innenfor toleransen)", "Ikke nådd", "Ingen status");
        assertThat(jdbc.sql("select count(*) from employer_goal where org_number = :org and description = :d")
                        .param("org", legalUnit)
                        .param("d", "Sykefraværet under 7 prosent")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        checkAccessibility("goals with the new goal");

        browser.get(url("/arbeidsgiver/dokumenter"));
        checkAccessibility("documents");
        WebElement plan =
                browser.findElement(By.xpath("//tr[td[text()='Samarbeidsplan']]//a[contains(@href, '.pdf')]"));
        long openedBefore = openings();
        Map<String, Object> download = download(plan.getAttribute("href"));
        assertThat(download.get("type")).isEqualTo("application/pdf");
        assertThat(download.get("start")).isEqualTo("%PDF");
        assertThat(openings()).as("the adviser sees that it was opened").isEqualTo(openedBefore + 1);

        browser.findElement(
                        By.xpath("//tr[td[text()='Samarbeidsplan']]//a[contains(@href, '/arbeidsgiver/samarbeid/')]"))
                .click();
        wait.until(ExpectedConditions.urlMatches("/arbeidsgiver/samarbeid/\\d+$"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .as("the collaboration's plan with the knowledge the adviser attached")
                .contains(attachedKnowledgeTitle());
        checkAccessibility("collaboration");
        browser.get(url("/arbeidsgiver/samarbeid"));
        checkAccessibility("collaborations");

        assertThat(violations).isEmpty();
    }

    private void follow(String suffix) {
        browser.findElement(By.cssSelector("a[href='/arbeidsgiver/virksomhet/" + legalUnit + suffix + "']"))
                .click();
        wait.until(ExpectedConditions.urlContains(suffix));
    }

    private void choose(String mode) {
        browser.findElement(By.cssSelector("input[name=mode][value=" + mode + "]"))
                .click();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void submitGoal() {
        browser.findElement(By.cssSelector("form[aria-labelledby=goal-form-heading] button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("goal-form-heading")));
    }

    /** Fetches a link with the browser's own session, as a click on it would, and tells what came back. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> download(String href) {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async response => {
                  const bytes = new Uint8Array(await response.arrayBuffer());
                  done({type: response.headers.get('content-type'),
                        start: String.fromCharCode(...bytes.slice(0, 4))});
                });
                """, href);
    }

    /** axe at both widths on the page as it is now, then back to the laptop's width. */
    private void checkAccessibility(String state) {
        for (Dimension size : SIZES) {
            browser.manage().window().setSize(size);
            BrowserSupport.accessibilityViolations(browser)
                    .forEach(v -> violations.add(state + " @" + size.getWidth() + ": " + v));
        }
        browser.manage().window().setSize(SIZES.get(0));
    }

    private void logIn() {
        browser = BrowserSupport.open();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.manage().window().setSize(SIZES.get(0));
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("arbeidsgiver");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.menu")));
    }

    private long openings() {
        return jdbc.sql("select count(*) from employer_document_opened")
                .query(Long.class)
                .single();
    }

    private String attachedKnowledgeTitle() {
        return jdbc.sql("""
                        select k.title from plan_item_knowledge p join knowledge_item k on k.id = p.item_id
                        join plan_item i using (collaboration_id, service_code)
                        join employer_document d on d.collaboration_id = p.collaboration_id and d.type = 'PLAN'
                        where d.org_number = :org and i.included order by k.title limit 1
                        """).param("org", legalUnit).query(String.class).single();
    }

    private int latestPublishedYear() {
        return jdbc.sql("select max(year) from statistics_published_quarter")
                .query(Integer.class)
                .single();
    }

    private static String grouped(long amount) {
        return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', ' ');
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
