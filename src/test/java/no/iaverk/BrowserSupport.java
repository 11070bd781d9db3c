package no.iaverk;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
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
}
