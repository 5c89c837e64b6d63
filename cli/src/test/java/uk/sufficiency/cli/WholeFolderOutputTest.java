package uk.sufficiency.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that writes a folder writes it whole (ResultsFolder): a run killed with SIGKILL at
 * any moment leaves the earlier results or the new ones complete, never a mix, and the next run
 * cleans up after it; a second run into a folder another run is writing is refused (exit status 2)
 * and changes nothing. One case per command; {@code match} is covered by its own tests.
 */
class WholeFolderOutputTest {

    private static final Path REPO = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();

    @TempDir
    Path dir;

    /** A command, its arguments before {@code OUT_OPTION DIR}, and a second run's that give other results. */
    record Case(String name, String outOption, List<String> first, List<String> second) {
        @Override
        public String toString() {
            return name;
        }

        String[] args(List<String> lead, Path out) {
            List<String> args = new ArrayList<>(lead.stream().map(a -> a.equals(WITAN) ? witanInputs(out) : a).toList());
            args.add(outOption);
            args.add(out.toString());
            return args.toArray(String[]::new);
        }
    }

    /** Stands for a folder of witan.send inputs, written into the test's folder. */
    private static final String WITAN = "WITAN_INPUTS";

    static Stream<Arguments> commands() {
        String witan = WITAN;
        String planDemo = REPO.resolve("engine/src/test/resources/scenarios/plan-demo").toString();
        String series = REPO.resolve("scenarios/leicestershire-2015/series/ehcp.csv").toString();
        String ssda903 = TestData.ssda903Synthetic().toString();
        String builtIn = REPO.resolve("scenarios/leicestershire-2015").toString();
        return Stream.of(
                new Case("match", "--out", List.of("match", builtIn, "--steps", "10", "--seed", "1"),
                        List.of("match", builtIn, "--steps", "10", "--seed", "2")),
                new Case("simulate", "--out", List.of("simulate", builtIn, "--months", "2", "--simulations", "4",
                        "--seed", "1"), List.of("simulate", builtIn, "--months", "2", "--simulations", "4", "--seed", "2")),
                new Case("generate", "--out", List.of("generate", "--children", "50", "--seed", "1"),
                        List.of("generate", "--children", "50", "--seed", "2")),
                new Case("forecast", "--out", List.of("forecast", series, "--horizon", "3"),
                        List.of("forecast", series, "--horizon", "4")),
                new Case("project-lac", "--out", List.of("project-lac", ssda903, "--years", "1", "--simulations", "30",
                        "--seed", "1"), List.of("project-lac", ssda903, "--years", "1", "--simulations", "30", "--seed", "2")),
                new Case("project-ehcp", "--out", List.of("project-ehcp", witan, "--years", "2", "--simulations", "20",
                        "--seed", "1"), List.of("project-ehcp", witan, "--years", "2", "--simulations", "20", "--seed", "2")),
                new Case("plan", "--out", List.of("plan", planDemo, "--years", "2", "--simulations", "30", "--seed", "1"),
                        List.of("plan", planDemo, "--years", "2", "--simulations", "30", "--seed", "2")),
                new Case("bench forecast", "--out", List.of("bench", "forecast", "--synthetic", "6", "--horizon", "2",
                        "--methods", "naive,drift", "--seed", "1"), List.of("bench", "forecast", "--synthetic", "6",
                        "--horizon", "2", "--methods", "naive,drift", "--seed", "2")),
                new Case("bench match", "--write-instances", List.of("bench", "match", "--sizes", "50", "--time-limit",
                        "100ms", "--families", "singletons", "--seed", "1"), List.of("bench", "match", "--sizes", "50",
                        "--time-limit", "100ms", "--families", "singletons", "--seed", "2")))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void onlyWholeFoldersEverAppear(Case command) throws Exception {
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, command.args(command.first(), out)), err::toString);
        Map<String, String> first = snapshot(out);

        // A second run while another holds the folder's lock is refused at once and changes nothing.
        try (FileChannel channel = FileChannel.open(dir.resolve(".out.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            StringWriter refused = new StringWriter();
            assertEquals(2, run(refused, command.args(command.second(), out)), refused::toString);
            assertTrue(refused.toString().contains("is being written by another run"), refused::toString);
        }
        assertEquals(first, snapshot(out), "a refused run changed the folder");

        // A run killed with SIGKILL as soon as it starts writing leaves the old folder or the new one whole.
        Map<String, String> afterKill = killWhileWriting(command, out);
        assertEquals(0, run(err, command.args(command.second(), out)), err::toString);
        Map<String, String> second = snapshot(out);
        assertTrue(afterKill.equals(first) || afterKill.equals(second),
                "after the kill the folder mixes two runs or is torn: " + afterKill.keySet());
        assertTrue(!first.equals(second), "the two runs should give different results, to tell them apart");
        try (Stream<Path> left = Files.walk(dir)) {
            List<String> stale = left.map(p -> p.getFileName().toString())
                    .filter(f -> f.contains(".staging-") || f.contains(".old-") || f.endsWith(".part")).toList();
            assertEquals(List.of(), stale, "the next run removes what the killed one left");
        }
    }

    /** Starts the second run in its own JVM and kills it (SIGKILL) the moment its staging folder appears. */
    private Map<String, String> killWhileWriting(Case command, Path out) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> line = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), SufficiencyCommand.class.getName()));
        line.addAll(Arrays.asList(command.args(command.second(), out)));
        Process process = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child-output.txt").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (process.isAlive() && sibling(out, ".out.staging-") == null && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            boolean finishedFirst = !process.isAlive();
            process.destroyForcibly();
            System.err.println(command + ": " + (finishedFirst ? "finished before the kill" : "killed while staging"));
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the killed run did not end");
            if (finishedFirst) {
                assertEquals(0, process.exitValue(), () -> "the run failed by itself: "
                        + readQuietly(dir.resolve("child-output.txt")));
            }
        } finally {
            process.destroyForcibly();
        }
        // Killed between its two renames, a run leaves the folder absent for an instant and the
        // earlier results whole beside it; the next run puts them back before anything else.
        Path old = sibling(out, ".out.old-");
        return Files.exists(out) || old == null ? snapshot(out) : snapshot(old);
    }

    private static Path sibling(Path out, String prefix) {
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /**
     * Every file of the folder by relative path, with its content (workbooks by size only: they carry
     * their creation time). An absent folder is an empty map.
     */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(p).toString();
                files.put(name, name.endsWith(".xlsx") ? "workbook" : Files.readString(p));
            }
        }
        return files;
    }

    private static String witanInputs(Path out) {
        Path folder = out.resolveSibling("witan");
        try {
            return Files.isDirectory(folder.resolve("in")) ? folder.resolve("in").toString()
                    : WitanInputs.write(folder, "").toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int run(StringWriter err, String... args) {
        var commandLine = SufficiencyCommand.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }
}
