package uk.sufficiency.engine.projection.ehcp.summary;

import java.util.function.IntPredicate;
import uk.sufficiency.engine.projection.ehcp.simulate.SimulationResult;

/** Per-simulation roll-ups of a {@link SimulationResult}, ready to summarise. */
public final class CountSummaries {

    private CountSummaries() {
    }

    /** For each simulation, the count in step {@code step} over the cells {@code include} accepts. */
    public static double[] perSimulation(SimulationResult result, int step, IntPredicate include) {
        double[] values = new double[result.simulations()];
        for (int k = 0; k < values.length; k++) {
            int[] row = result.counts()[k][step];
            long sum = 0;
            for (int c = 0; c < row.length; c++) {
                if (row[c] != 0 && include.test(c)) {
                    sum += row[c];
                }
            }
            values[k] = sum;
        }
        return values;
    }

    public static double[] total(SimulationResult result, int step) {
        return perSimulation(result, step, c -> true);
    }

    public static double[] setting(SimulationResult result, int step, int setting) {
        return perSimulation(result, step, c -> result.settingOfCell(c) == setting);
    }
}
