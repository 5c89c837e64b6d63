package uk.sufficiency.engine.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterTry;
import uk.sufficiency.engine.synthetic.GenerationProfile;
import uk.sufficiency.engine.synthetic.ScenarioGenerator;
import uk.sufficiency.model.fuzz.FuzzInputs;
import uk.sufficiency.model.fuzz.ScenarioRoundTripPropertyTest;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.scenario.ScenarioWriter;

/**
 * Any scenario the synthetic generator makes (either profile, any seed, 50-300 children) is
 * written by {@link ScenarioWriter} and loads back through {@link ScenarioLoader} unchanged.
 */
class GeneratedScenarioRoundTripPropertyTest {

    private Path folder;

    @Property(tries = 12)
    void generatedScenariosRoundTrip(@ForAll long seed, @ForAll @IntRange(min = 50, max = 300) int children,
            @ForAll boolean leicestershire) throws IOException {
        GenerationProfile profile = leicestershire ? GenerationProfile.leicestershire2015() : GenerationProfile.england();
        Scenario written = ScenarioGenerator.generate(profile, children, seed);
        folder = Files.createTempDirectory("generated");
        ScenarioWriter.write(written, folder, List.of("seed " + seed));
        for (var series : written.series().values()) {
            Path file = folder.resolve(series.file());
            Files.createDirectories(file.getParent());
            Files.writeString(file, "date,value\n2019-01-31,1\n2020-01-31,2\n2021-01-31,3\n");
        }
        ScenarioRoundTripPropertyTest.assertSameScenario(written, ScenarioLoader.load(folder));
    }

    @AfterTry
    void removeFolder() throws IOException {
        if (folder != null) {
            FuzzInputs.clear(folder);
            Files.deleteIfExists(folder);
        }
    }
}
