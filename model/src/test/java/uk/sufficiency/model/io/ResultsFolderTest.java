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

    @Test
    void aRunKilledBetweenItsTwoRenamesLosesNoResults() throws Exception {
        Path out = dir.resolve("out");
        ResultsFolder.write(out, "--out", List.of(), o -> o.write("a.csv", w -> w.write("1")));
        // What a kill after the first rename leaves: the folder gone, the earlier results whole beside it.
        Files.move(out, dir.resolve(".out.old-999999"));
        Files.createDirectories(dir.resolve(".out.staging-999999")).resolve("a.csv");
        ResultsFolder.write(out, "--out", List.of(), o -> {
            assertEquals("1", Files.readString(out.resolve("a.csv")), "put back before the new run writes");
            o.write("a.csv", w -> w.write("2"));
        });
        assertEquals("2", Files.readString(out.resolve("a.csv")));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(".out.lock", "out"), siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aSecondRunIntoAFolderBeingWrittenIsRefusedBeforeItStarts() throws Exception {
        Path out = dir.resolve("out");
        ResultsFolder.write(out, "--out", List.of(), o -> {
            // While this run holds the folder, another is refused both by the check and by write.
            assertTrue(rule(out, List.of()).contains("being written by another run"));
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> ResultsFolder.write(out, "--out", List.of(), x -> x.write("b.csv", w -> w.write("2"))));
            assertTrue(e.problems().get(0).rule().contains("another run"));
            o.write("a.csv", w -> w.write("1"));
        });
        assertEquals("1", Files.readString(out.resolve("a.csv")));
        assertFalse(Files.exists(out.resolve("b.csv")));
    }

    @Test
    void aFolderInsideAFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertTrue(rule(file.resolve("out"), List.of()).contains("is a file, not a folder"));
    }

    @Test
    void aGeneratedFolderIsReplacedOnlyWhileUnchanged() throws Exception {
        Path out = dir.resolve("gen");
        ResultsFolder.write(out, "--out", List.of(), FolderKind.GENERATED_SCENARIO, o -> {
            o.write("scenario.yaml", w -> w.write("name: x\n"));
            o.write("series/a.csv", w -> w.write("date,value\n"));
        });
        assertTrue(Files.readString(out.resolve(".sufficiency-generated")).contains("  series/a.csv"));
        ResultsFolder.write(out, "--out", List.of(), FolderKind.GENERATED_SCENARIO,
                o -> o.write("scenario.yaml", w -> w.write("name: y\n")));
        assertFalse(Files.exists(out.resolve("series")));

        Files.writeString(out.resolve("scenario.yaml"), "name: edited\n");
        assertTrue(ruleOf(out, FolderKind.GENERATED_SCENARIO).contains("scenario.yaml"));
        Files.writeString(out.resolve("scenario.yaml"), "name: y\n");
        ResultsFolder.check(out, "--out", List.of(), FolderKind.GENERATED_SCENARIO);
        Files.writeString(out.resolve("notes.md"), "mine");
        assertTrue(ruleOf(out, FolderKind.GENERATED_SCENARIO).contains("notes.md"));
        assertTrue(ruleOf(out, FolderKind.RESULTS).contains("not results"), "results never replace a scenario");
    }

    private String ruleOf(Path out, FolderKind kind) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ResultsFolder.check(out, "--out", List.of(), kind));
        return e.problems().get(0).rule();
    }

    private String rule(Path out, List<Path> inputs) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ResultsFolder.check(out, "--out", inputs));
        return e.problems().get(0).rule();
    }
}
