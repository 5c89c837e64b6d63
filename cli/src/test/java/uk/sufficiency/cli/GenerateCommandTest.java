package uk.sufficiency.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.sufficiency.model.scenario.ScenarioLoader;

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
            assertTrue(err.toString().contains("Invalid value for option '--children': " + size
                    + " is not a number of children from 50 to 100,000"), err.toString());
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void waitingShareOutsideZeroToOneIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "generate", "--waiting-share", "1.5", "--out", dir.resolve("x").toString()));
        assertTrue(err.toString().contains("Invalid value for option '--waiting-share': 1.5 is not a share from 0 to 1"),
                err.toString());
    }

    @Test
    void regeneratingReplacesAnUnchangedGeneratedFolderWhole() throws Exception {
        Path out = dir.resolve("regen");
        assertEquals(0, run(new StringWriter(), "generate", "--profile", "leicestershire-2015", "--children", "60",
                "--seed", "1", "--out", out.toString()));
        assertTrue(Files.exists(out.resolve("series/ehcp.csv")));
        assertEquals(0, run(new StringWriter(), "generate", "--children", "50", "--seed", "2", "--out", out.toString()));
        assertFalse(Files.exists(out.resolve("series")), "the england profile names no series: the old one is gone");
        assertEquals(51, Files.readAllLines(out.resolve("children.csv")).size());
        assertEquals(0, run(new StringWriter(), "validate", out.toString()));
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString())
                    .filter(f -> f.contains(".staging-") || f.contains(".old-") || f.endsWith(".part")).toList());
        }
    }

    @Test
    void aScenarioEditedOrExtendedByHandIsNeverOverwritten() throws Exception {
        Path out = dir.resolve("edited");
        assertEquals(0, run(new StringWriter(), "generate", "--children", "50", "--seed", "1", "--out", out.toString()));
        Files.writeString(out.resolve("scenario.yaml"), "plan:\n  years: 3\n", java.nio.file.StandardOpenOption.APPEND);
        byte[] edited = Files.readAllBytes(out.resolve("scenario.yaml"));
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "generate", "--children", "50", "--seed", "2", "--out", out.toString()));
        assertTrue(err.toString().contains("never overwritten") && err.toString().contains("scenario.yaml"), err.toString());
        assertArrayEquals(edited, Files.readAllBytes(out.resolve("scenario.yaml")));

        Path added = dir.resolve("added");
        assertEquals(0, run(new StringWriter(), "generate", "--children", "50", "--seed", "1", "--out", added.toString()));
        Files.writeString(added.resolve("NOTES.md"), "my notes");
        assertEquals(2, run(err, "generate", "--children", "50", "--seed", "2", "--out", added.toString()));
        assertEquals("my notes", Files.readString(added.resolve("NOTES.md")));

        // The built-in baseline is written by hand around generated tables: generate refuses it.
        Path handWritten = dir.resolve("baseline");
        Files.createDirectories(handWritten);
        Files.copy(Path.of("..", "scenarios", "leicestershire-2015", "scenario.yaml"), handWritten.resolve("scenario.yaml"));
        assertEquals(2, run(err, "generate", "--profile", "leicestershire-2015", "--out", handWritten.toString()));
        assertTrue(Files.exists(handWritten.resolve("scenario.yaml")));
        assertFalse(Files.exists(handWritten.resolve("children.csv")));
    }

    @Test
    void resultsAreNeverWrittenOverAGeneratedScenarioNorAScenarioOverResults() throws Exception {
        Path scenario = dir.resolve("scenario");
        assertEquals(0, run(new StringWriter(), "generate", "--children", "50", "--seed", "1", "--out", scenario.toString()));
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "bench", "forecast", "--synthetic", "2", "--horizon", "2", "--methods", "naive",
                "--out", scenario.toString()));
        assertTrue(Files.exists(scenario.resolve("children.csv")));
        Path results = dir.resolve("results");
        assertEquals(0, run(err, "bench", "forecast", "--synthetic", "2", "--horizon", "2", "--methods", "naive",
                "--out", results.toString()), err.toString());
        assertEquals(2, run(err, "generate", "--children", "50", "--out", results.toString()));
        assertTrue(Files.exists(results.resolve("summary.csv")));
    }

    @Test
    void leicestershireIntoAFreshFolderWritesEverySeriesItNamesAndValidates() throws Exception {
        Path out = dir.resolve("fresh").resolve("leics");
        assertEquals(0, run(new StringWriter(), "generate", "--profile", "leicestershire-2015", "--seed", "2015",
                "--out", out.toString()));
        assertTrue(Files.readString(out.resolve("scenario.yaml")).contains("file: series/ehcp.csv"));
        Path builtIn = Path.of("..", "scenarios", "leicestershire-2015", "series", "ehcp.csv");
        assertArrayEquals(Files.readAllBytes(builtIn), Files.readAllBytes(out.resolve("series/ehcp.csv")),
                "the built-in baseline's series, byte for byte");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "validate", out.toString()));
        assertEquals("", beyondGroupContradictions(err.toString()), "no warnings");
    }

    @Test
    void theDocumentedCommandRegeneratesTheBuiltInBaseline() throws Exception {
        Path builtIn = Path.of("..", "scenarios", "leicestershire-2015");
        Path out = dir.resolve("leicestershire-2015");
        assertEquals(0, run(new StringWriter(), "generate", "--profile", "leicestershire-2015", "--children", "456",
                "--seed", "2015", "--out", out.toString()));
        for (String file : List.of("children.csv", "placements.csv", "series/ehcp.csv", "series/ehcp-la-2010-2019.csv")) {
            assertArrayEquals(Files.readAllBytes(builtIn.resolve(file)), Files.readAllBytes(out.resolve(file)), file);
        }
        String generated = Files.readString(out.resolve("scenario.yaml"))
                .replace(out.toString(), "scenarios/leicestershire-2015");
        assertTrue(Files.readString(builtIn.resolve("scenario.yaml")).startsWith(generated),
                "the built-in scenario.yaml is what the generator writes, then the hand-written step sections");
    }

    @ParameterizedTest
    @CsvSource({"england,50,0,false", "england,60,1,true", "england,2100,0.3,false", "leicestershire-2015,50,0,true",
        "leicestershire-2015,456,0.11,false", "leicestershire-2015,700,1,false", "england,300,0.5,true"})
    void everyGeneratedScenarioValidatesWithoutWarnings(String profile, int size, double waiting, boolean singletons) {
        Path out = dir.resolve(profile + size + waiting + singletons);
        List<String> args = new ArrayList<>(List.of("generate", "--profile", profile, "--children",
                Integer.toString(size), "--waiting-share", Double.toString(waiting), "--out", out.toString()));
        if (singletons) {
            args.add("--singletons");
        }
        assertEquals(0, run(new StringWriter(), args.toArray(String[]::new)));
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "validate", out.toString()), err.toString());
        assertEquals("", beyondGroupContradictions(err.toString()), "no warnings");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "null", "~", "- x", "key: value", "#x", "it's", "\"dq\"", "1.5", "42", "0x1F",
        "1e3", ".inf", "0o17", "1_000", "2015-03-31", "true", "&a", "*a", "{a}", "[b]", "%x", "@x", "`x", "!tag",
        "a # b", "Łódź ünïcödé ✓", "  spaced  "})
    void anyOneLineNameIsWrittenAsValidYamlAndReadBackExactly(String name) throws Exception {
        Path out = dir.resolve("named");
        assertEquals(0, run(new StringWriter(), "generate", "--children", "50", "--name", name, "--out",
                out.toString()));
        assertEquals(name, ScenarioLoader.read(out).scenario().name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"two\nlines", "carriage\rreturn", "tab\there", "line\u2028separator", "next\u0085line",
        "", "   "})
    void aNameThatIsNotOneLineOfTextIsRefusedAndNothingIsWritten(String name) {
        Path out = dir.resolve("refused");
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "generate", "--children", "50", "--name", name, "--out", out.toString()));
        assertTrue(err.toString().contains("--name must be one line of text"), err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void theRegenerateCommentStaysACommentWhateverTheOutputPath() throws Exception {
        Path out = dir.resolve("odd\nfolder");
        assertEquals(0, run(new StringWriter(), "generate", "--children", "50", "--name", "O'Brien's area",
                "--out", out.toString()));
        String yaml = Files.readString(out.resolve("scenario.yaml"));
        assertTrue(yaml.contains("--name 'O'\\''Brien'\\''s area'"), yaml);
        assertEquals("O'Brien's area", ScenarioLoader.read(out).scenario().name());
    }

    @Test
    void withoutASeedTheOneDefaultSeedIsUsedAndRecorded() throws Exception {
        Path out = dir.resolve("default-seed");
        assertEquals(0, run(new StringWriter(), "generate", "--children", "50", "--out", out.toString()));
        assertTrue(Files.readString(out.resolve("scenario.yaml")).contains("--seed 20150331 "));
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "generate", "--children", "50", "--seed", "-1", "--out",
                dir.resolve("neg").toString()));
        assertTrue(err.toString().contains("--seed"), err.toString());
    }

    private static int run(StringWriter err, String... args) {
        var commandLine = SufficiencyCommand.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    /**
     * The warnings other than issue 13's sibling-group contradictions (members recommended different
     * kinds, or solo inside a group), which the generator still writes and validate rightly reports.
     */
    static String beyondGroupContradictions(String err) {
        return err.lines().filter(l -> !(l.contains("must be placed together, but")
                || l.contains("is to live alone but is in sibling group"))).map(l -> l + "\n")
                .collect(java.util.stream.Collectors.joining());
    }
}
