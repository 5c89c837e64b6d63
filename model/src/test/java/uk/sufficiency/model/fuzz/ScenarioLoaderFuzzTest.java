package uk.sufficiency.model.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.scenario.ScenarioWriter;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/**
 * Coverage-guided fuzzing of the scenario loader: YAML settings, the extends chain, path
 * confinement and the children and placements tables. One input is a scenario folder: the bytes up
 * to the first 0xFF (a byte UTF-8 never uses) are {@code scenario.yaml}, the next part
 * {@code children.csv}, the rest {@code placements.csv}; a part that is absent is not written.
 * Beside the folder lies {@code ../base}, a valid scenario to extend.
 *
 * <p>The property: the folder loads, or is refused with {@link InvalidInputException} whose
 * problems name files inside the test's folder (only a {@code scenario.yaml} reached through
 * {@code extends} may lie elsewhere, by design) and the line of every value they quote; never
 * another exception, a hang or an out-of-memory. A folder that loads (without extends) is written
 * back with {@link ScenarioWriter} and must load again to the same scenario.
 */
class ScenarioLoaderFuzzTest {

    private static final List<String> PARTS = List.of("scenario.yaml", "children.csv", "placements.csv");
    private static final String BASE = "/scenarios/tiny/";

    @TempDir
    static Path root;

    @BeforeAll
    static void writeBase() throws IOException {
        Path base = Files.createDirectories(root.resolve("base"));
        for (String file : List.of("scenario.yaml", "children.csv", "placements.csv", "ehcp.csv")) {
            try (InputStream in = ScenarioLoaderFuzzTest.class.getResourceAsStream(BASE + file)) {
                Files.write(base.resolve(file), in.readAllBytes());
            }
        }
    }

    @FuzzTest
    void scenarioFolder(byte[] input) throws Exception {
        Bounded.run(() -> check(input));
    }

    private static void check(byte[] input) throws IOException {
        Path folder = root.resolve("case");
        FuzzInputs.writeFolder(input, folder, PARTS);
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(folder);
        } catch (InvalidInputException refusal) {
            assertLocatedWithinChain(refusal);
            return;
        }
        if (scenario.chain().size() == 1) {
            assertWritesBackTheSame(scenario, folder);
        }
    }

    /** As {@link Refusals#assertLocated}, except that a scenario.yaml named by extends may lie anywhere. */
    private static void assertLocatedWithinChain(InvalidInputException refusal) {
        List<Problem> inRoot = new ArrayList<>();
        for (Problem problem : refusal.problems()) {
            boolean reachedByExtends = problem.file() != null && !problem.file().toAbsolutePath().startsWith(root)
                    && problem.file().getFileName().toString().equals("scenario.yaml");
            if (!reachedByExtends) {
                inRoot.add(problem);
            }
        }
        assertTrue(refusal.problems().stream().anyMatch(Problem::isError), () -> "refused without an error: " + refusal);
        if (!inRoot.isEmpty()) {
            Refusals.assertLocated(inRoot, root, false);
        }
    }

    private static void assertWritesBackTheSame(Scenario scenario, Path folder) {
        ScenarioWriter.write(scenario, folder, List.of("fuzz echo"));
        ScenarioRoundTripPropertyTest.assertSameScenario(scenario, ScenarioLoader.load(folder));
    }
}
