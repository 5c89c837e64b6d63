package uk.sufficiency.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.cli.SufficiencyCommand;
import uk.sufficiency.engine.market.MarketTables;

/**
 * {@code simulate} and {@code run}'s simulation step call the one MarketCapability with the one seed
 * rule: for the same scenario and seed every simulation table is identical, and the run's folder
 * holds them for {@code compare}.
 */
class SimulateCommandAndRunAgreeTest {

    @TempDir
    Path temp;

    @Test
    void simulateAndRunsSimulationStepGiveIdenticalTables() throws Exception {
        Path base = PlanCommandAndRunAgreeTest.repositoryScenario("leicestershire-2015");
        try (var files = Files.walk(base)) {
            for (Path file : files.toList()) {
                Path copy = temp.resolve("base").resolve(base.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        Path scenario = temp.resolve("short");
        Files.createDirectories(scenario);
        Files.writeString(scenario.resolve("scenario.yaml"), "name: Leicestershire 2015, a short simulation\n"
                + "extends: ../base\nsimulation:\n  months: 4\n  simulations: 6\n");
        Path runOut = temp.resolve("run");
        RunFixture.Outcome run = RunFixture.execute(List.of(new ScenarioStep(), new SimulationStep()),
                "run", scenario.toString(), "--out", runOut.toString(), "--seed", "9");
        assertEquals(0, run.status(), run.err());
        Path simOut = temp.resolve("simulate");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = SufficiencyCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertEquals(0, cli.execute("simulate", scenario.toString(), "--seed", "9", "--out", simOut.toString()),
                err.toString());
        assertTrue(out.toString().contains("6 simulations of 4 months"), out.toString());
        for (String table : List.of(MarketTables.PLACEMENTS, MarketTables.FLOWS, MarketTables.COST,
                MarketTables.COST_BY_YEAR, MarketTables.SKILL_LEVELS)) {
            String fromRun = Files.readString(runOut.resolve("csv/" + table + ".csv"));
            assertEquals(fromRun, Files.readString(simOut.resolve("csv/" + table + ".csv")), table);
            assertFalse(fromRun.isBlank());
        }
        assertTrue(Files.readString(runOut.resolve("report.html")).contains("Placement market simulated month by month"));
        assertTrue(Files.exists(simOut.resolve("report.html")) && Files.exists(simOut.resolve("results.xlsx")));
    }

    @Test
    void aBadMonthsOptionExitsTwoAndWritesNothing() {
        Path out = temp.resolve("bad");
        StringWriter err = new StringWriter();
        var cli = SufficiencyCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute("simulate", PlanCommandAndRunAgreeTest.repositoryScenario("leicestershire-2015")
                .toString(), "--months", "0", "--out", out.toString());
        assertEquals(2, status);
        assertTrue(err.toString().contains("--months"), err.toString());
        assertFalse(Files.exists(out));
    }
}
