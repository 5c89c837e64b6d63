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

class ProjectLacCommandTest {

    @TempDir
    Path tmp;

    private static Path synthetic() {
        return TestData.ssda903Synthetic();
    }

    @Test
    void projectsTheSyntheticSample() throws IOException {
        Path out = tmp.resolve("out");
        StringWriter text = new StringWriter();
        var cl = SufficiencyCommand.commandLine();
        cl.setOut(new PrintWriter(text));
        int status = cl.execute("project-lac", synthetic().toString(), "--years", "1", "--simulations", "50",
                "--seed", "5", "--out", out.toString());
        assertEquals(0, status, text.toString());
        assertTrue(text.toString().contains("Made from earlier years (4 origins, 2018-03-31 to 2021-03-31)"), text.toString());
        assertTrue(Files.exists(out.resolve("csv/lac-counts-by-month.csv")));
        assertTrue(Files.exists(out.resolve("csv/lac-backtest.csv")));
        assertTrue(Files.exists(out.resolve("csv/lac-track-record.csv")));
        assertTrue(Files.exists(out.resolve("csv/lac-data-quality.csv")));
        assertTrue(Files.exists(out.resolve("report.html")));
        String first = Files.readString(out.resolve("csv/lac-counts-by-month.csv"));
        cl.execute("project-lac", synthetic().toString(), "--years", "1", "--simulations", "50", "--seed", "5",
                "--out", out.toString());
        assertEquals(first, Files.readString(out.resolve("csv/lac-counts-by-month.csv")), "same seed, same output");
    }

    @Test
    void unusableFilesExitWithStatus2AndWriteNothing() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("2020-header.csv"), "CHILD,SEX\nA,1\n");
        Files.writeString(in.resolve("2020-episodes.csv"), "CHILD,DECOM\nA,01/05/2020\n");
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        var cl = SufficiencyCommand.commandLine();
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("project-lac", in.toString(), "--out", out.toString()));
        assertTrue(err.toString().contains("PLACE_PROVIDER"), err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void aBadReferenceWindowIsAnInputErrorNamingTheOption() {
        var cl = SufficiencyCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("project-lac", synthetic().toString(), "--reference-window", "soon",
                "--out", tmp.resolve("out").toString()));
        assertTrue(err.toString().contains("--reference-window"), err.toString());
        assertFalse(Files.exists(tmp.resolve("out")));
    }
}
