package uk.sufficiency.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Each user's journey in a real browser (Debian's Chromium): a variant made and given a placement,
 * the matching board pinned and re-solved, a recruitment control and an EHCP lever moved, two runs
 * started and compared. Any console error or failed request fails the test. Screenshots of each
 * page at 1400 and 800 pixels go to docs/screenshots; timings to target/serve-timings.txt.
 * Skipped, saying so, where Chromium and chromedriver are not installed (.ci/run installs them).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeBrowserTest {

    @TempDir
    static Path temp;
    static ServeFixture app;
    static BrowserSession browser;
    static Path screenshots;
    static final StringBuilder TIMINGS = new StringBuilder();
    static final String BASE = ServeFixture.BASE_SCENARIO;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(BrowserSession.available(), "browser tests skipped: Debian's chromium and "
                + "chromium-driver are not installed (apt-get install -y chromium chromium-driver; .ci/run does)");
        app = new ServeFixture(temp.resolve("ws"), null);
        browser = new BrowserSession(temp.resolve("profile"));
        screenshots = ServeFixture.builtIn().getParent().getParent().resolve("docs/screenshots");
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
        if (TIMINGS.length() > 0) {
            Path target = Path.of("target");
            Files.createDirectories(target);
            Files.writeString(target.resolve("serve-timings.txt"), TIMINGS.toString());
        }
    }

    @AfterEach
    void noConsoleErrors() {
        List<String> errors = browser.consoleErrors();
        assertEquals(List.of(), errors, "console errors or failed requests");
    }

    private static void open(String path) {
        browser.driver.get(app.base + path);
    }

    private static WebElement waitFor(String css) {
        return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** The element's text, or "" while htmx or a reload is replacing it. */
    private static String textOf(String id) {
        try {
            return browser.driver.findElement(By.id(id)).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return "";
        }
    }

    private static void shots(String name) throws Exception {
        browser.screenshot(screenshots, name, 1400);
        browser.screenshot(screenshots, name, 800);
    }

    private static void time(String what, long startNanos) {
        TIMINGS.append(String.format(Locale.ROOT, "%s: %.0f ms%n", what, (System.nanoTime() - startNanos) / 1e6));
    }

    @Test
    @Order(1)
    void aCommissionerMakesAVariantAndAddsAPlacement() throws Exception {
        long start = System.nanoTime();
        open("/scenarios");
        waitFor("#scenario-list");
        time("scenarios page, first load in the browser", start);
        shots("scenarios");
        browser.driver.findElement(By.linkText(BASE)).click();
        waitFor("#variant-form input[name=variant_name]").sendKeys("browser-variant");
        browser.driver.findElement(By.cssSelector("#variant-form input[name=title]")).sendKeys("Two more carers");
        browser.driver.findElement(By.cssSelector("#variant-form button")).click();
        assertTrue(waitFor("#saved").getText().contains("variant created"));
        WebElement form = waitFor("#add-placement");
        form.findElement(By.name("placement_id")).sendKeys("N001");
        new Select(form.findElement(By.name("type"))).selectByVisibleText("in_house_foster");
        form.findElement(By.name("skill_level")).sendKeys("4");
        form.findElement(By.name("places")).clear();
        form.findElement(By.name("places")).sendKeys("2");
        form.findElement(By.name("lat")).sendKeys("52.63");
        form.findElement(By.name("lon")).sendKeys("-1.13");
        form.findElement(By.cssSelector("button")).click();
        assertTrue(waitFor("#saved").getText().contains("add placement"));
        assertTrue(browser.driver.findElement(By.tagName("body")).getText().contains("Extends " + BASE));
        shots("scenario");
    }

    @Test
    @Order(2)
    void aCommissionerPinsAMatchAndReSolves() throws Exception {
        long start = System.nanoTime();
        open("/matching/" + BASE);
        String headline = waitFor("#headline").getText();
        time("matching board, first solve shown", start);
        assertTrue(headline.contains("waiting children placed"), headline);
        browser.wait.until(d -> d.findElements(By.cssSelector("#map .leaflet-interactive")).size() > 10);
        assertTrue(browser.driver.findElements(By.cssSelector("#map .town")).size() > 3, "town names on the map");
        shots("matching");
        WebElement alternatives = browser.driver.findElement(By.cssSelector("#cards article details:nth-of-type(2)"));
        alternatives.findElement(By.tagName("summary")).click();
        WebElement pin = alternatives.findElement(By.cssSelector("button.pin-alt"));
        long pinned = System.nanoTime();
        pin.click();
        WebElement chips = waitFor("#constraints .chip.pin");
        waitFor("#headline");
        time("re-solve after a pin, shown", pinned);
        assertTrue(chips.getText().contains("pinned to"));
        assertEquals(1, browser.driver.findElements(By.cssSelector("article.match-card.pinned")).size());
    }

    @Test
    @Order(3)
    void aPlannerMovesARecruitmentControlAndSeesTheGapChange() throws Exception {
        long start = System.nanoTime();
        open("/recruitment/" + BASE);
        String before = waitFor("#gap-last").getText();
        time("recruitment page, first load", start);
        WebElement control = browser.driver.findElement(By.id("r_1_3"));
        control.clear();
        long changed = System.nanoTime();
        control.sendKeys("25\t");
        browser.wait.until(d -> !textOf("gap-last").equals(before));
        time("recruitment control change redrawn", changed);
        assertNotEquals(before, textOf("gap-last"));
        Thread.sleep(600); // let the last redraw of the typed value land before the form is replaced
        browser.driver.findElement(By.id("goal-seek")).click();
        waitFor("#goal-message");
        shots("recruitment");
    }

    @Test
    @Order(4)
    void aFinanceOfficerChangesAnEhcpLeverAndSeesTheDeficitChange() throws Exception {
        long start = System.nanoTime();
        open("/budget/" + BASE);
        String before = waitFor("#deficit-end").getText();
        time("budget page, first load (inputs read, quick projection)", start);
        shots("budget");
        long changed = System.nanoTime();
        new Select(browser.driver.findElement(By.id("joiner_trend"))).selectByValue("constant");
        browser.wait.until(d -> !textOf("deficit-end").equals(before));
        time("EHCP lever change redrawn (quick)", changed);
        assertNotEquals(before, textOf("deficit-end"));
    }

    @Test
    @Order(5)
    void aUserRunsTwiceAndComparesTheRuns() throws Exception {
        for (String seed : new String[] {"1", "2"}) {
            open("/runs");
            new Select(waitFor("#run-scenario")).selectByVisibleText("browser-variant");
            browser.driver.findElement(By.id("run-seed")).sendKeys(seed);
            long start = System.nanoTime();
            browser.driver.findElement(By.id("start-run")).click();
            waitFor("#progress");
            browser.wait.until(d -> textOf("job-state").equals("done"));
            time("quick run of the variant (seed " + seed + ")", start);
            waitFor("#open-report");
            if (seed.equals("1")) {
                shots("run-progress");
            }
        }
        open("/runs");
        shots("runs");
        List<WebElement> a = browser.driver.findElements(By.cssSelector("input[name=a]"));
        List<WebElement> b = browser.driver.findElements(By.cssSelector("input[name=b]"));
        assertTrue(a.size() >= 2);
        a.get(1).click();
        b.get(0).click();
        browser.driver.findElement(By.id("compare-runs")).click();
        browser.wait.until(d -> textOf("job-state").equals("done"));
        waitFor("#open-comparison");
        showFirstCard(waitFor("iframe.report-frame"));
        shots("compare");
    }

    /**
     * Scrolls the comparison in its frame to its first card, so the screenshots show what changed:
     * a figure's own label, A and B, and the change on their scale (not "Change in ...").
     */
    private static void showFirstCard(WebElement frame) {
        browser.driver.switchTo().frame(frame);
        try {
            WebElement card = waitFor(".card");
            String label = card.findElement(By.className("label")).getText();
            assertTrue(label.contains(" \u2192 B ") && !label.startsWith("Change in"), label);
            browser.driver.executeScript("window.scrollTo(0, arguments[0].getBoundingClientRect().top + window.scrollY"
                    + " - 80)", card);
        } finally {
            browser.driver.switchTo().defaultContent();
        }
    }
}
