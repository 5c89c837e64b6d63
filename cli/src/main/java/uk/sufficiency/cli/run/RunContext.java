package uk.sufficiency.cli.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.validation.Problem;

/**
 * What a step can use: the validated scenario, the run's options, progress reporting, and what
 * earlier steps shared (e.g. the matching result the planner builds on).
 */
public final class RunContext {

    private final Scenario scenario;
    private final List<Problem> warnings;
    private final long seed;
    private final boolean quick;
    private final Progress progress;
    private final Map<Class<?>, Object> shared = new LinkedHashMap<>();

    public RunContext(Scenario scenario, List<Problem> warnings, long seed, boolean quick, Progress progress) {
        this.scenario = scenario;
        this.warnings = List.copyOf(warnings);
        this.seed = seed;
        this.quick = quick;
        this.progress = progress;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Warnings found while validating the scenario. */
    public List<Problem> warnings() {
        return warnings;
    }

    /** Seed for every random number generator of the run. */
    public long seed() {
        return seed;
    }

    /** True for a short run (fewer simulations, shorter solver time): for tests and first looks. */
    public boolean quick() {
        return quick;
    }

    public Progress progress() {
        return progress;
    }

    /** Makes a result available to later steps, one per type. */
    public <T> void share(Class<T> type, T value) {
        shared.put(type, value);
    }

    /** A result an earlier step shared, if it ran and succeeded. */
    public <T> Optional<T> shared(Class<T> type) {
        return Optional.ofNullable(type.cast(shared.get(type)));
    }

    /** A result an earlier step must have shared; fails this step plainly if it did not. */
    public <T> T require(Class<T> type, String stepTitle) {
        return shared(type).orElseThrow(() -> new IllegalStateException(
                "needs the results of '" + stepTitle + "', which did not complete"));
    }
}
