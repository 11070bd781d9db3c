package no.iaverk.prioritization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import no.iaverk.BrowserSupport;
import no.iaverk.BrregJson;
import no.iaverk.TestData;
import no.iaverk.imports.ImportProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The call list as an adviser in Vestland sees it in a real browser (headless Debian chromium), on a 1366×768 laptop
 * and a 375 px phone: the filters in view, no sideways scrolling, the sort order visible, the unit's county first, and
 * nothing axe-core counts against WCAG 2.1 A/AA. {@link CallListFixture}'s workplaces, and three in Bergen with names
 * as long as the register has them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class CallListBrowserTest extends CallListFixture {

    static final String LONG_NAME = "STIFTELSEN BERGEN KOMMUNALE BARNEHAGER OG SKOLEFRITIDSORDNINGER AVDELING"
            + " LAKSEVÅG FYLLINGSDALEN OG YTREBYGDA";
    static final String LONG_WORD = "BARNEHAGEOGSKOLEFRITIDSORDNINGSKOORDINERINGSAVDELINGEN AS";

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void longNamesAndABrowser() {
        BrowserSupport.requireBrowser();
        registerImport.run(
                List.of(TestData.text(
                        "register.json",
                        BrregJson.array(
                                BrregJson.legalUnit(MUNICIPALITY, "BERGEN KOMMUNE", "KOMM", "6500", "4601"),
                                BrregJson.subUnit("910000098", LONG_NAME, MUNICIPALITY, "88.911", 40),
                                BrregJson.subUnit("910000101", LONG_WORD, MUNICIPALITY, "88.911", 35),
                                BrregJson.subUnit("910000128", LONG_NAME + " NORD", MUNICIPALITY, "88.911", 20)))),
                "test",
                ImportProgress.NONE);
        browser = BrowserSupport.open();
        // htmx swaps the table while a wait reads it: a header found just before the swap is stale, so look again.
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void on_a_laptop_the_filters_and_their_buttons_are_in_view_and_the_page_never_scrolls_sideways() {
        logInAndOpenTheList(1366, 768);

        for (WebElement button : List.of(
                browser.findElement(By.cssSelector("#filters button[type=submit]")),
                browser.findElement(By.linkText("Nullstill")),
                browser.findElement(By.id("county")),
                browser.findElement(By.cssSelector(".more-filters summary")))) {
            assertThat(number("return arguments[0].getBoundingClientRect().bottom", button))
                    .as("bottom of %s", button.getText())
                    .isLessThanOrEqualTo(number("return window.innerHeight"));
        }
        assertThat(number("return window.scrollY")).isZero();
        assertNoSidewaysScroll();
        assertThat(browser.findElement(By.linkText("Last ned CSV")).isDisplayed())
                .isTrue();
        assertThat(number("return arguments[0].getBoundingClientRect().right", caseColumn()))
                .isLessThanOrEqualTo(number("return window.innerWidth"));

        browser.findElement(By.cssSelector(".more-filters summary")).click();
        WebElement lastFilter = browser.findElement(By.id("noContactMonths"));
        assertThat(number("return arguments[0].getBoundingClientRect().bottom", lastFilter))
                .isLessThanOrEqualTo(number("return window.innerHeight"));
    }

    @Test
    void on_a_phone_only_the_table_scrolls_sideways_inside_its_own_region() {
        logInAndOpenTheList(375, 812);

        assertNoSidewaysScroll();
        WebElement region = browser.findElement(By.cssSelector(".table-wrap[role=region]"));
        assertThat(region.getAttribute("aria-label")).startsWith("Prioriteringslisten");
        assertThat(region.getAttribute("tabindex")).isEqualTo("0");
    }

    @Test
    void the_list_opens_on_the_units_county_and_the_whole_country_is_one_choice_away() {
        logInAndOpenTheList(1366, 768);

        assertThat(new Select(browser.findElement(By.id("county")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Vestland (din enhet)");
        assertThat(resultsText()).contains("ALFA BARNEHAGE", LONG_WORD).doesNotContain("ECHO DATA");

        new Select(browser.findElement(By.id("county"))).selectByVisibleText("Hele landet");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "ECHO DATA"));
        assertThat(browser.getCurrentUrl()).contains("county=alle");
        // The rule-set form keeps the list it came from, also after htmx changed the list.
        assertThat(browser.findElement(By.id("rule-set-filters")).getAttribute("value"))
                .contains("county=alle");
    }

    @Test
    void the_sorted_column_says_so_and_a_click_turns_the_order_round() {
        logInAndOpenTheList(1366, 768);

        WebElement lost = header("Tapte dagsverk");
        assertThat(lost.getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(lost.getText()).contains("▼");
        assertThat(browser.findElements(By.cssSelector("th[aria-sort]"))).hasSize(1);

        header("Ansatte").findElement(By.tagName("a")).click();
        wait.until(driver -> "descending".equals(header("Ansatte").getAttribute("aria-sort")));
        assertThat(header("Tapte dagsverk").getAttribute("aria-sort")).isNull();
        assertThat(firstRowName()).isEqualTo("FOLKEREGISTERET"); // 100 employees

        header("Ansatte").findElement(By.tagName("a")).click();
        wait.until(driver -> "ascending".equals(header("Ansatte").getAttribute("aria-sort")));
        assertThat(header("Ansatte").getText()).contains("▲");
        assertThat(browser.getCurrentUrl()).contains("sort=EMPLOYEES", "direction=ASC");
        // The form's own sort follows, so the next filter keeps it.
        assertThat(browser.findElement(By.id("filter-direction")).getAttribute("value"))
                .isEqualTo("ASC");
    }

    @Test
    void axe_core_finds_no_wcag_violations_on_a_laptop_or_a_phone() {
        for (Dimension size : List.of(new Dimension(1366, 768), new Dimension(375, 812))) {
            logInAndOpenTheList(size.getWidth(), size.getHeight());
            browser.findElement(By.cssSelector(".more-filters summary")).click();
            browser.findElement(By.cssSelector(".rule-sets summary")).click();

            assertThat(BrowserSupport.accessibilityViolations(browser))
                    .as("at %s", size)
                    .isEmpty();
            browser.manage().deleteAllCookies();
        }
    }

    private void logInAndOpenTheList(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("saksbehandler");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.menu")));
        browser.get(url("/prioritering"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.priority-table")));
    }

    private void assertNoSidewaysScroll() {
        assertThat(number("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(number("return window.innerWidth"));
    }

    private WebElement header(String label) {
        return browser.findElement(By.xpath(
                "//table[@class='priority-table']//th[.//span[@class='label' and normalize-space()='" + label + "']]"));
    }

    private WebElement caseColumn() {
        return browser.findElement(By.cssSelector("table.priority-table thead th:last-child"));
    }

    private String firstRowName() {
        return browser.findElement(By.cssSelector("table.priority-table tbody tr td.name a"))
                .getText();
    }

    private String resultsText() {
        return browser.findElement(By.id("results")).getText();
    }

    private double number(String script, Object... arguments) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script, arguments)).doubleValue();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
