package uk.sufficiency.sweep.task;

import java.io.Serializable;
import uk.sufficiency.sweep.figures.CouncilFigures;

/**
 * One unit of distributed work: one council, one scenario of the grid, one block of simulations.
 *
 * @param block       the block's index (0-based); its simulations are numbered from block x block size
 * @param simulations simulations in this block
 * @param seed        the block's seed ({@link TaskSeeds}): the same whatever node or partition runs it
 */
public record SweepTask(CouncilFigures council, ScenarioEdit scenario, int block, int simulations, long seed)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
