package uk.sufficiency.engine.projection.lac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

class LacConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void bindsYamlResolvesPathsAndFillsDefaults() throws IOException {
        Path yaml = dir.resolve("lac-projection.yaml");
        Files.writeString(yaml, """
                reference_window: 2y
                inflation_per_year: 0.03
                ssda903_dir: data/903
                entries:
                  mode: trended
                rate_edits:
                  - from_category: ifa_foster
                    to: in_house_foster
                    multiply: 1.5
                    from: 2025-04-01
                duration_caps:
                  - category: residential_external
                    max_months: 24
                    move_to: in_house_foster
                    probability: 0.5
                """);
        LacProjectionConfig c = LacConfigLoader.load(yaml);
        assertEquals(24, LacConfigLoader.windowMonths(c.referenceWindow()));
        assertEquals(dir.resolve("data/903").toString(), c.ssda903Dir());
        assertEquals("trended", c.entries().mode());
        assertEquals(LocalDate.of(2025, 4, 1), c.rateEdits().get(0).from());
        assertEquals("any", c.rateEdits().get(0).ageBand());
        assertEquals(7, c.categories().size());
        assertEquals(5, AgeBands.parse(c.ageBands()).size());
    }

    @Test
    void reportsEveryProblemWithItsKey() throws IOException {
        Path yaml = dir.resolve("bad.yaml");
        Files.writeString(yaml, """
                age_bands: ["0-5", "6-18"]
                reference_window: soon
                rate_edits:
                  - from_category: nowhere
                    to: exit
                    multiply: 2
                    add_monthly_probability: 0.1
                """);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LacConfigLoader.load(yaml));
        List<String> keys = e.problems().stream().map(Problem::column).toList();
        assertTrue(keys.containsAll(List.of("age_bands", "reference_window", "rate_edits[0].from_category", "rate_edits[0]")),
                keys.toString());
    }

    @Test
    void anUnknownKeyIsNamed() throws IOException {
        Path yaml = dir.resolve("typo.yaml");
        Files.writeString(yaml, "refrence_window: 12m\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LacConfigLoader.load(yaml));
        assertTrue(e.problems().get(0).rule().contains("refrence_window"), e.problems().get(0).describe());
    }

    @Test
    void aggregateSettingsResolveTheFileAndCheckTheMovesRule() throws IOException {
        Path good = dir.resolve("agg.yaml");
        Files.writeString(good, "aggregates_file: figures/lac-aggregates.csv\n");
        LacProjectionConfig c = LacConfigLoader.load(good);
        assertEquals(dir.resolve("figures/lac-aggregates.csv").toString(), c.aggregatesFile());
        assertEquals("net", c.aggregateMoves());
        Path bad = dir.resolve("bad-moves.yaml");
        Files.writeString(bad, "aggregate_moves: gross\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LacConfigLoader.load(bad));
        assertEquals("aggregate_moves", e.problems().get(0).column());
        assertEquals("gross", e.problems().get(0).value());
    }
}
