package uk.sufficiency.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.matching.domain.MatchingProblemFactory;
import uk.sufficiency.engine.matching.exact.ExactReference;
import uk.sufficiency.model.scenario.ScenarioLoader;

class BenchMatchCommandTest {

    private static int run(StringWriter out, StringWriter err, String... args) {
        var commandLine = SufficiencyCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    /**
     * The benchmarked instance, written with --write-instances, is what `generate` writes with the
     * command in its header, and `match` reads it back as the very problem that was benchmarked.
     */
    @Test
    void scenarioGeneratorInstancesCanBeWrittenRegeneratedAndMatched(@TempDir Path tmp) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path instances = tmp.resolve("instances");
        assertEquals(0, run(out, err, "bench", "match", "--generator", "scenario", "--families", "singletons",
                "--sizes", "60", "--time-limit", "1s", "--seed", "3", "--write-instances", instances.toString()),
                err.toString());
        String table = out.toString();
        String exactRow = table.lines().filter(l -> l.contains("exact (min-cost flow)")).findFirst().orElseThrow();
        assertTrue(exactRow.startsWith("| singletons (scenario) |"), table);

        Path instance = instances.resolve("singletons-scenario-60-seed3");
        String yaml = Files.readString(instance.resolve("scenario.yaml"));
        assertTrue(yaml.contains("# Same children.csv and placements.csv: sufficiency generate --profile england"
                + " --children 200 --seed 3 --waiting-share 0.3 --singletons --out "), yaml);

        Path generated = tmp.resolve("generated");
        assertEquals(0, run(new StringWriter(), new StringWriter(), "generate", "--profile", "england", "--children",
                "200", "--seed", "3", "--waiting-share", "0.3", "--singletons", "--out", generated.toString()));
        for (String file : List.of("children.csv", "placements.csv")) {
            assertArrayEquals(Files.readAllBytes(generated.resolve(file)), Files.readAllBytes(instance.resolve(file)),
                    file);
        }

        // Read back from disk, the exact optimum is the one in the table.
        var reference = ExactReference.solve(new MatchingProblemFactory(0).build(ScenarioLoader.load(instance)));
        assertTrue(reference.exact());
        assertTrue(exactRow.contains("| " + reference.score() + " |"), exactRow + " vs " + reference.score());
        assertEquals(0, run(new StringWriter(), new StringWriter(), "match", instance.toString(), "--steps", "50",
                "--out", tmp.resolve("match").toString()));
    }

    @Test
    void unknownGeneratorOrImpossibleSizeIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "bench", "match", "--generator", "other", "--sizes", "60",
                "--time-limit", "1s"));
        assertTrue(err.toString().contains("'other' is not random or scenario"), err.toString());
        err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "bench", "match", "--generator", "scenario", "--sizes", "10",
                "--time-limit", "1s"));
        assertTrue(err.toString().contains("the generator makes 50 to 100000"), err.toString());
    }
}
