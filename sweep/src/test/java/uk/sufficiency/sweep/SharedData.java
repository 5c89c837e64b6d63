package uk.sufficiency.sweep;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.sweep.figures.PublicFigures;

/** The shared public data folder above the working directory, as the launcher finds it. */
public final class SharedData {

    private SharedData() {
    }

    public static Path folder() {
        try {
            return PublicFigures.findSharedData(Path.of("").toAbsolutePath());
        } catch (InvalidInputException e) {
            assumeTrue(false, "shared/data not found above " + Path.of("").toAbsolutePath());
            return null;
        }
    }
}
