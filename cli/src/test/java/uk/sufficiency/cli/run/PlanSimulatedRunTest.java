package uk.sufficiency.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} on a scenario whose plan is evaluated by the market simulation: its answer, headlines and tables. */
class PlanSimulatedRunTest {

    @TempDir
    Path temp;

    @Test
    void thePlanStepShowsTheSimulatedPlanBesideTheGreedyOne() throws Exception {
        Path scenario = temp.resolve("tiny-simulated");
        Files.createDirectories(scenario);
        try (var files = Files.list(RunFixture.testScenario("tiny"))) {
            for (Path file : files.toList()) {
                Files.copy(file, scenario.resolve(file.getFileName()));
            }
        }
        Files.writeString(scenario.resolve("scenario.yaml"), Files.readString(scenario.resolve("scenario.yaml"))
                + "plan:\n  years: 2\n  evaluate: simulation\n  recruit: \"L2=+2/yr\"\n");
        Path out = temp.resolve("out");
        RunFixture.Outcome outcome = RunFixture.execute("run", scenario.toString(), "--out", out.toString(), "--quick",
                "--seed", "5");
        assertEquals(0, outcome.status(), outcome.err());
        List<String> headlines = Files.readAllLines(out.resolve("csv/run-headlines.csv"));
        assertTrue(headlines.stream().anyMatch(h -> h.startsWith("plan,") && h.contains("by the market simulation")),
                headlines.toString());
        List<String> agreement = Files.readAllLines(out.resolve("csv/plan-greedy-vs-simulation.csv"));
        assertEquals(1 + 2 * 2 * 9, agreement.size(), "2 scenarios x 2 years x 9 measures");
        assertTrue(Files.exists(out.resolve("csv/plan-simulated.csv")));
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("Simulated month by month, with every matching rule"), "the plan's answer says it");
        assertTrue(report.contains("greedy rule and market simulation"), "the chart of the two");
    }
}
