package uk.sufficiency.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.model.validation.InvalidInputException;

/** The one gate of validate and run: every step's problems, each listed once. */
class ScenarioGateTest {

    @TempDir
    Path temp;

    @Test
    void aProblemTwoStepsFindIsListedOnce() throws Exception {
        Path scenario = temp.resolve("tiny");
        Files.createDirectories(scenario);
        try (Stream<Path> files = Files.list(RunFixture.testScenario("tiny"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, scenario.resolve(file.getFileName()));
            }
        }
        // the plan takes its demand from the LAC projection, so it checks the LAC section as well
        Files.writeString(scenario.resolve("scenario.yaml"), Files.readString(scenario.resolve("scenario.yaml"))
                .replace("lac_projection:\n", "lac_projection:\n  no_such_key: 1\n")
                + "plan:\n  demand:\n    source: lac_projection\n");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScenarioGate.check(scenario, RunSteps.standard()));
        long unknown = e.problems().stream().filter(p -> "lac_projection.no_such_key".equals(p.column())).count();
        assertEquals(1, unknown, e.problems().toString());
    }
}
