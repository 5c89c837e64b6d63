package uk.sufficiency.model.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

class RegionLoaderTest {

    private static final String POOLING = """
            pooling:
              shared_types: [in_house_foster, residential_in_house]
              max_distance_km: 40
              charge: {uplift_percent: 10, flat_weekly_gbp: 25}
            """;

    @TempDir
    Path dir;

    @Test
    void readsMembersAndPoolingAndGivesEveryIdItsCouncilsPrefix() throws IOException {
        Region region = RegionLoader.load(region("""
                name: Two tiny councils
                members:
                  - {id: north, name: North Shire, scenario: north}
                  - {id: south, scenario: south}
                """ + POOLING));
        assertEquals(List.of("north", "south"), region.members().stream().map(RegionMember::id).toList());
        assertEquals(List.of("North Shire", "south"), region.members().stream().map(RegionMember::name).toList(),
                "the name reports show, the id when none is given");
        PoolingRules pooling = region.pooling();
        assertTrue(pooling.shares(PlacementType.IN_HOUSE_FOSTER));
        assertFalse(pooling.shares(PlacementType.IFA_FOSTER));
        assertEquals(40.0, pooling.maxDistanceKm());
        assertEquals(100 * 1.1 + 25, pooling.chargedWeeklyGbp(100), 1e-9);
        Scenario pooled = region.pooled();
        int each = region.members().get(0).scenario().children().size();
        assertEquals(2 * each, pooled.children().size());
        Child first = pooled.children().get(0);
        assertTrue(first.childId().startsWith("north/"), first.childId());
        assertTrue(first.currentPlacementId() == null || first.currentPlacementId().startsWith("north/"));
        assertEquals(each, region.alone(region.members().get(1)).children().size());
        assertTrue(region.inputFiles().size() > 2, "region.yaml and the members' files");
    }

    @Test
    void anUnknownKeyAndABadTypeAreErrorsNamingLineAndKey() throws IOException {
        List<Problem> problems = problems("""
                name: R
                members:
                  - {id: north, scenario: north}
                  - {id: south, scenario: south}
                pooling:
                  shared_types: [in_house_foster, castle, connected, in_house_foster]
                  max_distance_km: 5000
                  colour: red
                """);
        assertTrue(has(problems, 8, "pooling.colour", "unknown key 'colour'"), problems.toString());
        problems = problems("""
                name: R
                members:
                  - {id: north, scenario: north}
                  - {id: south, scenario: south}
                pooling:
                  shared_types: [in_house_foster, castle, connected, in_house_foster]
                  max_distance_km: 5000
                """);
        assertTrue(has(problems, 6, "pooling.shared_types[1]", "not a placement type"), problems.toString());
        assertTrue(has(problems, 6, "pooling.shared_types[2]", "cannot be shared"), problems.toString());
        assertTrue(has(problems, 6, "pooling.shared_types[3]", "listed twice"), problems.toString());
        assertTrue(has(problems, 7, "pooling.max_distance_km", "from 0.001 to 1000"), problems.toString());
    }

    @Test
    void membersMustBeUniqueInsideTheRegionAndAtLeastTwo() throws IOException {
        List<Problem> problems = problems("""
                name: R
                members:
                  - {id: north, scenario: north}
                  - {id: north, scenario: south}
                  - {id: Bad Id, scenario: south}
                  - {id: east, scenario: ../elsewhere}
                  - {id: west, name: "West\\nShire", scenario: south}
                """ + POOLING);
        assertTrue(has(problems, 7, "members[4].name", "one line"), problems.toString());
        assertTrue(has(problems, 4, "members[1].id", "unique"), problems.toString());
        assertTrue(has(problems, 5, "members[2].id", "lower-case"), problems.toString());
        assertTrue(has(problems, 6, "members[3].scenario", "inside the region's folder"), problems.toString());
        problems = problems("name: R\nmembers:\n  - {id: north, scenario: north}\n" + POOLING);
        assertTrue(has(problems, 2, "members", "2 to 50"), problems.toString());
    }

    @Test
    void aMembersOwnProblemsNameItsOwnFile() throws IOException {
        Path file = region("name: R\nmembers:\n  - {id: north, scenario: north}\n  - {id: south, scenario: south}\n"
                + POOLING);
        Path placements = dir.resolve("south").resolve("placements.csv");
        List<String> lines = Files.readAllLines(placements);
        lines.set(1, lines.get(1).replaceFirst("^[^,]*,[^,]*", lines.get(1).split(",")[0] + ",castle"));
        Files.write(placements, lines);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RegionLoader.load(file));
        assertTrue(e.problems().stream().anyMatch(p -> p.isError() && placements.equals(p.file())), e.problems().toString());
    }

    @Test
    void aFolderIsEitherARegionOrAScenario() throws IOException {
        Path file = region("name: R\nmembers:\n  - {id: north, scenario: north}\n  - {id: south, scenario: south}\n"
                + POOLING);
        Files.copy(dir.resolve("north").resolve("scenario.yaml"), dir.resolve("scenario.yaml"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RegionLoader.load(file));
        assertTrue(e.problems().get(0).rule().contains("not both"), e.problems().toString());
    }

    @Test
    void aScenarioCommandOnARegionSaysItIsARegion() throws IOException {
        Path folder = region("name: R\nmembers:\n  - {id: north, scenario: north}\n  - {id: south, scenario: south}\n"
                + POOLING);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> uk.sufficiency.model.scenario.ScenarioLoader.load(folder));
        assertTrue(e.problems().get(0).rule().startsWith("this folder is a region"), e.problems().toString());
    }

    private List<Problem> problems(String yaml) throws IOException {
        Path folder = region(yaml);
        return assertThrows(InvalidInputException.class, () -> RegionLoader.load(folder)).problems();
    }

    private static boolean has(List<Problem> problems, int line, String column, String rule) {
        return problems.stream().anyMatch(p -> p.isError() && p.line() == line && column.equals(p.column())
                && p.rule().contains(rule) && p.file().getFileName().toString().equals(RegionLoader.FILE_NAME));
    }

    /** A region folder with two copies of the tiny test scenario, north and south, and this region.yaml. */
    private Path region(String yaml) throws IOException {
        for (String member : List.of("north", "south")) {
            Path target = dir.resolve(member);
            if (Files.isDirectory(target)) {
                continue;
            }
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(tiny())) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
        }
        Files.writeString(dir.resolve(RegionLoader.FILE_NAME), yaml);
        return dir;
    }

    private static Path tiny() {
        try {
            return Path.of(RegionLoaderTest.class.getResource("/scenarios/tiny/scenario.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
