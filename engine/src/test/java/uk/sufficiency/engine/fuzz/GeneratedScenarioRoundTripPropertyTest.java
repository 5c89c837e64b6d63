package uk.sufficiency.engine.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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

    static java.util.stream.LongStream seeds() {
        return new java.util.SplittableRandom(2015).longs(12);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void generatedScenariosRoundTrip(long seed) throws IOException {
        java.util.Random draws = new java.util.Random(seed);
        int children = 50 + draws.nextInt(251);
        boolean leicestershire = draws.nextBoolean();
        GenerationProfile profile = leicestershire ? GenerationProfile.leicestershire2015() : GenerationProfile.england();
        Scenario written = ScenarioGenerator.generate(profile, children, seed);
        folder = Files.createTempDirectory("generated");
        ScenarioWriter.write(written, folder, List.of("seed " + seed));
        for (var series : written.series().values()) {
            Path file = folder.resolve(series.file());
            Files.createDirectories(file.getParent());
            Files.writeString(file, "date,value\n2019-01-31,1\n2020-01-31,2\n2021-01-31,3\n");
            if (series.panelFile() != null) {
                Files.writeString(folder.resolve(series.panelFile()), "series_id,period,value\na,2019,1\na,2020,2\na,2021,3\n");
            }
        }
        ScenarioRoundTripPropertyTest.assertSameScenario(written, ScenarioLoader.load(folder));
    }

    @AfterEach
    void removeFolder() throws IOException {
        if (folder != null) {
            FuzzInputs.clear(folder);
            Files.deleteIfExists(folder);
        }
    }
}
