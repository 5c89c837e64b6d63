package uk.sufficiency.engine.projection.lac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/** The lac_projection section through the scenario's one settings mechanism: defaults, problems with lines, extends. */
class LacSettingsReaderTest {

    @TempDir
    Path dir;

    private Path scenario(String name, String lacSection) throws Exception {
        Path target = dir.resolve(name);
        Files.createDirectories(target);
        Path source = Path.of(getClass().getResource("/scenarios/plan-demo").toURI());
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        Files.writeString(target.resolve("scenario.yaml"), Files.readString(target.resolve("scenario.yaml"))
                + "lac_projection:\n" + lacSection);
        return target;
    }

    private static LacSettingsReader.Read read(Scenario scenario, ProblemCollector problems) {
        return LacSettingsReader.read(scenario.settings(LacSettingsReader.SECTION), problems);
    }

    @Test
    void readsSettingsFillsDefaultsAndRecordsThemAsAssumptions() throws Exception {
        Path folder = scenario("good", """
                  reference_window: 2y
                  ssda903_dir: data/903
                  entries:
                    mode: trended
                  categories:
                    - {id: in_house_foster, label: In-house}
                    - {id: agency, placement_type: ifa_foster}
                    - {id: other}
                  placement_mapping:
                    - {place: [U4, U5, U6], provider: [PR4, PR5], category: agency}
                    - {place: [U4, U5, U6], category: in_house_foster}
                  rate_edits:
                    - from_category: agency
                      to: in_house_foster
                      multiply: 1.5
                      from: 2025-04-01
                """);
        ProblemCollector problems = new ProblemCollector();
        LacSettingsReader.Read read = read(ScenarioLoader.load(folder), problems);
        assertNotNull(read, problems.problems().toString());
        LacProjectionConfig c = read.config();
        assertEquals(24, c.windowMonths());
        assertEquals(folder.resolve("data/903").toAbsolutePath().normalize(), c.ssda903Dir().toAbsolutePath().normalize());
        assertEquals("trended", c.entryMode());
        assertEquals(LocalDate.of(2025, 4, 1), c.rateEdits().get(0).from());
        assertEquals("any", c.rateEdits().get(0).ageBand());
        assertEquals(List.of(PlacementType.IN_HOUSE_FOSTER, PlacementType.IFA_FOSTER),
                c.categories().subList(0, 2).stream().map(LacProjectionConfig.PricedCategory::placementType).toList());
        assertNull(c.categories().get(2).placementType(), "other is not priced");
        assertEquals(5, read.years());
        assertEquals(1000, read.simulations());
        var years = read.assumptions().stream().filter(a -> a.parameter().equals("lac_projection.years")).findFirst()
                .orElseThrow();
        assertEquals("default", years.source());
        var window = read.assumptions().stream().filter(a -> a.parameter().equals("lac_projection.reference_window"))
                .findFirst().orElseThrow();
        assertTrue(window.source().contains("scenario.yaml:"), window.source());
    }

    @Test
    void reportsEveryProblemAtItsKeyAndLineIncludingKeysInheritedFromTheBase() throws Exception {
        Path base = scenario("base", """
                  age_bands: ["0-5", "6-18"]
                  reference_window: soon
                """);
        Path variant = dir.resolve("variant");
        Files.createDirectories(variant);
        Files.writeString(variant.resolve("scenario.yaml"), """
                name: variant
                extends: ../base
                lac_projection:
                  rate_edits:
                    - from_category: nowhere
                      to: exit
                      multiply: 2
                      add_monthly_probability: 0.1
                """);
        ProblemCollector problems = new ProblemCollector();
        assertNull(read(ScenarioLoader.load(variant), problems));
        List<String> keys = problems.problems().stream().map(Problem::column).toList();
        assertTrue(keys.containsAll(List.of("lac_projection.age_bands", "lac_projection.reference_window",
                "lac_projection.rate_edits[0].from_category", "lac_projection.rate_edits[0]")), keys.toString());
        Problem window = problems.problems().stream().filter(p -> p.column().equals("lac_projection.reference_window"))
                .findFirst().orElseThrow();
        assertEquals(base.resolve("scenario.yaml").toAbsolutePath().normalize(), window.file().toAbsolutePath().normalize());
        assertTrue(window.line() > 0, window.describe());
        Problem edit = problems.problems().stream().filter(p -> p.column().equals("lac_projection.rate_edits[0].from_category"))
                .findFirst().orElseThrow();
        assertEquals(5, edit.line(), edit.describe());
    }

    @Test
    void anUnknownKeyIsNamedWithTheKnownKeys() throws Exception {
        Path folder = scenario("typo", "  refrence_window: 12m\n  weekly_cost_gbp: 3\n");
        ProblemCollector problems = new ProblemCollector();
        assertNull(read(ScenarioLoader.load(folder), problems));
        assertEquals(2, problems.problems().size(), problems.problems().toString());
        assertTrue(problems.problems().get(0).rule().contains("refrence_window"), problems.problems().get(0).describe());
        assertTrue(problems.problems().get(0).rule().contains("reference_window"), "lists the known keys");
    }

    @Test
    void aCategoryWithoutAKnownPriceNeedsAPlacementType() throws IOException, Exception {
        Path folder = scenario("unpriced", "  categories: [{id: kinship}, {id: other}]\n  default_category: other\n"
                + "  placement_mapping: [{place: [U1], category: kinship}]\n  aggregate_moves: gross\n");
        ProblemCollector problems = new ProblemCollector();
        assertNull(read(ScenarioLoader.load(folder), problems));
        List<String> keys = problems.problems().stream().map(Problem::column).toList();
        assertEquals(List.of("lac_projection.categories[0].placement_type", "lac_projection.aggregate_moves"), keys);
    }
}
