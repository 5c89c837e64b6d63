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
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/**
 * A section of scenario.yaml given in the wrong shape is an error at its line. Found by
 * {@link ScenarioLoaderFuzzTest} ({@code targets:} holding a map crashed the loader with a
 * NullPointerException; seed {@code targets-as-a-map}); the same held for {@code age_allowances},
 * while a list where a map belongs ({@code weights}, {@code series}, the skill fees) was silently
 * ignored in favour of defaults.
 */
class YamlShapeTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "targets:\\n  series: ehcp                                  | 6 | targets",
        "targets:\\n  - ehcp                                        | 7 | targets[0]",
        "fees:\\n  age_allowances:\\n    min_age: 0                 | 7 | fees.age_allowances",
        "fees:\\n  skill_fee_gbp_per_week: [1, 2]                   | 7 | fees.skill_fee_gbp_per_week",
        "fees: 12                                                   | 6 | fees",
        "weights: [1, 2]                                            | 6 | weights",
        "series:\\n  - ehcp.csv                                     | 6 | series"})
    void aSectionOfTheWrongShapeIsAnErrorAtItsLine(String yaml, int line, String key) throws IOException {
        writeScenario(yaml.strip().replace("\\n", "\n") + "\n");
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> ScenarioLoader.load(folder));
        Problem problem = refusal.problems().get(0);
        assertEquals(List.of(line, key), List.of(problem.line(), problem.column()), problem::describe);
    }

    /** Found by fuzzing (seed unicode-escape-without-digits): SnakeYAML threw NumberFormatException. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"description: \"ab\\u\" | 6", "weights: [\\n  \"\\x | 7"})
    void anEscapeWithoutItsDigitsIsRefusedNearItsLine(String yaml, int line) throws IOException {
        writeScenario(yaml.replace("\\n", "\n") + "\n");
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> ScenarioLoader.load(folder));
        Problem problem = refusal.problems().get(0);
        assertEquals(line, problem.line(), problem::describe);
    }

    /** Found by fuzzing (seed tilde-in-a-key): a key holding '~' or '/' lost its line. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fees:\\n  skill_fee_gbp_per_week: {1: 100, ~2: 150} | 7",
        "series:\\n  a/b: {unit: x} | 6"})
    void aKeyWithPointerCharactersKeepsItsLine(String yaml, int line) throws IOException {
        writeScenario(yaml.replace("\\n", "\n") + "\n");
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> ScenarioLoader.load(folder));
        Problem problem = refusal.problems().get(0);
        assertEquals(line, problem.line(), problem::describe);
    }

    private void writeScenario(String extra) throws IOException {
        for (String file : List.of("children.csv", "placements.csv")) {
            try (InputStream in = getClass().getResourceAsStream("/scenarios/tiny/" + file)) {
                Files.write(folder.resolve(file), in.readAllBytes());
            }
        }
        Files.writeString(folder.resolve("scenario.yaml"), "name: Shapes\nas_of: 2015-03-31\nfiles:\n"
                + "  children: children.csv\n  placements: placements.csv\n" + extra);
    }
}
