package uk.sufficiency.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sufficiency run --quick} on the Leicestershire 2015 scenario, whose plan section sets a recruitment plan. */
class PlanStepTest {

    @TempDir
    Path temp;

    @Test
    void runOnLeicestershireHasAPlanSectionWithTablesAndNoFailedStep() throws IOException {
        Path out = temp.resolve("out");
        RunFixture.Outcome outcome = RunFixture.execute("run", leicestershire().toString(), "--out", out.toString(),
                "--quick");
        assertEquals(0, outcome.status(), outcome.err());

        String html = Files.readString(out.resolve("report.html"));
        assertFalse(html.contains("role=\"alert\""), "no step failed");
        assertTrue(html.indexOf("<section id=\"plan\"") > 0, "plan section");
        for (String key : List.of("gap-last-year", "in-house-share-last-year", "external-cost-last-year",
                "gap-closed-last-year", "payback-probability")) {
            assertTrue(html.contains("data-key=\"plan/" + key + "\""), "headline " + key);
        }

        JsonNode record = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        for (JsonNode step : record.path("steps")) {
            assertFalse(step.path("status").asText().equals("failed"), step.toString());
        }
        List<String> planTables = new ArrayList<>();
        for (JsonNode table : record.path("tables")) {
            String name = table.path("name").asText();
            if (name.startsWith("plan-")) {
                planTables.add(name);
                assertTrue(table.path("rows").asInt() > 0, name + " has rows");
                assertTrue(html.contains("data-table=\"" + name + "\""), name + " in the report");
            }
        }
        // the scenario's plan recruits on top of the baseline, so the comparison table is there too
        assertEquals(List.of("plan-gap", "plan-in-house-share", "plan-cost", "plan-now", "plan-recruitment",
                "plan-effect", "plan-supply", "plan-by-year", "plan-inputs", "plan-sensitivity"), planTables);
        // 5 years x (6 levels + all)
        assertEquals(35, rowsOf(record, "plan-gap"));
        List<String> inputs = Files.readAllLines(out.resolve("csv/plan-inputs.csv"));
        assertTrue(inputs.stream().anyMatch(l -> l.startsWith("plan.simulations.used,200,")), "quick run: 200 simulations");
        // the matching step ran first, so today's occupancy is its proposal
        assertTrue(inputs.stream().anyMatch(l -> l.contains("current_supply_source") && l.contains("matching proposal")),
                inputs.toString());
    }

    private static int rowsOf(JsonNode record, String name) {
        for (JsonNode table : record.path("tables")) {
            if (table.path("name").asText().equals(name)) {
                return table.path("rows").asInt();
            }
        }
        return -1;
    }

    private static Path leicestershire() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path scenario = dir.resolve("scenarios/leicestershire-2015");
            if (Files.isRegularFile(scenario.resolve("scenario.yaml"))) {
                return scenario;
            }
        }
        throw new IllegalStateException("scenarios/leicestershire-2015 not found above " + System.getProperty("user.dir"));
    }
}
