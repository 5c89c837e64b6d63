package uk.sufficiency.model.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/** Scenario files a careless user or an attacker might write: each refused with its file and line. */
class ScenarioHardeningTest {

    @TempDir
    Path dir;

    private Problem refused(Path scenario) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioLoader.load(scenario));
        return e.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
    }

    @Test
    void filesOutsideTheScenarioAreNeverOpened() throws Exception {
        for (String path : new String[] {"/etc/passwd", "../../../../../../etc/passwd", "../outside.csv"}) {
            Path scenario = ScenarioFixture.copy(dir.resolve(Integer.toString(path.length())));
            Files.writeString(scenario.getParent().resolve("outside.csv"), "child_id\n");
            ScenarioFixture.edit(scenario.resolve("scenario.yaml"), 5, "children.csv", path);
            Problem p = refused(scenario);
            assertEquals(5, p.line(), p.describe());
            assertEquals("files.children", p.column());
            assertFalse(p.describe().contains("root:"), p.describe());
        }
    }

    @Test
    void aSymlinkLeadingOutIsRefused() throws Exception {
        Path scenario = ScenarioFixture.copy(dir);
        Path outside = Files.writeString(dir.resolve("secret.csv"), "child_id\n");
        Files.createSymbolicLink(scenario.resolve("link.csv"), outside);
        ScenarioFixture.edit(scenario.resolve("scenario.yaml"), 5, "children.csv", "link.csv");
        assertTrue(refused(scenario).rule().contains("outside"));
    }

    @Test
    void extendsMustBeOneRelativeFolder() throws Exception {
        Path scenario = ScenarioFixture.copy(dir);
        ScenarioFixture.append(scenario.resolve("scenario.yaml"), "extends: /etc");
        assertTrue(refused(scenario).rule().contains("relative"));
        Path listed = ScenarioFixture.copy(dir.resolve("b"));
        ScenarioFixture.append(listed.resolve("scenario.yaml"), "extends: [../nowhere]");
        Problem p = refused(listed);
        assertTrue(p.rule().contains("one scenario folder"), p.rule());
        assertEquals(14, p.line());
    }

    @Test
    void aKeyGivenTwiceIsAnErrorOnItsLine() throws Exception {
        Path scenario = ScenarioFixture.copy(dir);
        ScenarioFixture.append(scenario.resolve("scenario.yaml"), "as_of: 2016-03-31");
        Problem p = refused(scenario);
        assertTrue(p.rule().contains("twice"), p.rule());
        assertEquals(14, p.line());
    }

    @Test
    void anchorsAndAliasesAreRefused() throws Exception {
        Path scenario = ScenarioFixture.copy(dir);
        ScenarioFixture.edit(scenario.resolve("scenario.yaml"), 7, "weights:", "weights: &w");
        ScenarioFixture.append(scenario.resolve("scenario.yaml"), "plan: *w");
        Problem p = refused(scenario);
        assertTrue(p.rule().contains("not supported"), p.rule());
        assertEquals(7, p.line());
    }

    @Test
    void deepNestingAndHugeFilesAreRefusedQuickly() throws Exception {
        Path deep = ScenarioFixture.copy(dir.resolve("deep"));
        ScenarioFixture.append(deep.resolve("scenario.yaml"), "plan: " + "[".repeat(100) + "]".repeat(100));
        assertTrue(refused(deep).rule().contains("nesting"), refused(deep).rule());
        Path huge = ScenarioFixture.copy(dir.resolve("huge"));
        ScenarioFixture.append(huge.resolve("scenario.yaml"), "description2: " + "x".repeat(50_000_000));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertTrue(refused(huge).rule().contains("bytes")));
    }
}
