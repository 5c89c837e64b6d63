package uk.sufficiency.model.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/**
 * A scenario may name files outside its own folder only inside a data root the user names
 * explicitly ({@code --data-root}); every other path outside stays refused with the key's file and line.
 */
class DataRootTest {

    @TempDir
    Path dir;

    private Path scenario;
    private Path shared;

    @BeforeEach
    void sharedChildrenTableBesideTheScenario() throws Exception {
        scenario = ScenarioFixture.copy(dir.resolve("scenarios"));
        shared = Files.createDirectories(dir.resolve("shared"));
        Files.move(scenario.resolve("children.csv"), shared.resolve("children.csv"));
        ScenarioFixture.edit(scenario.resolve("scenario.yaml"), 5, "children.csv", "../../shared/children.csv");
    }

    @Test
    void withoutADataRootAFileOutsideIsRefusedAtItsLineWithTheWayOut() {
        Problem p = refused(scenario, null);
        assertEquals(scenario.resolve("scenario.yaml").toAbsolutePath(), p.file().toAbsolutePath());
        assertEquals(5, p.line());
        assertEquals("files.children", p.column());
        assertTrue(p.rule().contains("--data-root"), p.rule());
    }

    @Test
    void theDataRootGivenLetsTheScenarioReadInsideIt() {
        Scenario loaded = ScenarioLoader.load(scenario, shared);
        assertTrue(loaded.inputFiles().contains(shared.resolve("children.csv").toAbsolutePath().normalize()),
                loaded.inputFiles().toString());
        assertTrue(!loaded.children().isEmpty());
    }

    @Test
    void anAbsolutePathIsAcceptedOnlyInsideTheDataRoot() throws Exception {
        ScenarioFixture.edit(scenario.resolve("scenario.yaml"), 5, "../../shared/children.csv",
                shared.resolve("children.csv").toAbsolutePath().toString());
        ScenarioLoader.load(scenario, shared);
        Problem p = refused(scenario, null);
        assertEquals(5, p.line());
        assertTrue(p.rule().contains("relative"), p.rule());
    }

    @Test
    void theDataRootIsNoWayFurtherOut() throws Exception {
        Files.writeString(dir.resolve("secret.csv"), "child_id\n");
        for (String path : new String[] {"../../shared/../secret.csv", "/etc/passwd", "../../secret.csv"}) {
            ScenarioFixture.edit(scenario.resolve("scenario.yaml"), 5, currentChildren(), path);
            Problem p = refused(scenario, shared);
            assertEquals(5, p.line(), p.describe());
            assertTrue(p.rule().contains(shared.toAbsolutePath().normalize().toString()), p.rule());
        }
    }

    @Test
    void aSymlinkInTheDataRootLeadingOutIsRefused() throws Exception {
        Path outside = Files.writeString(dir.resolve("secret.csv"), "child_id\n");
        Files.createSymbolicLink(shared.resolve("link.csv"), outside);
        ScenarioFixture.edit(scenario.resolve("scenario.yaml"), 5, "children.csv", "link.csv");
        assertTrue(refused(scenario, shared).rule().contains("outside"));
    }

    private String currentChildren() throws Exception {
        String line = Files.readAllLines(scenario.resolve("scenario.yaml")).get(4);
        return line.substring(line.indexOf(':') + 1).trim();
    }

    private static Problem refused(Path scenario, Path dataRoot) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioLoader.load(scenario, dataRoot));
        return e.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
    }
}
