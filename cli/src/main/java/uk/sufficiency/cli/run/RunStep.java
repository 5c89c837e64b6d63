package uk.sufficiency.cli.run;

import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * One step of {@code sufficiency run}: calls one capability of the engine and turns what it finds
 * into headline figures, tables and charts. Adding a capability to the run is one class
 * implementing this, plus one line in {@link RunSteps#standard()}.
 *
 * <p>A step that throws fails alone: the run reports the failure and keeps every other step's
 * results. Steps must be deterministic for a given scenario and {@link RunContext#seed()}.
 */
public interface RunStep {

    /** Stable identifier, lower-case words joined by '-' ({@code matching}); prefixes its tables' names. */
    String id();

    /** Heading of the step's section in the report. */
    String title();

    /**
     * Checks this step's settings in the scenario before anything runs, adding every problem found;
     * any error stops the run with exit status 2 before any output is written.
     */
    default void validate(Scenario scenario, ProblemCollector problems) {
    }

    /** Runs the step. */
    StepResult run(RunContext context) throws Exception;
}
