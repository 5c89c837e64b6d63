package uk.sufficiency.sweep.task;

import com.fasterxml.jackson.databind.node.IntNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.pipeline.ProgressListener;
import uk.sufficiency.model.scenario.Scenario;

/**
 * Runs one task with the engine alone (no Spark here: Spark only hands tasks out and collects what
 * this returns). The council's scenario, the scenario's edits, this block's number of simulations,
 * then each step's capability in one pipeline context seeded with the task's seed, as {@code run}
 * would, and each step's values tagged with the task.
 */
public final class TaskRunner {

    private TaskRunner() {
    }

    /** The task's scenario: the council's, with the grid's edits and the block's simulations. */
    public static Scenario scenario(SweepTask task, SweepRun run, Path fosteringFile) {
        Scenario base = CouncilScenarios.base(task.council(), run, fosteringFile);
        return task.scenario().applyTo(base)
                .withSetting("lac_projection", "simulations", IntNode.valueOf(task.simulations()), "sweep block")
                .withSetting("simulation", "simulations", IntNode.valueOf(task.simulations()), "sweep block");
    }

    /**
     * Runs the task on one core: inside a one-thread fork-join pool, so the engine's parallel loops
     * (the projection's simulations) stay on this task's thread and never meet another task's in the
     * shared common pool (with the common pool turned off, two tasks helping each other's loops
     * livelocked: one thread spinning, the other parked).
     */
    public static List<BlockValues> run(SweepTask task, SweepRun run, Path fosteringFile) throws Exception {
        ForkJoinPool oneCore = new ForkJoinPool(1);
        try {
            return oneCore.submit(() -> runHere(task, run, fosteringFile)).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            oneCore.shutdown();
        }
    }

    private static List<BlockValues> runHere(SweepTask task, SweepRun run, Path fosteringFile) throws Exception {
        Scenario scenario = scenario(task, run, fosteringFile);
        PipelineContext context = new PipelineContext(scenario, task.seed(), false, ProgressListener.NONE);
        List<BlockValues> out = new ArrayList<>();
        for (SweepStep<?, ?> step : SweepSteps.selected(run.capabilities())) {
            for (MeasureValues values : step.run(context)) {
                out.add(new BlockValues(task.council().code(), task.council().name(), task.scenario().name(),
                        values.measure(), values.unit(), values.year(), task.block(), values.values()));
            }
        }
        return out;
    }

    /** Checks every step's settings on the task's scenario without running (for the driver, before any work). */
    public static void check(SweepTask task, SweepRun run, Path fosteringFile) {
        Scenario scenario = scenario(task, run, fosteringFile);
        for (SweepStep<?, ?> step : SweepSteps.selected(run.capabilities())) {
            step.check(scenario);
        }
    }
}
