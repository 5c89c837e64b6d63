package uk.sufficiency.cli.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through Debian's chromedriver (no browser download): headless, offline
 * flags, and every console message kept so a test can fail on any error or failed request.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final List<String> problems = new ArrayList<>();

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    BrowserSession(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile, "--window-size=1400,1000");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(120));
    }

    /** Console errors (failed requests included) since the last call, as "level message" lines. */
    List<String> consoleErrors() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                problems.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        List<String> found = List.copyOf(problems);
        problems.clear();
        return found;
    }

    /** A full-page screenshot at the given width, into {@code folder/name-WIDTH.png}. */
    void screenshot(Path folder, String name, int width) throws IOException {
        driver.manage().window().setSize(new Dimension(width, 1000));
        long height = ((Number) driver.executeScript("return Math.min(document.documentElement.scrollHeight, 2400)"))
                .longValue();
        driver.manage().window().setSize(new Dimension(width, (int) Math.max(700, height)));
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
