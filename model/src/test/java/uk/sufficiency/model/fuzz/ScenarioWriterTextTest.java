package uk.sufficiency.model.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.scenario.ScenarioWriter;

/**
 * Regressions found by {@link ScenarioRoundTripPropertyTest}: a scenario name or description that
 * YAML would read as another type (the name "1.50" came back as the number 1.5, so the written
 * scenario failed with "name is required") is written quoted and read back as the same text.
 */
class ScenarioWriterTextTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"1.50", "2015", "007", "-3", "1e3", "0x1F", ".5", "yes", "No", "null", "~", "true",
        "2015-03-31", "*star", "&anchor", "#hash", "- dash", "key: value", "'quoted'"})
    void textThatLooksLikeAnotherYamlTypeRoundTrips(String text) {
        Scenario base = ScenarioArbitraries.scenario(1);
        Scenario written = new Scenario(text, text, base.asOfDate(), null, List.of(), base.children(),
                base.placements(), base.fees(), base.weights(), List.of(), base.series(), null, List.of());
        ScenarioWriter.write(written, folder, List.of());
        Scenario read = ScenarioLoader.load(folder);
        assertEquals(text, read.name());
        assertEquals(text, read.description());
    }
}
