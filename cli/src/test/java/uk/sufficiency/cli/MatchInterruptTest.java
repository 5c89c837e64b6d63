package uk.sufficiency.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.synthetic.GenerationProfile;
import uk.sufficiency.engine.synthetic.ScenarioGenerator;
import uk.sufficiency.model.scenario.ScenarioWriter;

/**
 * End to end: {@code sufficiency match} in its own JVM, with a five-minute limit, is stopped by
 * Ctrl-C (SIGINT) while solving, and must still write its three files in full and exit promptly.
 */
class MatchInterruptTest {

    /** Bit of SIGINT (signal 2) in /proc/PID/status signal masks. */
    private static final long SIGINT_BIT = 1L << (2 - 1);

    @Test
    void ctrlCStopsTheSolverAndStillWritesTheBestProposal(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc to send and check signals");
        Path scenario = tmp.resolve("scenario");
        // 1,000 children, 300 waiting: loads in a second or two, and local search keeps going
        // until the time limit, so the run is certainly still solving when it is interrupted.
        ScenarioWriter.write(ScenarioGenerator.generate(GenerationProfile.england().withWaitingShare(0.3), 1000, 11),
                scenario, List.of());
        Path out = tmp.resolve("out");
        Path stdout = tmp.resolve("stdout.txt");
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process process = new ProcessBuilder(java, "-XX:+UseSerialGC", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), SufficiencyCommand.class.getName(),
                "match", scenario.toString(), "--time-limit", "5m", "--out", out.toString())
                .redirectOutput(stdout.toFile())
                .start();
        StringBuffer stderr = new StringBuffer();
        CountDownLatch solving = new CountDownLatch(1);
        Thread reader = new Thread(() -> readStderr(process, stderr, solving), "match-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            assertTrue(solving.await(90, TimeUnit.SECONDS), "no progress line on stderr:\n" + stderr);
            assertTrue(process.isAlive(), "exited before being interrupted:\n" + stderr);

            int expectedStatus;
            String signal;
            if (catches(process.pid(), SIGINT_BIT)) {
                // What Ctrl-C in a terminal does.
                signal = "-INT";
                expectedStatus = ExitCodes.INTERRUPTED;
            } else {
                // SIGINT was ignored when this build started (a background job without job control),
                // so the JVM cannot catch it; SIGTERM runs the same shutdown hook. (Not destroy(),
                // which also closes the pipe we read stderr from.)
                signal = "-TERM";
                expectedStatus = 128 + 15;
            }
            assertEquals(0, new ProcessBuilder("kill", signal, Long.toString(process.pid())).start().waitFor());
            // Generous for a loaded machine; it takes a few seconds (the limit was five minutes).
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "still running 60 s after the signal:\n" + stderr);
            reader.join(5_000);
            assertEquals(expectedStatus, process.exitValue(), "exit status; stderr:\n" + stderr);
            assertTrue(stderr.toString().contains("stopping: writing the best proposal found so far"), stderr::toString);

            // Exactly the four result files (and the results folder's marker), complete, and no
            // temporary file or staging folder left behind.
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(List.of(".sufficiency-results", "matches.csv", "settings.csv", "summary.json", "unplaced.csv"),
                        files.map(p -> p.getFileName().toString()).sorted().toList());
            }
            try (Stream<Path> siblings = Files.list(tmp)) {
                assertEquals(List.of(), siblings.map(p -> p.getFileName().toString())
                        .filter(f -> f.startsWith(".out.staging-") || f.startsWith(".out.old-")).toList());
            }
            JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
            assertTrue(summary.path("solver").path("stopped_by_user").asBoolean(), summary::toString);
            assertEquals(0, summary.path("score").path("hard").asLong(), summary::toString);
            int placed = summary.path("children").path("placed").asInt();
            int unplaced = summary.path("children").path("unplaced").asInt();
            long permanent = summary.path("children").path("permanent_kept").asLong();
            assertTrue(placed > 0, summary::toString);

            List<Map<String, String>> matches = readCsv(out.resolve("matches.csv"));
            List<Map<String, String>> unplacedRows = readCsv(out.resolve("unplaced.csv"));
            assertEquals(placed + permanent, matches.size(), "matches.csv rows");
            assertEquals(unplaced, unplacedRows.size(), "unplaced.csv rows");
            for (Map<String, String> row : matches) {
                assertTrue(!row.get("child_id").isEmpty() && !row.get("placement_id").isEmpty(), row::toString);
            }
            for (Map<String, String> row : unplacedRows) {
                assertTrue(!row.get("child_id").isEmpty() && !row.get("reason").isEmpty(), row::toString);
            }
            String printed = Files.readString(stdout);
            assertTrue(printed.contains("(stopped early)") && printed.contains("wrote "), printed);
        } finally {
            process.destroyForcibly();
        }
    }

    private static void readStderr(Process process, StringBuffer stderr, CountDownLatch solving) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                stderr.append(line).append('\n');
                if (line.contains("best score")) {
                    solving.countDown();
                }
            }
        } catch (IOException e) {
            stderr.append("reading stderr failed: ").append(e).append('\n');
        }
    }

    /** Whether the process has a handler installed for the signal (SigCgt in /proc/PID/status). */
    private static boolean catches(long pid, long signalBit) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("SigCgt:")) {
                return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & signalBit) != 0;
            }
        }
        return false;
    }

    private static List<Map<String, String>> readCsv(Path file) throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            return rows.readAll();
        }
    }
}
