package uk.sufficiency.cli.run;

import java.util.List;
import java.util.Optional;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.validation.Problem;

/**
 * What a step can use: the validated scenario, the run's options, progress reporting, and what
 * earlier steps shared (e.g. the matching result the planner builds on).
 */
public final class RunContext {

    private final Scenario scenario;
    private final List<Problem> warnings;
    private final PipelineContext pipeline;
    private final Progress progress;

    /**
     * @param seedOption the seed given with --seed, or null (each capability then uses its section's
     *                   seed or the default: {@link PipelineContext#seed(Long)})
     */
    public RunContext(Scenario scenario, List<Problem> warnings, Long seedOption, boolean quick, Progress progress) {
        this.scenario = scenario;
        this.warnings = List.copyOf(warnings);
        this.progress = progress;
        this.pipeline = new PipelineContext(scenario, seedOption, quick, progress == null ? null : progress::note);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Warnings found while validating the scenario. */
    public List<Problem> warnings() {
        return warnings;
    }

    /** What the engine's capabilities see: the same context a command builds (seed rule, quick, shared results). */
    public PipelineContext pipeline() {
        return pipeline;
    }

    /** Seed for every random number generator of the run: --seed, else the default. */
    public long seed() {
        return pipeline.seed();
    }

    /** True for a short run (fewer simulations, shorter solver time): for tests and first looks. */
    public boolean quick() {
        return pipeline.quick();
    }

    public Progress progress() {
        return progress;
    }

    /** Makes a result available to later steps, one per type. */
    public <T> void share(Class<T> type, T value) {
        pipeline.share(type, value);
    }

    /** A result an earlier step shared, if it ran and succeeded. */
    public <T> Optional<T> shared(Class<T> type) {
        return pipeline.shared(type);
    }

    /** A result an earlier step must have shared; fails this step plainly if it did not. */
    public <T> T require(Class<T> type, String stepTitle) {
        return pipeline.require(type, stepTitle);
    }
}
