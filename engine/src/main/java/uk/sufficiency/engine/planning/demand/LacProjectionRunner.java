package uk.sufficiency.engine.planning.demand;

import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.projection.lac.LacProjectionCapability;
import uk.sufficiency.engine.projection.lac.LacProjectionInputs;
import uk.sufficiency.engine.projection.lac.LacProjectionResult;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The plan's one way to the looked-after children projection: the result the run's LAC step already
 * shared, else the same projection made now through the LAC capability's entry point (same section,
 * seed rule and quick mode), so the plan's demand is the same from {@code plan} and from {@code run}.
 */
public final class LacProjectionRunner {

    static final String SECTION = "lac_projection";

    private LacProjectionRunner() {
    }

    /** The projection this run already made, else one made now as the run's LAC step would (and shared). */
    public static LacProjectionResult resultFor(PipelineContext context) {
        return context.shared(LacProjectionResult.class).orElseGet(() -> {
            LacProjectionCapability lac = new LacProjectionCapability();
            return lac.run(lac.settingsOrThrow(context.scenario()), context);
        });
    }

    /**
     * Checks the scenario can give the plan a LAC projection long enough for {@code years}: the
     * section is there, its settings bind, its history reads and it projects far enough. Adds every problem.
     */
    public static void check(Scenario scenario, int years, ProblemCollector problems, Runnable noSection) {
        if (!scenario.settings(SECTION).isPresent()) {
            noSection.run();
            return;
        }
        LacProjectionInputs inputs = new LacProjectionCapability().settings(scenario, problems);
        if (inputs != null && inputs.years() < years) {
            scenario.settings("plan").error(problems, "/years", Integer.toString(years), "plan.demand.source"
                    + " lac_projection needs the LAC projection to cover the plan's years: set lac_projection.years to "
                    + years + " or more (it is " + inputs.years() + ")");
        }
    }
}
