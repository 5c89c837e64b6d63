package uk.sufficiency.model.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterTry;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.scenario.ScenarioWriter;

/**
 * Any valid scenario written by {@link ScenarioWriter} loads back through {@link ScenarioLoader}
 * unchanged: every child and placement field, the name, description, date, fees and weights.
 * Names and cells include texts that YAML or CSV would misread if written carelessly.
 */
public class ScenarioRoundTripPropertyTest {

    private Path folder;

    @Property(tries = 150)
    void anyValidScenarioRoundTrips(@ForAll("scenarios") Scenario written) throws IOException {
        folder = Files.createTempDirectory("round-trip");
        ScenarioWriter.write(written, folder, List.of("round trip"));
        assertSameScenario(written, ScenarioLoader.load(folder));
    }

    @Property(tries = 100)
    void anyNameAndDescriptionRoundTrip(@ForAll("texts") String name, @ForAll("texts") String description)
            throws IOException {
        Scenario base = ScenarioArbitraries.scenario(name.hashCode());
        Scenario written = new Scenario(name, description, base.asOfDate(), null, List.of(), base.children(),
                base.placements(), base.fees(), base.weights(), List.of(), base.series(), null, List.of());
        folder = Files.createTempDirectory("round-trip");
        ScenarioWriter.write(written, folder, List.of());
        assertSameScenario(written, ScenarioLoader.load(folder));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Scenario> scenarios() {
        return ScenarioArbitraries.scenarios();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> texts() {
        return ScenarioArbitraries.text();
    }

    @AfterTry
    void removeFolder() throws IOException {
        TempFolders.delete(folder);
    }

    public static void assertSameScenario(Scenario written, Scenario read) {
        assertEquals(written.children(), read.children());
        assertEquals(written.placements(), read.placements());
        assertEquals(written.name(), read.name());
        assertEquals(written.description(), read.description());
        assertEquals(written.asOfDate(), read.asOfDate());
        assertEquals(written.fees(), read.fees());
        assertEquals(written.weights(), read.weights());
        assertEquals(written.targets(), read.targets());
    }
}
