package uk.sufficiency.sweep.task;

import java.util.List;
import java.util.function.Function;
import uk.sufficiency.engine.pipeline.Capability;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * One engine capability as the sweep runs it: its own entry point ({@link Capability#settings},
 * {@link Capability#run}, exactly as {@code sufficiency run} calls it) and what the sweep keeps of
 * its result, per simulation.
 *
 * @param capability the capability
 * @param measures   the per-simulation values of its result, by measure and year
 */
public record SweepStep<S, R>(Capability<S, R> capability, Function<R, List<MeasureValues>> measures) {

    public String id() {
        return capability.id();
    }

    /** Checks the settings (every problem at once) without running. */
    public void check(Scenario scenario) {
        settings(scenario);
    }

    /** Runs the capability in the task's pipeline context and extracts its values. */
    public List<MeasureValues> run(PipelineContext context) throws Exception {
        return measures.apply(capability.run(settings(context.scenario()), context));
    }

    private S settings(Scenario scenario) {
        ProblemCollector problems = new ProblemCollector();
        S settings = capability.settings(scenario, problems);
        problems.throwIfErrors();
        if (settings == null) {
            throw InvalidInputException.of(Problem.error(scenario.directory(), 0, capability.section(), null,
                    "the " + capability.section() + " settings could not be read"));
        }
        return settings;
    }
}
