package uk.sufficiency.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.cli.SufficiencyCommand;

/**
 * Issue 12: {@code run} and {@code plan} gave different plans for the same scenario (the run's seed
 * overrode plan.seed). Both now call the one PlanCapability with the one seed rule, so every plan
 * table is identical, for the built-in scenario and both of its variants.
 */
class PlanCommandAndRunAgreeTest {

    @TempDir
    Path temp;

    private static final List<String> TABLES = List.of("plan-gap", "plan-in-house-share", "plan-cost",
            "plan-recruitment", "plan-effect", "plan-supply", "plan-by-year");

    @ParameterizedTest
    @ValueSource(strings = {"leicestershire-2015", "leicestershire-2015-block-ifa", "leicestershire-2015-residential-homes"})
    void planAndRunsPlanStepGiveIdenticalFigures(String name) throws IOException {
        Path scenario = repositoryScenario(name);
        Path runOut = temp.resolve("run");
        RunFixture.Outcome run = RunFixture.execute(List.of(new ScenarioStep(), new LacStep(), new PlanStep()),
                "run", scenario.toString(), "--out", runOut.toString(), "--quick");
        assertEquals(0, run.status(), run.err());
        Path planOut = temp.resolve("plan");
        var cli = SufficiencyCommand.commandLine();
        cli.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
        cli.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        assertEquals(0, cli.execute("plan", scenario.toString(), "--quick", "--out", planOut.toString()));
        for (String table : TABLES) {
            String fromRun = Files.readString(runOut.resolve("csv/" + table + ".csv"));
            String fromPlan = Files.readString(planOut.resolve(table + ".csv"));
            assertEquals(fromRun, fromPlan, table + " differs between run and plan for " + name);
        }
        try (Stream<Path> files = Files.list(planOut)) {
            assertFalse(files.toList().isEmpty());
        }
        assertTrue(Files.readString(planOut.resolve("plan-inputs.csv")).contains("plan.seed,1,"), "plan.seed used");
    }

    static Path repositoryScenario(String name) {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path scenario = dir.resolve("scenarios").resolve(name);
            if (Files.isRegularFile(scenario.resolve("scenario.yaml"))) {
                return scenario;
            }
        }
        throw new IllegalStateException("scenarios/" + name + " not found above " + System.getProperty("user.dir"));
    }
}
