package uk.sufficiency.engine.testdata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's shared test data (CI clones the repository with shared/ beside it). */
public final class SharedData {

    private SharedData() {
    }

    /** The synthetic SSDA903 sample; skips the test (with a message) when it is not on this machine. */
    public static Path ssda903Synthetic() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/ssda903-synthetic");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "shared/data/ssda903-synthetic not found above " + dir + "; test skipped");
        return null;
    }
}
