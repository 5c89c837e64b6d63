package uk.sufficiency.cli.region;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import uk.sufficiency.engine.region.EastMidlandsRegion;
import uk.sufficiency.engine.synthetic.ScenarioGenerator;
import uk.sufficiency.model.region.RegionLoader;
import uk.sufficiency.model.scenario.ScenarioWriter;

class RegionCommandsTest {

    private static final Path BUILT_IN = Path.of("..", "scenarios", "east-midlands-region");

    @TempDir
    Path dir;

    @Test
    void runOnARegionAnswersFirstAndWritesTheComparison() throws IOException {
        Path region = smallRegion("""
                pooling:
                  shared_types: [in_house_foster, parent_and_child, residential_in_house]
                  max_distance_km: 80
                  charge: {uplift_percent: 10}
                """);
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "run", region.toString(), "--quick", "--out", out.toString()), err.toString());
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("Pooling places"), "the answer first");
        List<String> councils = Files.readAllLines(out.resolve("csv").resolve("region-councils.csv"));
        assertTrue(councils.get(0).startsWith("council,council_name,arrangement,waiting_children,waiting_placed,"
                + "placed_in_house"), councils.get(0));
        assertTrue(councils.stream().anyMatch(l -> l.startsWith("region,Small region,pooled,")), councils.toString());
        assertTrue(councils.stream().anyMatch(l -> l.startsWith("leicester,Leicester City,alone,")),
                councils.toString());
        assertTrue(councils.stream().anyMatch(l -> l.startsWith("derby,derby,pooled less alone,")),
                "a member region.yaml names not is shown by its id: " + councils);
        assertTrue(report.contains("<td>Leicester City</td>"), "the report's tables show the name, as its charts do");
        List<String> placed = Files.readAllLines(out.resolve("csv").resolve("region-placements.csv"));
        assertTrue(placed.get(0).startsWith("child_id,council,council_name,placement_id,host_council,"
                + "host_council_name,placement_type,"), placed.get(0));
        assertTrue(placed.stream().anyMatch(l -> l.startsWith("leicester/") && l.contains(",leicester,Leicester City,")),
                placed.toString());
        assertTrue(Files.readString(out.resolve("run.json")).contains("region.yaml"), "region.yaml is an input");
    }

    @Test
    void matchAndRunOnARegionWriteTheSameComparison() throws IOException {
        Path region = smallRegion("pooling:\n  shared_types: [in_house_foster]\n  max_distance_km: 80\n");
        Path ran = dir.resolve("ran");
        Path matched = dir.resolve("matched");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "run", region.toString(), "--quick", "--seed", "3", "--out", ran.toString()), err.toString());
        assertEquals(0, run(err, "match", region.toString(), "--quick", "--seed", "3", "--out", matched.toString()),
                err.toString());
        for (String table : List.of("region-councils.csv", "region-placements.csv", "region-unplaced.csv",
                "region-rules.csv")) {
            assertEquals(Files.readString(ran.resolve("csv").resolve(table)), Files.readString(matched.resolve(table)),
                    table);
        }
    }

    @Test
    void aBrokenRegionIsExitStatusTwoNamingLineAndKeyAndWritesNothing() throws IOException {
        Path region = smallRegion("""
                pooling:
                  shared_types: [in_house_foster]
                  charge: {uplift_percent: -5}
                """);
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "run", region.toString(), "--out", out.toString()));
        assertTrue(err.toString().contains("region.yaml:10: column pooling.charge.uplift_percent, value '-5.0'"),
                err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void theBuiltInRegionIsWhatGenerateRegionWritesWithItsSeed() throws IOException {
        Path out = dir.resolve("em");
        assertEquals(0, run(new StringWriter(), "generate-region", "--seed", "2019", "--out", out.toString()));
        for (EastMidlandsRegion.Council council : EastMidlandsRegion.COUNCILS) {
            for (String file : List.of(ScenarioWriter.CHILDREN_FILE, ScenarioWriter.PLACEMENTS_FILE)) {
                assertArrayEquals(Files.readAllBytes(BUILT_IN.resolve(council.id()).resolve(file)),
                        Files.readAllBytes(out.resolve(council.id()).resolve(file)), council.id() + "/" + file);
            }
        }
        assertEquals(Files.readString(BUILT_IN.resolve(RegionLoader.FILE_NAME)).replace("scenarios/east-midlands-region",
                "X"), Files.readString(out.resolve(RegionLoader.FILE_NAME)).replace(out.toString(), "X"));
        assertTrue(Files.readString(BUILT_IN.resolve("README.md"))
                .contains("sufficiency generate-region --seed 2019 --out scenarios/east-midlands-region"));
    }

    /** Two councils of 60 children (Derby's and Leicester's towns) and region.yaml with this pooling section. */
    @Test
    void explainOnARegionExplainsTheChildInThePooledMatching() throws IOException {
        Path region = smallRegion("pooling:\n  shared_types: [in_house_foster]\n  max_distance_km: 80\n");
        String child = EastMidlandsRegion.COUNCILS.get(1).id() + "/C0001";
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, "explain", region.toString(), "--child", child, "--steps", "50"), err.toString());
        String[] lines = out.toString().split("\n");
        assertEquals("In Small region's pooled matching (every council's placements, shared under the region's rules):",
                lines[0]);
        assertTrue(lines[1].startsWith(child + " is "), lines[1]);
        assertTrue(err.toString().contains("pooled: "), "the pooled problem is solved: " + err);

        // an id without its council's is refused, naming the ids it may mean
        StringWriter refused = new StringWriter();
        assertEquals(2, run(new StringWriter(), refused, "explain", region.toString(), "--child", "C0001"));
        assertTrue(refused.toString().contains("did you mean " + EastMidlandsRegion.COUNCILS.get(0).id() + "/C0001 or "
                + child + "?"), refused.toString());
    }

    private Path smallRegion(String pooling) throws IOException {
        Path region = dir.resolve("region");
        StringBuilder yaml = new StringBuilder("name: Small region\nmembers:\n");
        for (int i = 0; i < 2; i++) {
            EastMidlandsRegion.Council council = EastMidlandsRegion.COUNCILS.get(i);
            ScenarioWriter.write(ScenarioGenerator.generate(EastMidlandsRegion.profile(council), 60, 40 + i),
                    region.resolve(council.id()), List.of());
            yaml.append("  - id: ").append(council.id()).append("\n    scenario: ").append(council.id()).append('\n');
            if (i == 1) {
                yaml.append("    name: Leicester City\n"); // the first member has none: shown by its id
            }
        }
        Files.writeString(region.resolve(RegionLoader.FILE_NAME), yaml + pooling);
        return region;
    }

    private static int run(StringWriter err, String... args) {
        return run(new StringWriter(), err, args);
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        var commandLine = SufficiencyCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }
}
