package uk.sufficiency.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.model.validation.InvalidInputException;

class ResultsFolderTest {

    @TempDir
    Path dir;

    @Test
    void aSecondRunReplacesTheFirstWhole() throws Exception {
        Path out = dir.resolve("out");
        ResultsFolder.write(out, "--out", List.of(), o -> {
            o.write("a.csv", w -> w.write("1"));
            o.write("csv/old.csv", w -> w.write("old"));
        });
        List<Path> files = ResultsFolder.write(out, "--out", List.of(), o -> o.write("a.csv", w -> w.write("2")));
        assertEquals(List.of(out.toAbsolutePath().resolve("a.csv")), files);
        assertEquals("2", Files.readString(out.resolve("a.csv")));
        assertFalse(Files.exists(out.resolve("csv/old.csv")), "a file of the earlier run no longer written is gone");
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString())
                    .filter(f -> f.contains("staging") || f.contains(".old-")).toList());
        }
    }

    @Test
    void aFailedRunLeavesTheEarlierResultsUntouched() throws Exception {
        Path out = dir.resolve("out");
        ResultsFolder.write(out, "--out", List.of(), o -> o.write("a.csv", w -> w.write("1")));
        assertThrows(IllegalStateException.class, () -> ResultsFolder.write(out, "--out", List.of(), o -> {
            o.write("a.csv", w -> w.write("half"));
            throw new IllegalStateException("killed");
        }));
        assertEquals("1", Files.readString(out.resolve("a.csv")));
    }

    @Test
    void staleStagingFromAKilledRunIsRemoved() throws Exception {
        Path stale = Files.createDirectories(dir.resolve(".out.staging-999999"));
        Files.writeString(stale.resolve("x.part"), "torn");
        ResultsFolder.write(dir.resolve("out"), "--out", List.of(), o -> o.write("a.csv", w -> w.write("1")));
        assertFalse(Files.exists(stale));
    }

    @Test
    void refusesAFileAnInputAndAFolderOfOtherFiles() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertTrue(rule(file, List.of()).contains("names a file"));
        Path input = Files.createDirectories(dir.resolve("run-a"));
        assertTrue(rule(input, List.of(input)).contains("input"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("thesis.docx"), "precious");
        assertTrue(rule(home, List.of()).contains("not results"));
        assertTrue(Files.exists(home.resolve("thesis.docx")));
    }

    private String rule(Path out, List<Path> inputs) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ResultsFolder.check(out, "--out", inputs));
        return e.problems().get(0).rule();
    }
}
