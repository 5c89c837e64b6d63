package uk.sufficiency.engine.pipeline;

import java.util.List;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * One capability of the engine (matching, forecasting, a projection, the plan) with its one
 * entry point. Its command and its {@code run} step both call it: the command only turns its
 * options into overrides of the scenario's settings ({@link Scenario#withSetting}) first, so the
 * two give identical figures for the same scenario and seed.
 *
 * @param <S> the capability's settings, bound from its section of scenario.yaml
 * @param <R> its result
 */
public interface Capability<S, R> {

    /** Lower-case id; prefixes the capability's table names ({@code lac}, {@code ehcp}). */
    String id();

    /** The scenario.yaml section the capability reads ({@code lac_projection}); its settings. */
    String section();

    /** Whether the scenario asks for this capability; {@code run} shows it as "not run" otherwise. */
    boolean configured(Scenario scenario);

    /**
     * Reads and checks the capability's settings, and every input file they name, adding every
     * problem: a scenario that passes this never fails {@link #run} on input. Returns null when
     * there were errors.
     */
    S settings(Scenario scenario, ProblemCollector problems);

    /** Reads the settings or throws every problem found (for callers outside a validated run). */
    default S settingsOrThrow(Scenario scenario) {
        ProblemCollector problems = new ProblemCollector();
        S settings = settings(scenario, problems);
        problems.throwIfErrors();
        if (settings == null) {
            throw InvalidInputException.of(Problem.error(scenario.directory(), 0, section(), null,
                    "the " + section() + " settings could not be read"));
        }
        return settings;
    }

    /** Runs the capability. May share its result in the context for later capabilities. */
    R run(S settings, PipelineContext context) throws Exception;

    /** Every table of the result, through the shared table model (CSV, workbook and report alike). */
    List<Table> tables(R result);
}
