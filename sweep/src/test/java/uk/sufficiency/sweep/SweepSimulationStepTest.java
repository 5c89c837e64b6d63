package uk.sufficiency.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The market simulation as a sweep step, through the launcher in embedded local mode: one small
 * council x 2 scenarios x 4 simulations in blocks of 2 over one year; its rows go to results.csv and
 * results.parquet beside the other steps', with the shared interval columns.
 */
class SweepSimulationStepTest {

    /** One row per scenario and year for each of these: 7 categories placed + 5 at the year end + 3. */
    static final int SIMULATION_MEASURES = 15;

    @TempDir
    Path dir;

    @Test
    void theSimulationsRowsAreWrittenToCsvAndParquet() throws Exception {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, """
                seed: 7
                years: 1
                simulations: 4
                block_size: 2
                capabilities: [lac, plan, simulation]
                councils: [Hartlepool]
                settings:
                  plan.supply.recruit_cap_per_year: 400
                scenarios:
                  - name: baseline
                  - name: recruit-l1-40
                    settings:
                      plan.recruit: "L1=+40/yr"
                """);
        Path out = dir.resolve("out");
        Launcher.Outcome run = Launcher.run(spec.toString(), "--data", SharedData.folder().toString(), "--out",
                out.toString(), "--master", "local[2]");
        assertEquals(0, run.status(), run.err());

        List<String> csv = Files.readAllLines(out.resolve("results.csv"));
        assertEquals("council_code,council,scenario,year,measure,unit,simulations,mean,median,lower_80,upper_80,"
                + "lower_95,upper_95", csv.get(0));
        List<String[]> simulation = csv.stream().skip(1).map(r -> r.split(","))
                .filter(r -> r[4].startsWith("simulation_")).toList();
        assertEquals(2 * SIMULATION_MEASURES, simulation.size());
        assertTrue(simulation.stream().allMatch(r -> r[3].equals("2020") && r[6].equals("4")),
                "one year (to March 2020), the 4 simulations of both blocks pooled");
        Map<String, String[]> byKey = simulation.stream().collect(Collectors.toMap(r -> r[2] + "/" + r[4],
                Function.identity()));
        assertTrue(Double.parseDouble(byKey.get("baseline/simulation_cost_gbp")[7]) > 0);
        assertTrue(Double.parseDouble(byKey.get("baseline/simulation_in_care")[7]) > 50, "Hartlepool's children");
        assertTrue(Double.parseDouble(byKey.get("recruit-l1-40/simulation_in_house_households")[7])
                > Double.parseDouble(byKey.get("baseline/simulation_in_house_households")[7]),
                "40 more households a year: more in-house households by the year's end");
        try (var files = Files.list(out.resolve("results.parquet"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet")));
        }
    }
}
