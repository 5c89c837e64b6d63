package uk.sufficiency.cli.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.cli.SufficiencyCommand;
import uk.sufficiency.engine.market.RegionMarketTables;
import uk.sufficiency.engine.region.EastMidlandsRegion;
import uk.sufficiency.engine.synthetic.ScenarioGenerator;
import uk.sufficiency.model.region.RegionLoader;
import uk.sufficiency.model.scenario.ScenarioWriter;

class RegionSimulateTest {

    private static final Path BUILT_IN = Path.of("..", "scenarios", "east-midlands-region");
    private static final String POOLING = """
            pooling:
              shared_types: [in_house_foster, parent_and_child, residential_in_house]
              max_distance_km: 80
              charge: {uplift_percent: 10}
            """;

    @TempDir
    Path dir;

    @Test
    void simulateOnARegionAnswersFirstAndRunWritesTheSameTables() throws IOException {
        Path region = smallRegion(POOLING + "simulation: {months: 4, simulations: 3}\n", true);
        Path simulated = dir.resolve("simulated");
        Path ran = dir.resolve("ran");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "simulate", region.toString(), "--seed", "3", "--out", simulated.toString()),
                err.toString());
        assertTrue(out.toString().startsWith("Over 4 months pooling keeps"), out.toString());
        String report = Files.readString(simulated.resolve("report.html"));
        assertTrue(report.contains("Over 4 months pooling keeps"));
        assertTrue(report.contains("<td>Leicester City</td>"), "the report's tables show the name, as its charts do");
        List<String> summary = Files.readAllLines(simulated.resolve("csv").resolve(RegionMarketTables.SUMMARY + ".csv"));
        assertTrue(summary.get(0).startsWith("council,council_name,measure,unit,arm,mean,median,lower_80"),
                summary.get(0));
        for (String row : List.of("region,Small region,placed_in_house_mean_of_months,children,pooled_less_alone,",
                "derby,derby,waiting_at_end,children,alone,", "leicester,Leicester City,cost_of_period,gbp,pooled,",
                "region,Small region,charges_of_period,gbp,pooled,")) {
            assertTrue(summary.stream().anyMatch(l -> l.startsWith(row)), row);
        }
        assertEquals(0, run(new StringWriter(), err, "run", region.toString(), "--seed", "3", "--out", ran.toString()),
                err.toString());
        for (String table : List.of(RegionMarketTables.SUMMARY, RegionMarketTables.MONTHS)) {
            assertEquals(Files.readString(simulated.resolve("csv").resolve(table + ".csv")),
                    Files.readString(ran.resolve("csv").resolve(table + ".csv")), table);
        }
        assertTrue(Files.readString(ran.resolve("report.html")).contains("Over 4 months pooling keeps"));
    }

    @Test
    void simulateOverridesTheRegionsMonthsAndSimulations() throws IOException {
        Path region = smallRegion(POOLING, true);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "simulate", region.toString(), "--months", "2", "--simulations", "2", "--out",
                dir.resolve("o").toString()), err.toString());
        assertTrue(out.toString().contains("2 simulations of 2 months across 2 councils"), out.toString());
    }

    @Test
    void aBrokenRegionSimulationIsExitStatusTwoNamingFileLineAndRuleAndWritesNothing() throws IOException {
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        Path region = smallRegion(POOLING + "simulation:\n  months: 0\n  external_offers_per_month: 3\n", true);
        assertEquals(2, run(new StringWriter(), err, "simulate", region.toString(), "--out", out.toString()));
        assertTrue(err.toString().contains("region.yaml:13: column simulation.months, value '0'"), err.toString());
        assertTrue(err.toString().contains("region.yaml:14: column simulation.external_offers_per_month"),
                err.toString());
        assertFalse(Files.exists(out));

        StringWriter noLac = new StringWriter();
        Path without = smallRegion(POOLING, false);
        assertEquals(2, run(new StringWriter(), noLac, "simulate", without.toString(), "--out", out.toString()));
        assertTrue(noLac.toString().contains("derby" + java.io.File.separator + "scenario.yaml"), noLac.toString());
        assertTrue(noLac.toString().contains("needs a lac_projection section"), noLac.toString());
        assertFalse(Files.exists(out));
    }

    /**
     * Two councils of 60 children (Derby's and Leicester's towns), each with Derby's looked-after
     * history when {@code withLac}, and region.yaml with this pooling section.
     */
    private Path smallRegion(String sections, boolean withLac) throws IOException {
        Path region = dir.resolve(withLac ? "region" : "region-without-lac");
        StringBuilder yaml = new StringBuilder("name: Small region\nmembers:\n");
        for (int i = 0; i < 2; i++) {
            EastMidlandsRegion.Council council = EastMidlandsRegion.COUNCILS.get(i);
            Path member = region.resolve(council.id());
            ScenarioWriter.write(ScenarioGenerator.generate(EastMidlandsRegion.profile(council), 60, 40 + i), member,
                    List.of());
            if (withLac) {
                Files.copy(BUILT_IN.resolve("derby").resolve("lac-aggregates.csv"), member.resolve("lac-aggregates.csv"));
                Files.writeString(member.resolve("scenario.yaml"), Files.readString(member.resolve("scenario.yaml"))
                        + "\nlac_projection:\n  aggregates_file: lac-aggregates.csv\n");
            }
            yaml.append("  - id: ").append(council.id()).append("\n    scenario: ").append(council.id()).append('\n');
            if (i == 1) {
                yaml.append("    name: Leicester City\n"); // the first member has none: shown by its id
            }
        }
        Files.writeString(region.resolve(RegionLoader.FILE_NAME), yaml + sections);
        return region;
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        var commandLine = SufficiencyCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }
}
