package uk.sufficiency.sweep.task;

import java.util.List;
import java.util.function.Function;
import uk.sufficiency.engine.pipeline.Capability;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.model.scenario.Scenario;

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
        capability.settingsOrThrow(scenario);
    }

    /** Runs the capability in the task's pipeline context and extracts its values. */
    public List<MeasureValues> run(PipelineContext context) throws Exception {
        return measures.apply(capability.run(capability.settingsOrThrow(context.scenario()), context));
    }
}
