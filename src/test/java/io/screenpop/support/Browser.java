package io.screenpop.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}), with a fresh profile and no background networking, and
 * screenshots saved under {@code target/screenshots/} so a failure can be seen.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;
    private final Path screenshots;
    private final String name;
    private int step;

    /** @param name test name, prefix of the screenshots */
    public Browser(String name) throws IOException {
        this.name = name;
        this.profile = Files.createTempDirectory("screenpop-chromium");
        this.screenshots = Path.of("target", "screenshots");
        Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    /** @return the driver */
    public WebDriver driver() {
        return driver;
    }

    /** @return a wait of up to 15 s */
    public WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Saves a screenshot as {@code target/screenshots/<test>-<n>-<label>.png}. */
    public void screenshot(String label) {
        try {
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(screenshots.resolve(String.format("%s-%02d-%s.png", name, ++step, label)), png);
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot failed: " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp profile left behind is harmless
        }
    }
}
