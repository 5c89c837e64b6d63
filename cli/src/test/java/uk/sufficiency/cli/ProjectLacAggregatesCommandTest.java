package uk.sufficiency.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** project-lac on yearly aggregates: detection, reproducibility, exit codes. */
class ProjectLacAggregatesCommandTest {

    @TempDir
    Path tmp;

    private static Path example() {
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("docs/examples/lac-aggregates.csv");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/examples/lac-aggregates.csv not found");
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = SufficiencyCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void projectsAFolderHoldingLacAggregatesReproducibly() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(example(), in.resolve("lac-aggregates.csv"));
        Path out = tmp.resolve("out");
        Run first = run("project-lac", in.toString(), "--years", "2", "--simulations", "50", "--seed", "5",
                "--out", out.toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().contains("yearly aggregates lac-aggregates.csv, years ending 31 March 2015 to 2019"), first.out());
        assertTrue(first.out().contains("584 children in care at 2019-03-31"), first.out());
        assertTrue(first.out().contains("Made from earlier years (3 origins, 2016-03-31 to 2018-03-31)"), first.out());
        String counts = Files.readString(out.resolve("csv/lac-counts-by-month.csv"));
        // from 2018 at 2019; from 2017 at 2018 and 2019; from 2016 at 2017 and 2018 (2 years at most)
        assertEquals(5, Files.readAllLines(out.resolve("csv/lac-backtest.csv")).stream().filter(l -> l.contains(",all,"))
                .count());

        Path again = tmp.resolve("again");
        Run second = run("project-lac", example().toString(), "--years", "2", "--simulations", "50", "--seed", "5",
                "--out", again.toString());
        assertEquals(0, second.status(), second.err());
        assertEquals(counts, Files.readString(again.resolve("csv/lac-counts-by-month.csv")),
                "same inputs and seed, same output");
    }

    @Test
    void aSettingsFileAppliesToAnAggregatesFile() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("scenario"));
        Files.copy(example(), in.resolve("la-figures.csv"));
        Path settings = Files.writeString(in.resolve("lac.yaml"), "lac_projection:\n  aggregate_moves: none\n"
                + "  backtest_months: 0\n");
        Path out = tmp.resolve("out");
        Run run = run("project-lac", in.resolve("la-figures.csv").toString(), "--config", settings.toString(),
                "--years", "1", "--simulations", "20", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("No track record: backtest_months is 0"), run.out());
        assertTrue(Files.exists(out.resolve("csv/lac-rates.csv")));
    }

    @Test
    void aBrokenAggregatesFileExitsWith2NamesEveryCellAndWritesNothing() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String text = Files.readString(example())
                .replace("2016,in_house_foster,0-1,6,20,4", "2016,in_house_foster,0-1,6,twenty,4")
                .replace("2017,ifa_foster,1-5,", "2017,ifa,1-5,");
        Files.writeString(in.resolve("lac-aggregates.csv"), text);
        Path out = tmp.resolve("out");
        Run run = run("project-lac", in.toString(), "--simulations", "20", "--reference-window", "18m",
                "--out", out.toString());
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains("column --reference-window, value '18m'"), run.err());
        assertTrue(run.err().contains("lac-aggregates.csv:28: column entries, value 'twenty'"), run.err());
        assertTrue(run.err().contains("column category, value 'ifa'"), run.err());
        assertTrue(run.err().contains("3 error(s); no output was written."), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aReferenceWindowOfPartYearsIsAnInputError() {
        Path out = tmp.resolve("out");
        Run run = run("project-lac", example().toString(), "--reference-window", "18m", "--out", out.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("--reference-window"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFolderWithNoHistoryIsAnInputError() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Run run = run("project-lac", empty.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("lac-aggregates.csv"), run.err());
    }
}
