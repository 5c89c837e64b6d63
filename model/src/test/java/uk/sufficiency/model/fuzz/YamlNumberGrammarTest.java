package uk.sufficiency.model.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/**
 * A number in scenario.yaml is a plain YAML number; quoted text is never taken for one. Before the
 * settings reader bound sections by type, it dropped every comma of a quoted value and used Java's
 * parser, so {@code cost_per_gbp: "7,50"} was read as 750 and {@code "0x1p9"} as 512, silently.
 */
class YamlNumberGrammarTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"7,50", "-1,1", "0x1p9", "500d", "1e3", "NaN", "Infinity", "1,2,3", "1,234.5", "12"})
    void quotedTextThatIsNoPlainDecimalIsRefusedAtItsLine(String text) throws IOException {
        writeScenario("weights:\n  cost_per_gbp: \"" + text + "\"\n");
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> ScenarioLoader.load(folder));
        Problem problem = refusal.problems().get(0);
        assertEquals(List.of(7, "weights.cost_per_gbp", text), List.of(problem.line(), problem.column(),
                problem.value()), problem::describe);
    }

    @ParameterizedTest
    @CsvSource({"'7.5', 7.5", "'12', 12", "'0.05', 0.05"})
    void plainYamlNumbersAreRead(String written, double expected) throws IOException {
        writeScenario("weights:\n  cost_per_gbp: " + written + "\n");
        assertEquals(expected, ScenarioLoader.load(folder).weights().costPerGbp());
    }

    private void writeScenario(String extra) throws IOException {
        for (String file : List.of("children.csv", "placements.csv")) {
            try (InputStream in = getClass().getResourceAsStream("/scenarios/tiny/" + file)) {
                Files.write(folder.resolve(file), in.readAllBytes());
            }
        }
        Files.writeString(folder.resolve("scenario.yaml"), "name: Numbers\nas_of: 2015-03-31\nfiles:\n"
                + "  children: children.csv\n  placements: placements.csv\n" + extra);
    }
}
