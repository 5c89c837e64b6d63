package uk.sufficiency.cli.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.cli.run.RunFixture;

/**
 * Issue 17: {@code run} shows the market simulation's section and {@code compare} compares two runs'
 * simulations: its headlines matched across the runs with each run's 80% range, and its tables.
 */
class CompareSimulationTest {

    @TempDir
    Path temp;

    private Path run(String scenario) throws Exception {
        Path out = temp.resolve(scenario);
        RunFixture.Outcome outcome = RunFixture.execute("run", RunFixture.testScenario(scenario).toString(),
                "--out", out.toString(), "--quick", "--seed", "3");
        assertEquals(0, outcome.status(), outcome.err());
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("<section id=\"simulation\""), "run shows the simulation's section");
        assertTrue(report.contains("Placement market simulated month by month"));
        assertTrue(Files.exists(out.resolve("csv/simulation-placements.csv")));
        return out;
    }

    @Test
    void comparesTwoRunsSimulations() throws Exception {
        Path a = run("tiny");
        Path b = run("tiny-plus");
        Path out = temp.resolve("compare");
        RunFixture.Outcome outcome = RunFixture.execute("compare", a.toString(), b.toString(), "--out", out.toString());
        assertEquals(0, outcome.status(), outcome.err());

        List<String> headlines = Files.readAllLines(out.resolve("csv/compare-headlines.csv"));
        List<String[]> simulation = headlines.stream().map(h -> h.split(",", -1))
                .filter(h -> h[0].equals("simulation")).toList();
        assertEquals(4, simulation.size(), headlines.toString());
        String[] waiting = simulation.stream().filter(h -> h[1].startsWith("Children waiting at")).findFirst()
                .orElseThrow();
        // step,label,unit,value_a,value_b,change,change_pct,lower_80_a,upper_80_a,lower_80_b,upper_80_b
        assertTrue(!waiting[3].isEmpty() && !waiting[4].isEmpty(), "both runs' figures: " + String.join(",", waiting));
        assertTrue(!waiting[7].isEmpty() && !waiting[10].isEmpty(), "both runs' 80% ranges: " + String.join(",", waiting));
        assertTrue(Double.parseDouble(waiting[7]) <= Double.parseDouble(waiting[3])
                && Double.parseDouble(waiting[3]) <= Double.parseDouble(waiting[8]));

        List<String> placements = Files.readAllLines(out.resolve("csv/compare-simulation-placements.csv"));
        assertTrue(placements.get(0).startsWith("month_end,placement,mean_children_a,mean_children_b"),
                placements.get(0));
        // two more in-house carers in B: 36 months x 9 rows, every row in both runs
        assertEquals(1 + 36 * 9, placements.size());
        assertTrue(placements.stream().skip(1).allMatch(r -> r.endsWith(",both")), placements.get(1));
        assertTrue(Files.readString(out.resolve("compare.html")).contains("Placement market simulated month by month"));
    }
}
