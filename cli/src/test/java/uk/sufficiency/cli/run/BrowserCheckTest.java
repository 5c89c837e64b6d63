package uk.sufficiency.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report in a real browser (headless Chromium) with scripts/check-report-in-browser.sh:
 * no console messages, every chart drawn, a screenshot written. Skipped where Chromium is not
 * installed ({@code apt-get install -y chromium}).
 */
class BrowserCheckTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path temp;

    @Test
    void reportRendersInChromiumWithoutConsoleErrors() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
        Path script = Path.of("").toAbsolutePath().getParent().resolve("scripts/check-report-in-browser.sh");
        assertTrue(Files.isExecutable(script), script.toString());
        Path out = temp.resolve("out");
        RunFixture.Outcome run = RunFixture.execute("run", RunFixture.testScenario("tiny").toString(),
                "--out", out.toString(), "--quick");
        assertEquals(0, run.status(), run.err());

        Path png = temp.resolve("report.png");
        Process process = new ProcessBuilder(script.toString(), out.resolve("report.html").toString(), png.toString())
                .redirectErrorStream(true).start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }
        assertTrue(finished, "chromium did not finish in 2 minutes");
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("chart(s) and 1 of 1 map(s) drawn"), output);
        assertTrue(Files.size(png) > 10_000, "screenshot written");
    }
}
