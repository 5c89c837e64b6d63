package uk.sufficiency.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAScenarioThatValidates() throws Exception {
        Path out = dir.resolve("small");
        assertEquals(0, run(new StringWriter(), "generate", "--children", "60", "--seed", "4", "--out", out.toString()));
        assertTrue(Files.isRegularFile(out.resolve("scenario.yaml")));
        assertEquals(61, Files.readAllLines(out.resolve("children.csv")).size(), "header and 60 children");
        assertEquals(0, run(new StringWriter(), "validate", out.toString()));
        assertTrue(Files.readString(out.resolve("scenario.yaml"))
                .contains("# Regenerate with: sufficiency generate --profile england --children 60 --seed 4"));
    }

    @Test
    void sameSeedSameBytes() throws Exception {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        run(new StringWriter(), "generate", "--children", "300", "--seed", "9", "--waiting-share", "0.3", "--out",
                one.toString());
        run(new StringWriter(), "generate", "--children", "300", "--seed", "9", "--waiting-share", "0.3", "--out",
                two.toString());
        assertArrayEquals(Files.readAllBytes(one.resolve("children.csv")), Files.readAllBytes(two.resolve("children.csv")));
        assertArrayEquals(Files.readAllBytes(one.resolve("placements.csv")),
                Files.readAllBytes(two.resolve("placements.csv")));
    }

    @Test
    void sizeOutsideTheRangeIsAUsageErrorAndWritesNothing() {
        for (String size : new String[] {"49", "100001"}) {
            StringWriter err = new StringWriter();
            Path out = dir.resolve("bad" + size);
            assertEquals(2, run(err, "generate", "--children", size, "--out", out.toString()));
            assertTrue(err.toString().contains("--children must be from 50 to 100000"), err.toString());
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void waitingShareOutsideZeroToOneIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "generate", "--waiting-share", "1.5", "--out", dir.resolve("x").toString()));
        assertTrue(err.toString().contains("--waiting-share must be between 0 and 1"), err.toString());
    }

    private static int run(StringWriter err, String... args) {
        var commandLine = SufficiencyCommand.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }
}
