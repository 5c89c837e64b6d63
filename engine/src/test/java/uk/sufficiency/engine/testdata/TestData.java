package uk.sufficiency.engine.testdata;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the test data kept in this repository ({@code engine/src/test/resources/testdata/}, see its
 * README for provenance and licences), from any module's working directory. The data is part of
 * the repository, so a missing folder is a broken checkout and fails the test rather than skipping it.
 */
public final class TestData {

    private static final String ROOT = "engine/src/test/resources/testdata";

    private TestData() {
    }

    /** The synthetic SSDA903 sample: episodes and header tables, 2017-2021. */
    public static Path ssda903Synthetic() {
        return folder("ssda903-synthetic");
    }

    /** The witan.send demo inputs (transitions, population, costs, valid states). */
    public static Path sendDemo() {
        return folder("send-demo");
    }

    /** Ofsted's local-authority fostering table for 2018-19 (the one CSV file). */
    public static Path fosteringEngland() {
        return folder("fostering-england").resolve("Local_authority_level_fostering_data_2018_to_2019.csv");
    }

    /** A test-data folder, found by walking up from the working directory to the repository root. */
    public static Path folder(String name) {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(ROOT).resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(ROOT + "/" + name + " not found above " + start
                + ": the test data is part of the repository");
    }
}
