package uk.sufficiency.engine.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.ssda903.Episode;
import uk.sufficiency.engine.ssda903.PlacementCategoryMap;
import uk.sufficiency.engine.ssda903.Ssda903Data;
import uk.sufficiency.engine.ssda903.Ssda903Reader;
import uk.sufficiency.model.fuzz.Bounded;
import uk.sufficiency.model.fuzz.FuzzInputs;
import uk.sufficiency.model.fuzz.Refusals;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/**
 * Coverage-guided fuzzing of the SSDA903 reader through its public API. One input is a folder of
 * returns: the parts between 0xFF bytes (a byte UTF-8 never uses) are {@code 2019-header.csv},
 * {@code 2019-episodes.csv}, {@code 2020-header.csv} and {@code 2020-episodes.csv}; absent parts
 * are not written. The folder either reads, every kept episode ending no earlier than it starts and
 * no two of a child's overlapping, every data-quality warning at the line of the value it quotes,
 * or is refused with {@link InvalidInputException} naming files in the folder; never another
 * exception, a hang or an out-of-memory.
 */
class Ssda903ReaderFuzzTest {

    private static final List<String> PARTS = List.of("2019-header.csv", "2019-episodes.csv", "2020-header.csv",
            "2020-episodes.csv");

    @TempDir
    static Path folder;

    @FuzzTest
    void returnsFolder(byte[] input) throws Exception {
        Bounded.run(() -> check(input));
    }

    private static void check(byte[] input) throws IOException {
        FuzzInputs.writeFolder(input, folder, PARTS);
        Ssda903Data data;
        try {
            data = new Ssda903Reader(PlacementCategoryMap.defaults()).read(folder);
        } catch (InvalidInputException refusal) {
            Refusals.assertLocated(refusal, folder);
            return;
        }
        List<Problem> located = data.dataQuality().stream().filter(p -> p.file() != null).toList();
        if (!located.isEmpty()) {
            Refusals.assertLocated(located, folder, false);
        }
        Episode previous = null;
        for (Episode episode : data.episodes()) {
            assertTrue(episode.end() == null || !episode.end().isBefore(episode.start()), () -> "ends before it starts: "
                    + episode);
            assertTrue(data.birthDates().containsKey(episode.childId()), "kept an episode without a date of birth");
            if (previous != null && previous.childId().equals(episode.childId())) {
                assertFalse(previous.end() == null || previous.end().isAfter(episode.start()),
                        "two episodes of one child overlap");
            }
            previous = episode;
        }
    }
}
