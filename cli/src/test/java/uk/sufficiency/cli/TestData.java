package uk.sufficiency.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the test data kept in this repository ({@code engine/src/test/resources/testdata/}; its README
 * gives provenance and licences): the same lookup as the engine's {@code TestData}, which the cli's
 * tests cannot see. Missing data is a broken checkout and fails the test rather than skipping it.
 */
final class TestData {

    private static final String ROOT = "engine/src/test/resources/testdata";

    private TestData() {
    }

    /** The synthetic SSDA903 sample: episodes and header tables, 2017-2021. */
    static Path ssda903Synthetic() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(ROOT).resolve("ssda903-synthetic");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(ROOT + "/ssda903-synthetic not found above " + start);
    }
}
