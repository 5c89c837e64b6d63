package uk.sufficiency.engine.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.sufficiency.model.scenario.Scenario;

/**
 * What a capability uses while it runs, the same whether a command or {@code run} calls it: the
 * scenario (with any command-line overrides already applied to its settings), the seed, quick
 * mode, progress, and what capabilities that ran earlier in the same pipeline produced (the plan
 * takes its demand from the looked-after children projection of the same run).
 */
public final class PipelineContext {

    /** The one default seed of every command and of {@code run}. */
    public static final long DEFAULT_SEED = 20150331L;

    /**
     * Most Monte Carlo simulations any capability runs, from scenario.yaml or an option. Results hold
     * every simulation's monthly path: 10,000 over 30 years take under 1 GiB of heap, 100,000 exhausted
     * a 6 GiB heap (docs/BENCHMARKS.md, "Option ranges"); 10,000 already gives stable 95% intervals.
     */
    public static final int MAX_SIMULATIONS = 10_000;

    private final Scenario scenario;
    private final Long seedOption;
    private final boolean quick;
    private final ProgressListener progress;
    private final Map<Class<?>, Object> results;

    /**
     * @param seedOption the seed the user gave (--seed), or null for the scenario's or the default
     */
    public PipelineContext(Scenario scenario, Long seedOption, boolean quick, ProgressListener progress) {
        this(scenario, seedOption, quick, progress, new LinkedHashMap<>());
    }

    private PipelineContext(Scenario scenario, Long seedOption, boolean quick, ProgressListener progress,
            Map<Class<?>, Object> results) {
        this.scenario = scenario;
        this.seedOption = seedOption;
        this.quick = quick;
        this.progress = progress == null ? ProgressListener.NONE : progress;
        this.results = results;
    }

    /**
     * The same context without progress notes, for the many short runs behind a sensitivity chart:
     * their notes repeated the main run's a dozen times. Results are still shared both ways.
     */
    public PipelineContext quiet() {
        return new PipelineContext(scenario, seedOption, quick, ProgressListener.NONE, results);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The seed: --seed if given, else {@link #DEFAULT_SEED}. */
    public long seed() {
        return seedOption != null ? seedOption : DEFAULT_SEED;
    }

    /** The seed for a capability whose section may set one: --seed, else the section's, else the default. */
    public long seed(Long sectionSeed) {
        return seedOption != null ? seedOption : sectionSeed != null ? sectionSeed : DEFAULT_SEED;
    }

    /** True when the user asked for a seed on the command line. */
    public boolean seedGiven() {
        return seedOption != null;
    }

    /** A short run (fewer simulations, shorter solving) for first looks and tests. */
    public boolean quick() {
        return quick;
    }

    public ProgressListener progress() {
        return progress;
    }

    /** Makes a result available to capabilities that run later, one per type. */
    public <T> void share(Class<T> type, T value) {
        results.put(type, value);
    }

    /** A result an earlier capability shared, if it ran and succeeded. */
    public <T> Optional<T> shared(Class<T> type) {
        return Optional.ofNullable(type.cast(results.get(type)));
    }

    /** A result an earlier capability must have shared; fails plainly if it did not. */
    public <T> T require(Class<T> type, String capabilityTitle) {
        return shared(type).orElseThrow(() -> new IllegalStateException(
                "needs the results of '" + capabilityTitle + "', which did not complete"));
    }
}
