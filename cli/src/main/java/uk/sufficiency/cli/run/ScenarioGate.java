package uk.sufficiency.cli.run;

import java.nio.file.Path;
import java.util.List;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The one check a scenario passes before anything runs: the scenario's files and every step's
 * settings and input files. {@code validate} and {@code run} both call it, so a scenario that
 * validates never fails a step on input.
 */
public final class ScenarioGate {

    /** A scenario that passed, with the warnings found. */
    public record Passed(Scenario scenario, List<Problem> warnings) {
    }

    private ScenarioGate() {
    }

    /** Throws {@code InvalidInputException} listing every error of the scenario and of every step's settings. */
    public static Passed check(Path scenarioDir, List<RunStep> steps) {
        return check(scenarioDir, null, steps);
    }

    /** The same, with the folder named by {@code --data-root} (or null) in which the scenario's files may also lie. */
    public static Passed check(Path scenarioDir, Path dataRoot, List<RunStep> steps) {
        ScenarioLoader.Result loaded = ScenarioLoader.read(scenarioDir, dataRoot);
        ProblemCollector found = new ProblemCollector();
        loaded.warnings().forEach(found::add);
        for (RunStep step : steps) {
            step.validate(loaded.scenario(), found);
        }
        // A step that builds on another (the plan on the LAC projection) checks that one's settings
        // too, so the same problem can be found twice: list each once.
        ProblemCollector problems = new ProblemCollector();
        new java.util.LinkedHashSet<>(found.problems()).forEach(problems::add);
        problems.throwIfErrors();
        return new Passed(loaded.scenario(), problems.warnings());
    }
}
