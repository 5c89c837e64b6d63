package uk.sufficiency.cli.run;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/**
 * Finds the scenario to run: the folder given, or else the built-in one, looked for under the
 * working directory and then next to the jar ({@code cli/target/../../scenarios/...}), so
 * {@code java -jar cli/target/sufficiency.jar run} works from the repository root and elsewhere.
 */
public final class ScenarioLocator {

    public static final String BUILT_IN = "scenarios/leicestershire-2015";

    private ScenarioLocator() {
    }

    public static Path resolve(Path given) {
        if (given != null) {
            return given;
        }
        List<Path> candidates = candidates();
        return candidates.stream().filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> InvalidInputException.of(Problem.error(Path.of(BUILT_IN), 0, null, null,
                        "the built-in scenario was not found (looked in " + candidates
                                + "); give SCENARIO_DIR")));
    }

    static List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of(BUILT_IN).toAbsolutePath().normalize());
        try {
            // cli/target/sufficiency.jar or cli/target/classes: both have cli/target as parent
            Path code = Path.of(ScenarioLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path candidate = code.getParent().resolve("../..").resolve(BUILT_IN).normalize();
            if (!candidates.contains(candidate)) {
                candidates.add(candidate);
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code location (unusual class loader): the working directory is the only place to look
        }
        return candidates;
    }
}
