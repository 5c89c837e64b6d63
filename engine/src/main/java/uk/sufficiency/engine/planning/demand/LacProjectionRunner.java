package uk.sufficiency.engine.planning.demand;

import java.nio.file.Path;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.projection.lac.AgeBands;
import uk.sufficiency.engine.projection.lac.LacConfigLoader;
import uk.sufficiency.engine.projection.lac.LacHistorySource;
import uk.sufficiency.engine.projection.lac.LacProjection;
import uk.sufficiency.engine.projection.lac.LacProjectionConfig;
import uk.sufficiency.engine.projection.lac.LacProjectionResult;
import uk.sufficiency.engine.projection.lac.PopulationProjection;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The planner's one adapter onto the looked-after children projection, for when the plan runs
 * without it having run first in the same pipeline ({@code sufficiency plan} with
 * {@code plan.demand.source: lac_projection}): it runs the projection exactly as {@code run}'s LAC
 * step does (same section, years, simulations and seed), so the plan's demand is the same either way.
 * When the LAC capability gains its own entry point, this class is the one place to call it from.
 */
public final class LacProjectionRunner {

    /** Years the run's LAC step projects (cli run.LacStep.YEARS). */
    public static final int YEARS = 5;
    static final int SIMULATIONS = 1000;
    static final int QUICK_SIMULATIONS = 200;
    static final String SECTION = "lac_projection";

    private LacProjectionRunner() {
    }

    /** The projection this run already made, else one made now as the run's LAC step would. */
    public static LacProjectionResult resultFor(PipelineContext context) {
        return context.shared(LacProjectionResult.class).orElseGet(() -> {
            LacProjectionResult result = run(context.scenario(), context.quick() ? QUICK_SIMULATIONS : SIMULATIONS,
                    context.seed());
            context.share(LacProjectionResult.class, result);
            return result;
        });
    }

    /**
     * Checks the scenario can give the plan a LAC projection long enough for {@code years}: the
     * section is there, its settings bind and its history reads. Adds every problem.
     */
    public static void check(Scenario scenario, int years, ProblemCollector problems, Runnable noSection) {
        if (!scenario.settings(SECTION).isPresent()) {
            noSection.run();
            return;
        }
        if (LacProjectionDemand.monthsNeeded(years) > 12 * YEARS) {
            problems.error(scenario.directory().resolve("scenario.yaml"), 0, "plan.years", Integer.toString(years),
                    "plan.demand.source lac_projection covers the LAC projection's " + YEARS + " years at most");
        }
        try {
            load(scenario, config(scenario), new ProblemCollector());
        } catch (InvalidInputException e) {
            e.problems().forEach(problems::add);
        }
    }

    static LacProjectionResult run(Scenario scenario, int simulations, long seed) {
        LacProjectionConfig config = config(scenario);
        ProblemCollector inputs = new ProblemCollector();
        PopulationProjection population = null;
        if ("population".equals(config.entries().mode())) {
            population = PopulationProjection.read(Path.of(config.entries().populationFile()),
                    config.entries().populationArea(), AgeBands.parse(config.ageBands()), inputs);
        }
        LacHistorySource.Loaded loaded = load(scenario, config, inputs);
        return LacProjection.run(config, loaded.history(), population, loaded.dataQuality(), YEARS, simulations, seed);
    }

    @SuppressWarnings("deprecation")
    private static LacProjectionConfig config(Scenario scenario) {
        return LacConfigLoader.bind(scenario.section(SECTION), scenario.directory().resolve("scenario.yaml"),
                scenario.directory());
    }

    private static LacHistorySource.Loaded load(Scenario scenario, LacProjectionConfig config, ProblemCollector inputs) {
        return LacHistorySource.load(config, scenario.directory().resolve("scenario.yaml"),
                config.ssda903Dir() == null ? null : Path.of(config.ssda903Dir()),
                config.aggregatesFile() == null ? null : Path.of(config.aggregatesFile()), scenario.directory(), inputs);
    }
}
