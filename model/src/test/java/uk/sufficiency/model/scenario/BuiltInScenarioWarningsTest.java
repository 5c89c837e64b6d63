package uk.sufficiency.model.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.sufficiency.model.validation.Problem;

/**
 * Issue 13: {@code validate} warns about sibling groups whose attributes contradict being placed
 * together, on the built-in scenario's group S0020 (C0188 solo; C0189 residential, the rest foster).
 */
class BuiltInScenarioWarningsTest {

    @Test
    void warnsAboutTheContradictoryEmergencyGroupS0020() {
        List<String> warnings = ScenarioLoader.read(builtIn()).warnings().stream().map(Problem::describe).toList();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("column recommended") && w.contains("sibling group S0020")
                && w.contains("C0189 residential") && w.contains("cannot be placed")), String.join("\n", warnings));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("column living_with") && w.contains("C0188")
                && w.contains("sibling group S0020")), String.join("\n", warnings));
    }

    static Path builtIn() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("scenarios/leicestershire-2015");
            if (Files.isRegularFile(candidate.resolve("scenario.yaml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("scenarios/leicestershire-2015 not found above " + System.getProperty("user.dir"));
    }
}
