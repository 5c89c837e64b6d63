package uk.sufficiency.engine.projection.ehcp.simulate;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.projection.ehcp.config.CapacityCap;
import uk.sufficiency.engine.projection.ehcp.config.RateMultiplier;
import uk.sufficiency.engine.projection.ehcp.config.RateMultiplier.Lever;
import uk.sufficiency.engine.projection.ehcp.fit.RateModel;
import uk.sufficiency.engine.projection.ehcp.state.PlanStateSpace;

/**
 * Scenario levers compiled against a fitted model for each projected year: per-state multipliers
 * on leaving and moving, re-weighted destination and joiner distributions, and the capacity caps
 * in force. Step {@code t} (1-based) ends at the January census of {@code startYear + t}, and a
 * lever applies to a step when that census year is within its from/until years.
 */
public final class LeverSchedule {

    /** A cap resolved to indices. */
    record Cap(int setting, int places, int[] overflowTo) {
    }

    private final double[][] leaveMultiplier;
    private final double[][] moveMultiplier;
    private final double[][][] destinationCumulative;
    private final double[][][] joinerCumulative;
    private final double[][] joinerScale;
    private final List<List<Cap>> caps;

    private LeverSchedule(int horizon) {
        leaveMultiplier = new double[horizon + 1][];
        moveMultiplier = new double[horizon + 1][];
        destinationCumulative = new double[horizon + 1][][];
        joinerCumulative = new double[horizon + 1][][];
        joinerScale = new double[horizon + 1][];
        caps = new ArrayList<>();
    }

    public static LeverSchedule baseline(RateModel model, int startYear, int horizon) {
        return compile(model, List.of(), List.of(), startYear, horizon);
    }

    public static LeverSchedule compile(RateModel model, List<RateMultiplier> multipliers, List<CapacityCap> capacityCaps,
            int startYear, int horizon) {
        PlanStateSpace space = model.space();
        LeverSchedule scenario = new LeverSchedule(horizon);
        double[][] baseDestinations = cumulative(model.destinationProbabilities());
        double[][] baseJoiners = cumulative(model.joinerProbabilities());
        double[] unitScale = new double[baseJoiners.length];
        java.util.Arrays.fill(unitScale, 1.0);
        scenario.caps.add(List.of());
        for (int t = 1; t <= horizon; t++) {
            int year = startYear + t;
            List<RateMultiplier> active = multipliers.stream().filter(m -> m.appliesInYear(year)).toList();
            scenario.leaveMultiplier[t] = stateMultipliers(space, active, Lever.LEAVERS);
            scenario.moveMultiplier[t] = stateMultipliers(space, active, Lever.MOVERS);
            double[] into = stateMultipliers(space, active, Lever.MOVES_INTO);
            scenario.destinationCumulative[t] = into == null ? baseDestinations
                    : cumulative(reweight(model.destinations(), model.destinationProbabilities(), into, null));
            double[] join = stateMultipliers(space, active, Lever.JOINERS);
            if (join == null) {
                scenario.joinerCumulative[t] = baseJoiners;
                scenario.joinerScale[t] = unitScale;
            } else {
                double[] scale = new double[baseJoiners.length];
                scenario.joinerCumulative[t] = cumulative(
                        reweight(model.joinerCells(), model.joinerProbabilities(), join, scale));
                scenario.joinerScale[t] = scale;
            }
            List<Cap> yearCaps = new ArrayList<>();
            for (CapacityCap cap : capacityCaps) {
                if (cap.appliesInYear(year)) {
                    yearCaps.add(new Cap(space.settingIndex(cap.setting()), cap.places(),
                            cap.overflowTo().stream().mapToInt(space::settingIndex).toArray()));
                }
            }
            scenario.caps.add(yearCaps);
        }
        return scenario;
    }

    /** Product of the factors of the active multipliers of one lever for each state; null when none. */
    private static double[] stateMultipliers(PlanStateSpace space, List<RateMultiplier> active, Lever lever) {
        List<RateMultiplier> matching = active.stream().filter(m -> m.lever() == lever).toList();
        if (matching.isEmpty()) {
            return null;
        }
        double[] factors = new double[space.size()];
        for (int i = 0; i < factors.length; i++) {
            double f = 1.0;
            String setting = space.settings().get(space.settingOf(i));
            String need = space.needs().get(space.needOf(i));
            int ay = space.academicYearOf(i);
            for (RateMultiplier m : matching) {
                if (m.matches(setting, need, ay)) {
                    f *= m.factorOrOne();
                }
            }
            factors[i] = f;
        }
        return factors;
    }

    /**
     * Multiplies each row's probabilities by the factor of its target and renormalises; when
     * {@code scale} is given, stores there how much the row's total changed (used for joiners,
     * whose total rises or falls with the lever).
     */
    private static double[][] reweight(int[][] targets, double[][] probabilities, double[] factor, double[] scale) {
        double[][] result = new double[probabilities.length][];
        for (int r = 0; r < probabilities.length; r++) {
            double[] row = new double[probabilities[r].length];
            double sum = 0;
            for (int c = 0; c < row.length; c++) {
                row[c] = probabilities[r][c] * factor[targets[r][c]];
                sum += row[c];
            }
            if (scale != null) {
                scale[r] = sum;
            }
            if (sum > 0) {
                for (int c = 0; c < row.length; c++) {
                    row[c] /= sum;
                }
                result[r] = row;
            } else {
                result[r] = probabilities[r].clone();
            }
        }
        return result;
    }

    static double[][] cumulative(double[][] probabilities) {
        double[][] result = new double[probabilities.length][];
        for (int r = 0; r < probabilities.length; r++) {
            double[] row = new double[probabilities[r].length];
            double sum = 0;
            for (int c = 0; c < row.length; c++) {
                sum += probabilities[r][c];
                row[c] = sum;
            }
            if (row.length > 0 && sum > 0) {
                for (int c = 0; c < row.length; c++) {
                    row[c] /= sum;
                }
                row[row.length - 1] = 1.0;
            }
            result[r] = row;
        }
        return result;
    }

    double leaveMultiplier(int step, int state) {
        return leaveMultiplier[step] == null ? 1.0 : leaveMultiplier[step][state];
    }

    double moveMultiplier(int step, int state) {
        return moveMultiplier[step] == null ? 1.0 : moveMultiplier[step][state];
    }

    double[] destinationCumulative(int step, int state) {
        return destinationCumulative[step][state];
    }

    double[] joinerCumulative(int step, int academicYearOffset) {
        return joinerCumulative[step][academicYearOffset];
    }

    double joinerScale(int step, int academicYearOffset) {
        return joinerScale[step][academicYearOffset];
    }

    List<Cap> caps(int step) {
        return caps.get(step);
    }

    public boolean hasCaps() {
        return caps.stream().anyMatch(c -> !c.isEmpty());
    }
}
