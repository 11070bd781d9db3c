package no.iaverk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian chromium through chromium-driver for the browser tests. Without them the tests are skipped, unless
 * {@code IAVERK_BROWSER_TESTS=required} (as in CI), when they fail.
 */
public final class BrowserSupport {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private BrowserSupport() {}

    public static void requireBrowser() {
        boolean installed = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (!"required".equals(System.getenv("IAVERK_BROWSER_TESTS"))) {
            Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed");
        }
    }

    /**
     * The WCAG 2.1 A and AA violations axe-core finds on the page the browser shows, one line each (rule, impact, how
     * many nodes, the first of them); empty when there are none.
     */
    public static List<String> accessibilityViolations(WebDriver browser) {
        var javascript = (JavascriptExecutor) browser;
        javascript.executeScript(AXE.get());
        @SuppressWarnings("unchecked")
        var violations = (List<Map<String, Object>>) javascript.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                    .then(result => done(result.violations.map(v => ({
                        id: v.id, impact: v.impact, nodes: v.nodes.length,
                        first: v.nodes.length ? v.nodes[0].target.join(' ') : ''}))))
                    .catch(error => done([{id: 'axe-error', impact: String(error), nodes: 0, first: ''}]));
                """);
        return violations.stream()
                .map(v -> "%s (%s) on %s nodes, e.g. %s"
                        .formatted(v.get("id"), v.get("impact"), v.get("nodes"), v.get("first")))
                .toList();
    }

    /** axe-core as Deque ships it inside its Selenium integration (a test dependency for this file only). */
    private static final Supplier<String> AXE = new Supplier<>() {
        private String script;

        @Override
        public synchronized String get() {
            if (script == null) {
                try (InputStream in = BrowserSupport.class.getResourceAsStream("/axe.min.js")) {
                    if (in == null) {
                        throw new IllegalStateException("axe.min.js is not on the test classpath");
                    }
                    script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return script;
        }
    };

    public static WebDriver open() {
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=nb-NO");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Empty when the document is no wider than the window; else the elements that stick out. */
    public static String sidewaysOverflow(WebDriver browser) {
        Object found = ((JavascriptExecutor) browser).executeScript("""
                const root = document.documentElement;
                if (root.scrollWidth <= root.clientWidth) { return ''; }
                const out = [];
                for (const el of document.body.querySelectorAll('*')) {
                  const box = el.getBoundingClientRect();
                  if (box.right > root.clientWidth + 1 && !el.parentElement.closest('.table-scroll, .table-wrap')) {
                    out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                        + (el.className && el.className.baseVal === undefined ? '.' + el.className : '')
                        + ' to ' + Math.round(box.right) + 'px');
                  }
                }
                return root.scrollWidth + 'px wide in ' + root.clientWidth + 'px: ' + out.slice(0, 6).join(', ');
                """);
        return String.valueOf(found);
    }
}
