package uk.sufficiency.engine.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.forecast.series.SeriesReader;
import uk.sufficiency.engine.forecast.series.TimeSeries;
import uk.sufficiency.model.fuzz.Bounded;
import uk.sufficiency.model.fuzz.Refusals;
import uk.sufficiency.model.validation.InvalidInputException;

/**
 * Coverage-guided fuzzing of the forecast series reader through its public API. Any bytes either
 * read as series of at least the minimum length, each period one step after the last and every
 * value finite, or are refused with {@link InvalidInputException} naming the file and the line of
 * every value it quotes; never another exception, a hang or an out-of-memory.
 */
class SeriesReaderFuzzTest {

    @TempDir
    static Path folder;

    @FuzzTest
    void seriesFile(byte[] input) throws Exception {
        Bounded.run(() -> check(input));
    }

    private static void check(byte[] input) throws IOException {
        Path file = folder.resolve("series.csv");
        Files.write(file, input);
        List<TimeSeries> series;
        try {
            series = new SeriesReader().read(file);
        } catch (InvalidInputException refusal) {
            Refusals.assertLocated(refusal, folder);
            return;
        }
        assertFalse(series.isEmpty(), "read no series and gave no reason");
        for (TimeSeries one : series) {
            assertTrue(one.length() >= SeriesReader.MINIMUM_POINTS, () -> "too short: " + one.id());
            assertEquals(one.length(), one.periods().size());
            for (int i = 0; i < one.length(); i++) {
                assertTrue(Double.isFinite(one.values()[i]), "value not finite");
                if (i > 0) {
                    assertEquals(1, one.periods().get(i).index() - one.periods().get(i - 1).index(),
                            "periods not consecutive");
                }
            }
        }
    }
}
