package uk.sufficiency.cli.run;

import uk.sufficiency.engine.pipeline.Capability;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * A run step over one optional capability: its id, its section checked by {@code validate} when the
 * scenario has one, and "Not run" in the report when it has none. Subclasses only present the result.
 *
 * @param <S> the capability's settings
 * @param <C> the capability
 */
abstract class CapabilityStep<S, C extends Capability<S, ?>> implements RunStep {

    protected final C capability;

    protected CapabilityStep(C capability) {
        this.capability = capability;
    }

    @Override
    public final String id() {
        return capability.id();
    }

    @Override
    public final void validate(Scenario scenario, ProblemCollector problems) {
        if (capability.configured(scenario)) {
            capability.settings(scenario, problems);
        }
    }

    @Override
    public final StepResult run(RunContext context) throws Exception {
        Scenario scenario = context.scenario();
        if (!capability.configured(scenario)) {
            return StepResult.builder().summary(notRun()).build();
        }
        return run(context, capability.settingsOrThrow(scenario));
    }

    /** The report's sentence for a scenario without the capability's section. */
    protected String notRun() {
        return "Not run: scenario.yaml has no " + capability.section() + " section.";
    }

    /** Runs the capability on the scenario's (already validated) settings and presents the result. */
    protected abstract StepResult run(RunContext context, S settings) throws Exception;
}
