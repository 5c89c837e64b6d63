package uk.sufficiency.model.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collection;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/**
 * The property every fuzz test checks of a refusal: it is a message a user can act on, not a
 * crash. At least one error; every problem names a file, and that file lies inside the folder the
 * test wrote (a reader never reports, so never opened, a file elsewhere); a problem that quotes a
 * value from a file names the line it stands on.
 */
public final class Refusals {

    private Refusals() {
    }

    /** Asserts that {@code refusal} is a plain, located refusal of input under {@code root}. */
    public static void assertLocated(InvalidInputException refusal, Path root) {
        assertLocated(refusal.problems(), root, false);
        assertTrue(refusal.problems().stream().anyMatch(Problem::isError), () -> "refused without an error: " + refusal);
    }

    /**
     * Asserts the same of each problem; with {@code everyLine}, every problem must name a line,
     * as for a reader that only ever looks at a file's content.
     */
    public static void assertLocated(Collection<Problem> problems, Path root, boolean everyLine) {
        assertFalse(problems.isEmpty(), "no problems");
        Path realRoot = root.toAbsolutePath().normalize();
        for (Problem problem : problems) {
            assertNotNull(problem.file(), () -> "problem names no file: " + problem);
            assertNotNull(problem.rule(), () -> "problem states no rule: " + problem);
            assertTrue(problem.file().toAbsolutePath().normalize().startsWith(realRoot),
                    () -> "problem names a file outside the input folder: " + problem);
            if (everyLine || problem.value() != null) {
                assertTrue(problem.line() > 0, () -> "problem about content names no line: " + problem);
            }
        }
    }
}
